package se.kommunmeny.purchasing.internal.invoicing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;

/**
 * The words of an invoice in the seller's language: Swedish for a Swedish seller, Danish for a Danish one. The
 * texts are in {@code wording-sv.properties} and {@code wording-da.properties} next to this class.
 */
final class Wording {
    private static final Wording SWEDISH = new Wording("sv", Locale.forLanguageTag("sv-SE"));
    private static final Wording DANISH = new Wording("da", Locale.forLanguageTag("da-DK"));

    private final Properties texts = new Properties();
    private final Locale locale;
    private final DateTimeFormatter dates;

    private Wording(String language, Locale locale) {
        this.locale = locale;
        try (InputStream in = Wording.class.getResourceAsStream("wording-" + language + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dates = DateTimeFormatter.ofPattern(text("date.pattern"), locale);
    }

    /** The wording for a seller in a country: SE or DK. */
    static Wording forCountry(String countryCode) {
        return switch (countryCode) {
            case "SE" -> SWEDISH;
            case "DK" -> DANISH;
            default -> throw new IllegalArgumentException("Invoices are issued by Swedish or Danish sellers, not "
                    + countryCode);
        };
    }

    String text(String key) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("No text " + key + " for " + locale);
        }
        return text;
    }

    /** The text of a key with {@link String#format} arguments. */
    String format(String key, Object... args) {
        return String.format(locale, text(key), args);
    }

    /** The text of a key, or {@code fallback} when there is none (e.g. a unit code from another supplier). */
    String textOr(String key, String fallback) {
        return texts.getProperty(key, fallback);
    }

    String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
    }

    /** An amount with two decimals and the country's separators, e.g. 17 500,00 or 17.500,00. */
    String amount(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale)).format(amount);
    }

    /** A quantity as written, e.g. 22 or 6,5. */
    String quantity(BigDecimal quantity) {
        return new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(locale)).format(quantity);
    }
}
