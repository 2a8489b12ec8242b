package se.kommunmeny.purchasing.internal.invoicing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

import se.kommunmeny.purchasing.internal.invoicing.Stay.Extent;

/**
 * The prices and terms of an agreement, as the invoice calculator needs them. An agreement uses month prices (pro
 * rata per day for part months) or a day price, not both. Every price is multiplied by {@code indexFactor} and
 * rounded to two decimals before use.
 *
 * @param currency SEK or DKK
 * @param monthFullTime per month at full time, or {@code null}
 * @param monthHalfTime per month at half time, or {@code null}
 * @param perDay per day of stay, or {@code null} when the agreement has month prices
 * @param perHour per hour of the hourly service, or {@code null}
 * @param hourServiceName what the hours are, e.g. "Psykoterapi"
 * @param items priced items by code, e.g. {@code drogtest}
 * @param reservedPlaces places the buyer pays for whether used or not
 * @param vacancyGraceDays vacant days in a row paid in full before the vacancy percent applies
 * @param vacancyPercent the percent of the day rate paid for a reserved place vacant beyond the grace days
 * @param noticeDays the notice period; a buyer who gives notice pays through it
 * @param indexFactor the price adjustment index, current / base (1 when prices are fixed)
 */
public record PriceTerms(String currency, BigDecimal monthFullTime, BigDecimal monthHalfTime, BigDecimal perDay,
        BigDecimal perHour, String hourServiceName, Map<String, ItemPrice> items, int reservedPlaces,
        int vacancyGraceDays, BigDecimal vacancyPercent, int noticeDays, BigDecimal indexFactor) {

    /** A priced item, e.g. Drogtest 350.00. */
    public record ItemPrice(String name, BigDecimal unitPrice) {
        public ItemPrice {
            Objects.requireNonNull(name, "item name");
            Money.requireValid(Objects.requireNonNull(unitPrice, "item unit price"), "Item price of " + name);
        }
    }

    public PriceTerms {
        if (!"SEK".equals(currency) && !"DKK".equals(currency)) {
            throw new IllegalArgumentException("Currency must be SEK or DKK: " + currency);
        }
        Money.requireValid(monthFullTime, "Month price full time");
        Money.requireValid(monthHalfTime, "Month price half time");
        Money.requireValid(perDay, "Day price");
        Money.requireValid(perHour, "Hour price");
        if (perDay != null && (monthFullTime != null || monthHalfTime != null)) {
            throw new IllegalArgumentException("An agreement has month prices or a day price, not both");
        }
        if (perHour != null && (hourServiceName == null || hourServiceName.isBlank())) {
            throw new IllegalArgumentException("An hour price needs the name of the hourly service");
        }
        items = Map.copyOf(items == null ? Map.of() : items);
        if (reservedPlaces < 0 || vacancyGraceDays < 0 || noticeDays < 0) {
            throw new IllegalArgumentException("Reserved places, grace days and notice days must not be negative");
        }
        if (reservedPlaces > 0 && monthFullTime == null && perDay == null) {
            throw new IllegalArgumentException("Reserved places need a full-time month price or a day price");
        }
        Objects.requireNonNull(vacancyPercent, "vacancy percent");
        if (vacancyPercent.signum() < 0 || vacancyPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("Vacancy percent must be within 0..100: " + vacancyPercent);
        }
        Objects.requireNonNull(indexFactor, "index factor");
        if (indexFactor.signum() <= 0) {
            throw new IllegalArgumentException("Index factor must be positive: " + indexFactor);
        }
    }

    /** Whether the agreement prices stays per month (pro rata per day) rather than per day. */
    boolean monthPriced() {
        return perDay == null;
    }

    /** The indexed month price of an extent. */
    BigDecimal monthPrice(Extent extent) {
        BigDecimal price = extent == Extent.FULL_TIME ? monthFullTime : monthHalfTime;
        if (price == null) {
            throw new IllegalArgumentException("The agreement has no month price for " + extent);
        }
        return indexed(price);
    }

    /** The indexed day price. */
    BigDecimal dayPrice() {
        return indexed(perDay);
    }

    /** The indexed hour price. */
    BigDecimal hourPrice() {
        if (perHour == null) {
            throw new IllegalArgumentException("The agreement has no hour price");
        }
        return indexed(perHour);
    }

    /** The item of a code with its indexed price. */
    ItemPrice item(String code) {
        ItemPrice item = items.get(code);
        if (item == null) {
            throw new IllegalArgumentException("The agreement has no item " + code);
        }
        return new ItemPrice(item.name(), indexed(item.unitPrice()));
    }

    private BigDecimal indexed(BigDecimal price) {
        return Money.round(price.multiply(indexFactor));
    }
}
