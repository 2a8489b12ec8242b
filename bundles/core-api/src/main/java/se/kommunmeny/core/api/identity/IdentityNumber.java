package se.kommunmeny.core.api.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.kommunmeny.core.api.identity.InvalidIdentityNumberException.Reason;

/**
 * A validated personal identity number: a Swedish personnummer or samordningsnummer, or a Danish CPR number.
 * Immutable; two instances are equal when they have the same {@link #type()} and {@link #canonical()} form.
 *
 * <h2>Accepted input</h2>
 * Surrounding whitespace is removed; no other characters than the ones below are accepted.
 * <ul>
 * <li>Swedish, twelve digits: {@code YYYYMMDDNNNC} or {@code YYYYMMDD-NNNC}.</li>
 * <li>Swedish, ten digits: {@code YYMMDDNNNC}, {@code YYMMDD-NNNC} or {@code YYMMDD+NNNC}. The century is not
 * written, so it is derived from a reference date {@code today}: with {@code -} or no separator it is the most recent
 * century in which the birth date is not after {@code today}; with {@code +} (the person is 100 or older) it is the
 * most recent century in which the person turns 100 in {@code today}'s year or earlier. The latter follows
 * folkbokföringslagen 18 §: the separator becomes {@code +} from the <em>year</em> in which the person turns 100, so a
 * number written with {@code +} may belong to someone whose 100th birthday is later in the current year.</li>
 * <li>Samordningsnummer: the same shapes with 60 added to the day of month (61&ndash;91).</li>
 * <li>Danish CPR: {@code DDMMYY-SSSS} or {@code DDMMYYSSSS}, only through {@link #parseCpr(String, LocalDate)} or,
 * with the dash, as a fallback of {@link #parse(String, LocalDate)}.</li>
 * </ul>
 *
 * <h2>Validation</h2>
 * The birth date must be a real calendar date and not after {@code today}. Swedish numbers must have a correct check
 * digit (Luhn, weights 2,1,2,&hellip; over {@code YYMMDDNNN}). CPR numbers have no check digit: Denmark stopped
 * guaranteeing the modulus-11 check in 2007, so numbers that fail it are accepted. Their century comes from the
 * seventh digit and the year, per the CPR office's table.
 *
 * <h2>Privacy</h2>
 * {@link #toString()} returns only the {@link #masked()} form, and exception messages never contain the input.
 */
public final class IdentityNumber {

    private static final Pattern SWEDISH_12 = Pattern.compile("([0-9]{4})([0-9]{2})([0-9]{2})-?([0-9]{4})");
    private static final Pattern SWEDISH_10 = Pattern.compile("([0-9]{2})([0-9]{2})([0-9]{2})([-+]?)([0-9]{4})");
    private static final Pattern SWEDISH_CANONICAL = Pattern.compile("([0-9]{4})([0-9]{2})([0-9]{2})([0-9]{4})");
    private static final Pattern CPR_ANY = Pattern.compile("([0-9]{2})([0-9]{2})([0-9]{2})-?([0-9]{4})");
    private static final Pattern CPR_DASH = Pattern.compile("[0-9]{6}-[0-9]{4}");
    private static final Pattern CPR_CANONICAL = Pattern.compile("([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{4})");

    private static final int SAMORDNING_OFFSET = 60;
    /** The earliest birth year accepted (the CPR century table also begins in the 1800s). */
    private static final int MIN_BIRTH_YEAR = 1800;
    private static final String MASK = "-****";

    private final IdentityType type;
    private final String canonical;
    private final LocalDate birthDate;
    private final Gender gender;

    private IdentityNumber(IdentityType type, String canonical, LocalDate birthDate, Gender gender) {
        this.type = type;
        this.canonical = canonical;
        this.birthDate = birthDate;
        this.gender = gender;
    }

    // ------------------------------------------------------------------------------------------------ parsing

    /** {@link #parse(String, LocalDate)} with today's date in the system's default time zone. */
    public static IdentityNumber parse(String input) {
        return parse(input, LocalDate.now());
    }

