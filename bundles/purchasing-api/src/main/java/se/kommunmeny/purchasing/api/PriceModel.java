package se.kommunmeny.purchasing.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an agreement costs. Money is exact decimal with at most two decimals, in the agreement's currency.
 *
 * @param currency SEK or DKK
 * @param monthFullTime per month at full time (pro rata per day for part months)
 * @param monthHalfTime per month at half time (e.g. during the exit phase)
 * @param perDay per day of stay, instead of month prices
 * @param perHour per hour of an hourly service, e.g. psychotherapy
 * @param hourServiceName what the hours are, e.g. "Psykoterapi"
 * @param items priced items such as drug tests
 * @param indexName the price adjustment index, e.g. "OPI" or "KPI"; empty when prices are fixed
 * @param indexBase the index value the prices were agreed at
 * @param indexCurrent the index value now; prices are multiplied by current / base
 */
public record PriceModel(String currency, BigDecimal monthFullTime, BigDecimal monthHalfTime, BigDecimal perDay,
        BigDecimal perHour, String hourServiceName, List<Item> items, String indexName, BigDecimal indexBase,
        BigDecimal indexCurrent) {

    /** A priced item, e.g. {@code drogtest}. */
    public record Item(String code, String name, BigDecimal unitPrice) {
    }
}
