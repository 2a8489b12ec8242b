package se.kommunmeny.supportgroups.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.kommunmeny.core.api.identity.IdentityNumber;
import se.kommunmeny.core.api.problem.ValidationException;

/**
 * Keeps identity numbers out of anonymous participation: finds anything shaped like a Swedish personnummer or
 * samordningsnummer or a Danish CPR number in free text. Written with the century (YYYYMMDD-NNNN) or with a
 * separator (YYMMDD-NNNN, DDMMYY-NNNN), a real birth date is enough; ten bare digits count when they are a valid
 * Swedish number (check digit), so that most phone numbers pass.
 */
final class IdentityShapes {
    private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9])([0-9]{6}|[0-9]{8})([-+ ]?)([0-9]{4})(?![0-9])");
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private IdentityShapes() {
    }

    static boolean containsIdentityNumber(String text, LocalDate today) {
        if (text == null) {
            return false;
        }
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            if (isIdentityShaped(m.group(1), m.group(2), m.group(3), today)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIdentityShaped(String date, String separator, String tail, LocalDate today) {
        if (date.length() == 8) {
            return isDate(date) || isDate(date.substring(0, 6) + samordningDay(date));
        }
        if (!separator.isBlank()) {
            String yyMmDd = date;
            String ddMmYy = date.substring(4, 6) + date.substring(2, 4) + date.substring(0, 2);
            return isShortDate(yyMmDd) || isShortDate(ddMmYy) || parses(date + separator + tail, today);
        }
        return parses(date + tail, today);
    }

    /** A samordningsnummer's day has 60 added. */
    private static String samordningDay(String yyyymmdd) {
        int day = Integer.parseInt(yyyymmdd.substring(6, 8));
        return day > 60 ? String.format("%02d", day - 60) : "00";
    }

    private static boolean isDate(String yyyymmdd) {
        try {
            YYYYMMDD.parse(yyyymmdd);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** YYMMDD as a date in either century (a leap day is checked against 2000 and 1900 alike). */
    private static boolean isShortDate(String yymmdd) {
        return isDate("20" + yymmdd) || isDate("19" + yymmdd);
    }

    private static boolean parses(String number, LocalDate today) {
        try {
            IdentityNumber.parseSwedish(number, today);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Adds a field problem when the text holds something shaped like an identity number. */
    static void reject(ValidationException.Collector problems, String field, String text, LocalDate today) {
        if (containsIdentityNumber(text, today)) {
            problems.add(field, "must not contain an identity number (personnummer, samordningsnummer or CPR number)");
        }
    }
}