    /**
     * Parses a Swedish number, falling back to a Danish CPR number. The input is first parsed as a Swedish number
     * ({@link #parseSwedish(String, LocalDate)}). Only if that fails <em>and</em> the trimmed input has the CPR dash
     * shape {@code DDMMYY-SSSS} (six digits, a dash, four digits) is it parsed as a CPR number
     * ({@link #parseCpr(String, LocalDate)}). If both fail, the Swedish failure is thrown (with the CPR failure
     * attached as suppressed).
     *
     * <p>The two systems overlap: {@code YYMMDD-NNNC} and {@code DDMMYY-SSSS} look the same, so a CPR number whose
     * digits also form a valid Swedish number is read as Swedish, and a mistyped Swedish number may be accepted as a
     * CPR number. When the country is known (e.g. from the municipality), call {@link #parseSwedish} or
     * {@link #parseCpr} instead.
     *
     * @param input the number as entered
     * @param today the reference date for the century of ten-digit forms and for the future-date check
     * @throws InvalidIdentityNumberException if the input is not a valid number
     */
    public static IdentityNumber parse(String input, LocalDate today) {
        Objects.requireNonNull(today, "today");
        try {
            return parseSwedish(input, today);
        } catch (InvalidIdentityNumberException swedish) {
            if (input != null && CPR_DASH.matcher(input.strip()).matches()) {
                try {
                    return parseCpr(input, today);
                } catch (InvalidIdentityNumberException cpr) {
                    swedish.addSuppressed(cpr);
                }
            }
            throw swedish;
        }
    }

    /** {@link #parseSwedish(String, LocalDate)} with today's date in the system's default time zone. */
    public static IdentityNumber parseSwedish(String input) {
        return parseSwedish(input, LocalDate.now());
    }

    /**
     * Parses a Swedish personnummer or samordningsnummer in any of the forms listed in the class description.
     *
     * @param input the number as entered
     * @param today the reference date for the century of ten-digit forms and for the future-date check
     * @throws InvalidIdentityNumberException if the input is not a valid Swedish number
     */
    public static IdentityNumber parseSwedish(String input, LocalDate today) {
        Objects.requireNonNull(today, "today");
        String s = stripNonEmpty(input);
        Matcher m = SWEDISH_12.matcher(s);
        if (m.matches()) {
            return swedish(Integer.parseInt(m.group(1)), toInt(m.group(2)), toInt(m.group(3)), m.group(4), today);
        }
        m = SWEDISH_10.matcher(s);
        if (m.matches()) {
            int yy = toInt(m.group(1));
            int month = toInt(m.group(2));
            int dayField = toInt(m.group(3));
            MonthDay monthDay = monthDay(month, birthDay(dayField));
            int year = "+".equals(m.group(4)) ? centuryForHundredOrOlder(yy, today)
                    : centuryNotAfter(yy, monthDay, today);
            return swedish(year, month, dayField, m.group(5), today);
        }
        throw new InvalidIdentityNumberException(Reason.FORMAT, "A Swedish identity number must have one of the forms "
                + "YYYYMMDD-NNNC, YYYYMMDDNNNC, YYMMDD-NNNC, YYMMDD+NNNC or YYMMDDNNNC, using digits only");
    }

    /** {@link #parseCpr(String, LocalDate)} with today's date in the system's default time zone. */
    public static IdentityNumber parseCpr(String input) {
        return parseCpr(input, LocalDate.now());
    }

    /**
     * Parses a Danish CPR number, {@code DDMMYY-SSSS} or {@code DDMMYYSSSS}. There is no check-digit validation
     * (modulus 11 is not guaranteed since 2007). The century comes from the seventh digit (the first of
     * {@code SSSS}) and {@code YY}:
     * <table>
     * <caption>CPR century</caption>
     * <tr><th>7th digit</th><th>YY 00&ndash;36</th><th>YY 37&ndash;57</th><th>YY 58&ndash;99</th></tr>
     * <tr><td>0&ndash;3</td><td>19YY</td><td>19YY</td><td>19YY</td></tr>
     * <tr><td>4, 9</td><td>20YY</td><td>19YY</td><td>19YY</td></tr>
     * <tr><td>5&ndash;8</td><td>20YY</td><td>20YY</td><td>18YY</td></tr>
     * </table>
     *
     * @param input the number as entered
     * @param today the reference date for the future-date check
     * @throws InvalidIdentityNumberException if the input is not a valid CPR number
     */
    public static IdentityNumber parseCpr(String input, LocalDate today) {
        Objects.requireNonNull(today, "today");
        Matcher m = CPR_ANY.matcher(stripNonEmpty(input));
        if (!m.matches()) {
            throw new InvalidIdentityNumberException(Reason.FORMAT,
                    "A CPR number must have the form DDMMYY-SSSS or DDMMYYSSSS, using digits only");
        }
        return cpr(m.group(1), m.group(2), m.group(3), m.group(4), today);
    }

