package se.kommunmeny.core.api.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import se.kommunmeny.core.api.identity.InvalidIdentityNumberException.Reason;

/*
 * Check digits used below (Luhn, weights 2,1,2,... over YYMMDDNNN):
 *   121212121 -> 2   701272123 -> 4   000229123 -> 5   121312121 -> 1   261123123 -> 0
 *   261201123 -> 5   261122123 -> 1   901231124 -> 8   150690123 -> 8
 */
class IdentityNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static IdentityNumber parse(String input) {
        return IdentityNumber.parse(input, TODAY);
    }

    private static Reason reasonOf(Runnable parse) {
        return assertThrows(InvalidIdentityNumberException.class, parse::run).reason();
    }

    // ------------------------------------------------------------------------------------------------ Swedish

    @ParameterizedTest
    @ValueSource(strings = {"19121212-1212", "191212121212", "121212+1212", "  19121212-1212\t", "\n191212121212 "})
    void publishedTestNumberInTwelveDigitAndPlusForms(String input) {
        IdentityNumber n = parse(input);
        assertEquals(IdentityType.PERSONNUMMER, n.type());
        assertEquals("191212121212", n.canonical());
        assertEquals("19121212-1212", n.formatted());
        assertEquals(LocalDate.of(1912, 12, 12), n.birthDate());
        assertEquals(Optional.of(Gender.MALE), n.gender());
        assertEquals("121212+1212", n.tenDigitForm(TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"121212-1212", "1212121212"})
    void tenDigitFormWithMinusOrNoSeparatorIsMostRecentCentury(String input) {
        IdentityNumber n = parse(input);
        assertEquals(LocalDate.of(2012, 12, 12), n.birthDate());
        assertEquals("201212121212", n.canonical());
        assertEquals("121212-1212", n.tenDigitForm(TODAY));
    }

    @ParameterizedTest
    @CsvSource({
        // 1 December 2026 would be in the future, so the previous century is used
        "261201-1235, 1926-12-01",
        "2612011235,  1926-12-01",
        // born today
        "261122-1231, 2026-11-22",
        // person turning 100 later this year: + from the year of the 100th birthday (folkbokföringslagen 18 §)
        "261201+1235, 1926-12-01",
        "121212+1212, 1912-12-12",
    })
    void centuryOfTenDigitForms(String input, LocalDate expected) {
        assertEquals(expected, parse(input).birthDate());
    }

    @Test
    void tenDigitFormUsesPlusFromTheYearOfTheHundredthBirthday() {
        IdentityNumber n = parse("19261201-1235");
        assertEquals("261201-1235", n.tenDigitForm(LocalDate.of(2025, 12, 31)));
        assertEquals("261201+1235", n.tenDigitForm(LocalDate.of(2026, 1, 1)));
        assertEquals("261201+1235", n.tenDigitForm(TODAY));
        // and the ten-digit form parses back to the same number on the same day
        for (LocalDate day : new LocalDate[] {LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1), TODAY}) {
            assertEquals(n, IdentityNumber.parse(n.tenDigitForm(day), day));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"19701272-1234", "197012721234", "701272-1234", "7012721234"})
    void samordningsnummer(String input) {
        IdentityNumber n = parse(input);
        assertEquals(IdentityType.SAMORDNINGSNUMMER, n.type());
        assertEquals("197012721234", n.canonical());
        assertEquals("19701272-1234", n.formatted());
        assertEquals(LocalDate.of(1970, 12, 12), n.birthDate());
        assertEquals(Optional.of(Gender.MALE), n.gender());
    }

    @ParameterizedTest
    @ValueSource(strings = {"20000229-1235", "000229-1235"})
    void leapDay2000IsValid(String input) {
        assertEquals(LocalDate.of(2000, 2, 29), parse(input).birthDate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"19000229-1235", "000229+1235"})
    void leapDay1900IsInvalid(String input) {
        assertEquals(Reason.DATE, reasonOf(() -> parse(input)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"19121212-1213", "121212-1211", "197012721235", "20000229-1230"})
    void wrongCheckDigitIsRejected(String input) {
        assertEquals(Reason.CHECK_DIGIT, reasonOf(() -> IdentityNumber.parseSwedish(input, TODAY)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "19121312-1211", // month 13, correct check digit
        "19120012-1212", // month 00
        "19121200-1212", // day 00
        "19121232-1212", // day 32
        "19121260-1212", // day 60 (neither 1-31 nor 61-91)
        "19121292-1212", // day 92
        "19120431-1212", // 31 April
        "19120291-1212", // samordningsnummer for 31 February
    })
    void invalidDatesAreRejected(String input) {
        assertEquals(Reason.DATE, reasonOf(() -> IdentityNumber.parseSwedish(input, TODAY)));
    }

    @Test
    void futureBirthDateIsRejected() {
        assertEquals(Reason.FUTURE_DATE, reasonOf(() -> parse("20261123-1230")));
        assertEquals(Reason.FUTURE_DATE, reasonOf(() -> IdentityNumber.parse("20261123-1230",
                LocalDate.of(2026, 11, 22))));
        assertEquals(LocalDate.of(2026, 11, 23),
                IdentityNumber.parse("20261123-1230", LocalDate.of(2026, 11, 23)).birthDate());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "19121212-12A2", "abcdefghij", "1912 1212-1212", "19121212 1212", "19121212--1212", "19121212+1212",
        "121212/1212", "121212-121", "12121212", "1912121212122", "+121212-1212", "１２１２１２-１２１２",
    })
    void malformedInputIsRejected(String input) {
        assertEquals(Reason.FORMAT, reasonOf(() -> parse(input)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void missingInputIsEmpty(String input) {
        assertEquals(Reason.EMPTY, reasonOf(() -> parse(input)));
        assertEquals(Reason.EMPTY, reasonOf(() -> IdentityNumber.parseCpr(input, TODAY)));
    }

    /** Found by the fuzz test: 0912-12-12 has a valid check digit, but its ten-digit form would read as 1912. */
    @Test
    void twelveDigitFormsBeforeTheYear1800AreRefused() {
        assertEquals(Reason.DATE, reasonOf(() -> parse("091212121212")));
        assertEquals(Reason.DATE, reasonOf(() -> IdentityNumber.of(IdentityType.PERSONNUMMER, "091212121212")));
    }

    @Test
    void genderComesFromTheLastDigitOfTheBirthNumber() {
        // 19901231-1248: the ninth of the twelve digits is 1 (odd), but the birth number 124 ends in 4 (even)
        IdentityNumber n = parse("19901231-1248");
        assertEquals(Optional.of(Gender.FEMALE), n.gender());
    }

    @Test
    void toStringIsMaskedAndNeverContainsTheFullNumber() {
        IdentityNumber n = parse("19901231-1248");
        assertEquals("19901231-****", n.toString());
        assertEquals("19901231-****", n.masked());
        assertFalse(n.toString().contains("1248"));
        assertFalse(n.toString().contains(n.canonical()));
        assertFalse(n.toString().contains("901231-1248"));

        IdentityNumber cpr = IdentityNumber.parseCpr("150690-1238", TODAY);
        assertEquals("150690-****", cpr.toString());
        assertFalse(cpr.toString().contains("1238"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"19901231-1249", "19901331-1248", "20991231-1248", "19901231-12x8", "901231-1249"})
    void exceptionMessagesDoNotEchoTheNumber(String input) {
        InvalidIdentityNumberException e =
                assertThrows(InvalidIdentityNumberException.class, () -> parse(input));
        assertFalse(e.getMessage().contains(input), e.getMessage());
        assertFalse(e.getMessage().contains(input.substring(input.length() - 4)), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }

    // ------------------------------------------------------------------------------------------------ CPR

    @ParameterizedTest
    @CsvSource({
        "150690-1234, 2026-11-22, 1990-06-15", // 7th digit 0-3: 1900-1999
        "150605-3234, 2026-11-22, 1905-06-15",
        "150620-4234, 2026-11-22, 2020-06-15", // 4: YY <= 36 -> 2000s
        "150650-4234, 2026-11-22, 1950-06-15", // 4: YY > 36 -> 1900s
        "150636-4234, 2060-01-01, 2036-06-15",
        "150637-4234, 2060-01-01, 1937-06-15",
        "150620-5234, 2026-11-22, 2020-06-15", // 5-8: YY <= 57 -> 2000s
        "150657-8234, 2060-01-01, 2057-06-15",
        "150658-5234, 2026-11-22, 1858-06-15", // 5-8: YY > 57 -> 1800s
        "150660-8234, 2026-11-22, 1860-06-15",
        "150699-7234, 2026-11-22, 1899-06-15",
        "150620-9234, 2026-11-22, 2020-06-15", // 9: YY <= 36 -> 2000s
        "150650-9234, 2026-11-22, 1950-06-15", // 9: YY > 36 -> 1900s
        "150636-9234, 2060-01-01, 2036-06-15",
        "150637-9234, 2060-01-01, 1937-06-15",
        "0707614285,  2026-11-22, 1961-07-07", // without dash
    })
    void cprCentury(String input, LocalDate today, LocalDate expected) {
        IdentityNumber n = IdentityNumber.parseCpr(input, today);
        assertEquals(IdentityType.CPR, n.type());
        assertEquals(expected, n.birthDate());
        assertEquals(input.replace("-", ""), n.canonical());
        assertEquals(input.substring(0, 6) + "-" + input.replace("-", "").substring(6), n.formatted());
    }

    @Test
    void cprFailingModulus11IsAccepted() {
        // weights 4,3,2,7,6,5,4,3,2,1: 1*4+5*3+0*2+6*7+9*6+0*5+1*4+2*3+3*2+4*1 = 135 = 12*11 + 3, not divisible
        int[] weights = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
        String digits = "1506901234";
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        assertNotEquals(0, sum % 11);
        IdentityNumber n = IdentityNumber.parseCpr("150690-1234", TODAY);
        assertEquals(LocalDate.of(1990, 6, 15), n.birthDate());
    }

    @ParameterizedTest
    @CsvSource({"150690-1233, MALE", "150690-1234, FEMALE", "070761-4285, MALE", "150690-1230, FEMALE"})
    void cprGenderFromLastDigit(String input, Gender expected) {
        assertEquals(Optional.of(expected), IdentityNumber.parseCpr(input, TODAY).gender());
    }

    @ParameterizedTest
    @ValueSource(strings = {"310690-1234", "320190-1234", "001290-1234", "151390-1234", "290201-1234"})
    void cprInvalidDateIsRejected(String input) {
        assertEquals(Reason.DATE, reasonOf(() -> IdentityNumber.parseCpr(input, TODAY)));
    }

    @Test
    void cprLeapDay() {
        assertEquals(LocalDate.of(2000, 2, 29), IdentityNumber.parseCpr("290200-4234", TODAY).birthDate());
        assertEquals(Reason.DATE, reasonOf(() -> IdentityNumber.parseCpr("290200-1234", TODAY))); // 1900
    }

    @Test
    void cprFutureDateIsRejected() {
        assertEquals(Reason.FUTURE_DATE, reasonOf(() -> IdentityNumber.parseCpr("150657-6234", TODAY)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"150690+1234", "15069-01234", "150690-123", "150690-1234x", "19900615-1234", "15.06.90"})
    void cprMalformedIsRejected(String input) {
        assertEquals(Reason.FORMAT, reasonOf(() -> IdentityNumber.parseCpr(input, TODAY)));
    }

    // ------------------------------------------------------------------------------------------------ parse()

    @Test
    void parsePrefersSwedish() {
        assertEquals(IdentityType.PERSONNUMMER, parse("121212-1212").type());
        // valid both as CPR (15 June 1990) and as a Swedish samordningsnummer (30 June 2015): Swedish wins
        assertEquals(IdentityType.SAMORDNINGSNUMMER, parse("150690-1238").type());
        assertEquals(IdentityType.CPR, IdentityNumber.parseCpr("150690-1238", TODAY).type());
    }

    @Test
    void parseFallsBackToCprOnlyForTheDashShape() {
        IdentityNumber n = parse("311299-1234"); // day 99 is no Swedish date
        assertEquals(IdentityType.CPR, n.type());
        assertEquals(LocalDate.of(1999, 12, 31), n.birthDate());
        assertEquals(n, parse("  311299-1234 "));

        assertEquals(Reason.DATE, reasonOf(() -> parse("3112991234")));
        assertEquals(IdentityType.CPR, IdentityNumber.parseCpr("3112991234", TODAY).type());
    }

    @Test
    void parseThrowsTheSwedishFailureWhenCprFailsToo() {
        InvalidIdentityNumberException e =
                assertThrows(InvalidIdentityNumberException.class, () -> parse("129912-1234"));
        assertEquals(Reason.DATE, e.reason());
        assertEquals(1, e.getSuppressed().length);
    }

    // ------------------------------------------------------------------------------------------------ of()

    @ParameterizedTest
    @ValueSource(strings = {"19121212-1212", "701272-1234", "20000229-1235", "19901231-1248", "311299-1234",
        "150690-1234", "150658-5234"})
    void ofRoundTrip(String input) {
        IdentityNumber n = parse(input);
        IdentityNumber rebuilt = IdentityNumber.of(n.type(), n.canonical());
        assertEquals(n, rebuilt);
        assertEquals(n.hashCode(), rebuilt.hashCode());
        assertEquals(n.birthDate(), rebuilt.birthDate());
        assertEquals(n.gender(), rebuilt.gender());
        assertEquals(n.formatted(), rebuilt.formatted());
    }

    @Test
    void ofValidates() {
        assertEquals(Reason.FORMAT, reasonOf(() -> IdentityNumber.of(IdentityType.PERSONNUMMER, "19121212-1212")));
        assertEquals(Reason.FORMAT, reasonOf(() -> IdentityNumber.of(IdentityType.PERSONNUMMER, "1212121212")));
        assertEquals(Reason.FORMAT, reasonOf(() -> IdentityNumber.of(IdentityType.CPR, "191212121212")));
        assertEquals(Reason.FORMAT, reasonOf(() -> IdentityNumber.of(IdentityType.SAMORDNINGSNUMMER,
                "191212121212")));
        assertEquals(Reason.FORMAT, reasonOf(() -> IdentityNumber.of(IdentityType.PERSONNUMMER, "197012721234")));
        assertEquals(Reason.CHECK_DIGIT, reasonOf(() -> IdentityNumber.of(IdentityType.PERSONNUMMER,
                "191212121213")));
        assertEquals(Reason.DATE, reasonOf(() -> IdentityNumber.of(IdentityType.PERSONNUMMER, "190002291235")));
        assertEquals(Reason.EMPTY, reasonOf(() -> IdentityNumber.of(IdentityType.CPR, null)));
        assertThrows(NullPointerException.class, () -> IdentityNumber.of(null, "191212121212"));
    }

    // ------------------------------------------------------------------------------------------------ misc

    @Test
    void equalityIsTypeAndCanonical() {
        assertEquals(parse("19121212-1212"), parse("121212+1212"));
        assertNotEquals(parse("19121212-1212"), parse("121212-1212"));
        assertNotEquals(parse("150690-1238"), IdentityNumber.parseCpr("150690-1238", TODAY));
    }

    @Test
    void tenDigitFormIsOnlyForSwedishNumbers() {
        assertEquals("701272-1234", parse("19701272-1234").tenDigitForm(TODAY));
        IdentityNumber cpr = IdentityNumber.parseCpr("150690-1234", TODAY);
        assertThrows(UnsupportedOperationException.class, () -> cpr.tenDigitForm(TODAY));
    }

    @Test
    void identityTypeCodes() {
        assertEquals("1.2.752.129.2.1.3.1", IdentityType.PERSONNUMMER.oid());
        assertEquals("1.2.752.129.2.1.3.3", IdentityType.SAMORDNINGSNUMMER.oid());
        assertEquals("1.2.208.176.1.2", IdentityType.CPR.oid());
        assertEquals("http://electronichealth.se/identifier/personnummer", IdentityType.PERSONNUMMER.fhirSystem());
        assertEquals("http://electronichealth.se/identifier/samordningsnummer",
                IdentityType.SAMORDNINGSNUMMER.fhirSystem());
        assertEquals("urn:oid:1.2.208.176.1.2", IdentityType.CPR.fhirSystem());
    }

    @Test
    void parseWithoutDateUsesTheClock() {
        assertTrue(IdentityNumber.parse("19121212-1212").birthDate().isBefore(LocalDate.now()));
        assertEquals(IdentityType.CPR, IdentityNumber.parseCpr("150690-1234").type());
        assertEquals(IdentityType.PERSONNUMMER, IdentityNumber.parseSwedish("191212121212").type());
    }
}