    /**
     * Rebuilds a number from its stored {@link #canonical()} form, validating it again (shape, date, check digit and
     * that it is of the given type). The birth date is not compared with the clock, so stored numbers can always be
     * rebuilt.
     *
     * @param type the type the number was stored with
     * @param canonical twelve digits {@code YYYYMMDDNNNC} for Swedish types, ten digits {@code DDMMYYSSSS} for CPR
     * @throws InvalidIdentityNumberException if the value is not a valid canonical number of that type
     */
    public static IdentityNumber of(IdentityType type, String canonical) {
        Objects.requireNonNull(type, "type");
        if (canonical == null || canonical.isEmpty()) {
            throw empty();
        }
        IdentityNumber number;
        if (type == IdentityType.CPR) {
            Matcher m = CPR_CANONICAL.matcher(canonical);
            if (!m.matches()) {
                throw new InvalidIdentityNumberException(Reason.FORMAT,
                        "A stored CPR number must be exactly ten digits DDMMYYSSSS");
            }
            number = cpr(m.group(1), m.group(2), m.group(3), m.group(4), null);
        } else {
            Matcher m = SWEDISH_CANONICAL.matcher(canonical);
            if (!m.matches()) {
                throw new InvalidIdentityNumberException(Reason.FORMAT,
                        "A stored Swedish identity number must be exactly twelve digits YYYYMMDDNNNC");
            }
            number = swedish(Integer.parseInt(m.group(1)), toInt(m.group(2)), toInt(m.group(3)), m.group(4), null);
        }
        if (number.type != type) {
            throw new InvalidIdentityNumberException(Reason.FORMAT,
                    "The stored identity number is a " + number.type + ", not a " + type);
        }
        return number;
    }

    // ------------------------------------------------------------------------------------------------ accessors

    /** The kind of number. */
    public IdentityType type() {
        return type;
    }

    /**
     * The form to store and compare: Swedish numbers as twelve digits {@code YYYYMMDDNNNC}, CPR numbers as ten digits
     * {@code DDMMYYSSSS}, without separators. This is the full number: treat it as personal data.
     */
    public String canonical() {
        return canonical;
    }

    /** The birth date (for a samordningsnummer, the day of month minus 60). */
    public LocalDate birthDate() {
        return birthDate;
    }

    /**
     * The legal gender encoded in the number: for Swedish numbers the last digit of the birth number {@code NNN}
     * (the ninth digit of the ten-digit form), for CPR numbers the last digit; odd is male, even is female. Empty if
     * the number does not encode a gender (reserved for number series that do not).
     */
    public Optional<Gender> gender() {
        return Optional.ofNullable(gender);
    }

    /** The full number for display: {@code YYYYMMDD-NNNC} for Swedish numbers, {@code DDMMYY-SSSS} for CPR. */
    public String formatted() {
        return type == IdentityType.CPR ? canonical.substring(0, 6) + '-' + canonical.substring(6)
                : canonical.substring(0, 8) + '-' + canonical.substring(8);
    }

    /**
     * The traditional ten-digit Swedish form {@code YYMMDD-NNNC}, or {@code YYMMDD+NNNC} from the year in which the
     * person turns 100 (folkbokföringslagen 18 §), as of {@code today}.
     *
     * @throws UnsupportedOperationException for a CPR number, which has no such form
     */
    public String tenDigitForm(LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (type == IdentityType.CPR) {
            throw new UnsupportedOperationException("A CPR number has no Swedish ten-digit form");
        }
        char separator = today.getYear() - birthDate.getYear() >= 100 ? '+' : '-';
        return canonical.substring(2, 8) + separator + canonical.substring(8);
    }

    /**
     * The number with its last four digits hidden, safe for logs and error messages: {@code YYYYMMDD-****} for
     * Swedish numbers, {@code DDMMYY-****} for CPR. Note that it still reveals the birth date.
     */
    public String masked() {
        return (type == IdentityType.CPR ? canonical.substring(0, 6) : canonical.substring(0, 8)) + MASK;
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || obj instanceof IdentityNumber other && type == other.type
                && canonical.equals(other.canonical);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + canonical.hashCode();
    }

    /** The {@link #masked()} form only; never the full number. */
    @Override
    public String toString() {
        return masked();
    }

    // ------------------------------------------------------------------------------------------------ internals

    /**
     * Builds a validated Swedish number.
     *
     * @param today the reference date for the future-date check, or {@code null} to skip it
     */
    private static IdentityNumber swedish(int year, int month, int dayField, String serial, LocalDate today) {
        // A twelve-digit form names its century: 0912... is the year 912, which no living person was born in, and
        // whose ten-digit form would read back as 1912.
        if (year < MIN_BIRTH_YEAR) {
            throw new InvalidIdentityNumberException(Reason.DATE,
                    "The birth year of the identity number is before " + MIN_BIRTH_YEAR);
        }
        int day = birthDay(dayField);
        LocalDate birthDate = date(year, month, day);
        String yymmdd = twoDigits(year % 100) + twoDigits(month) + twoDigits(dayField);
        int expected = luhnCheckDigit(yymmdd + serial.substring(0, 3));
        if (expected != serial.charAt(3) - '0') {
            throw new InvalidIdentityNumberException(Reason.CHECK_DIGIT, "The check digit of the Swedish identity "
                    + "number does not match; please look for typing errors");
        }
        requireNotFuture(birthDate, today);
        IdentityType type = dayField > SAMORDNING_OFFSET ? IdentityType.SAMORDNINGSNUMMER : IdentityType.PERSONNUMMER;
        Gender gender = (serial.charAt(2) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
        String canonical = fourDigits(year) + yymmdd.substring(2) + serial;
        return new IdentityNumber(type, canonical, birthDate, gender);
    }

    /**
     * Builds a CPR number.
     *
     * @param today the reference date for the future-date check, or {@code null} to skip it
     */
    private static IdentityNumber cpr(String dd, String mm, String yy, String serial, LocalDate today) {
        int year = cprCentury(serial.charAt(0) - '0', toInt(yy)) + toInt(yy);
        LocalDate birthDate = date(year, toInt(mm), toInt(dd));
        requireNotFuture(birthDate, today);
        Gender gender = (serial.charAt(3) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
        return new IdentityNumber(IdentityType.CPR, dd + mm + yy + serial, birthDate, gender);
    }

    /** The CPR office's century table. */
    private static int cprCentury(int seventhDigit, int yy) {
        if (seventhDigit <= 3) {
            return 1900;
        }
        if (seventhDigit == 4 || seventhDigit == 9) {
            return yy <= 36 ? 2000 : 1900;
        }
        return yy <= 57 ? 2000 : 1800;
    }

    /** The day of month from the day field: 1–31 as is, 61–91 (samordningsnummer) minus 60. */
    private static int birthDay(int dayField) {
        if (dayField >= 1 && dayField <= 31) {
            return dayField;
        }
        if (dayField >= 1 + SAMORDNING_OFFSET && dayField <= 31 + SAMORDNING_OFFSET) {
            return dayField - SAMORDNING_OFFSET;
        }
        throw invalidDate();
    }

    /** Month and day without a year (29 February allowed), or DATE if they can never form a date. */
    private static MonthDay monthDay(int month, int day) {
        try {
            return MonthDay.of(month, day);
        } catch (DateTimeException e) {
            throw invalidDate();
        }
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw invalidDate();
        }
    }

    /** The latest year ending in {@code yy} whose {@code monthDay} is not after {@code today}. */
    private static int centuryNotAfter(int yy, MonthDay monthDay, LocalDate today) {
        int year = today.getYear() - Math.floorMod(today.getYear() - yy, 100);
        if (year == today.getYear() && monthDay.isAfter(MonthDay.from(today))) {
            year -= 100;
        }
        return year;
    }

    /** The latest year ending in {@code yy} such that the person turns 100 in {@code today}'s year or earlier. */
    private static int centuryForHundredOrOlder(int yy, LocalDate today) {
        int latest = today.getYear() - 100;
        return latest - Math.floorMod(latest - yy, 100);
    }

    private static void requireNotFuture(LocalDate birthDate, LocalDate today) {
        if (today != null && birthDate.isAfter(today)) {
            throw new InvalidIdentityNumberException(Reason.FUTURE_DATE,
                    "The birth date of the identity number lies in the future");
        }
    }

    /** Luhn (modulus 10) over the digits with weights 2,1,2,1,… from the left. */
    private static int luhnCheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    private static String stripNonEmpty(String input) {
        if (input == null) {
            throw empty();
        }
        String s = input.strip();
        if (s.isEmpty()) {
            throw empty();
        }
        return s;
    }

    private static InvalidIdentityNumberException empty() {
        return new InvalidIdentityNumberException(Reason.EMPTY, "No identity number was given");
    }

    private static InvalidIdentityNumberException invalidDate() {
        return new InvalidIdentityNumberException(Reason.DATE,
                "The birth date part of the identity number is not a valid calendar date");
    }

    private static int toInt(String digits) {
        return Integer.parseInt(digits);
    }

    private static String fourDigits(int value) {
        return twoDigits(value / 100) + twoDigits(value % 100);
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
