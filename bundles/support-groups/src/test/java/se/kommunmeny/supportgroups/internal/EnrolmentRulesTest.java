package se.kommunmeny.supportgroups.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.kommunmeny.core.api.problem.FieldProblem;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.supportgroups.api.GuardianConsent;
import se.kommunmeny.supportgroups.api.PartnerShare;

class EnrolmentRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static List<String> fields(ValidationException.Collector problems) {
        try {
            problems.throwIfAny();
            return List.of();
        } catch (ValidationException e) {
            return e.fieldProblems().stream().map(FieldProblem::field).toList();
        }
    }

    @Test
    void ageIsCountedInWholeYearsOnTheFirstMeeting() {
        LocalDate birth = LocalDate.of(2014, 3, 11);
        assertEquals(11, AgeBands.ageOn(birth, LocalDate.of(2026, 3, 10)));
        assertEquals(12, AgeBands.ageOn(birth, LocalDate.of(2026, 3, 11)));
        assertTrue(AgeBands.within(7, 7, 12));
        assertTrue(AgeBands.within(12, 7, 12));
        assertFalse(AgeBands.within(13, 7, 12));
        assertNull(AgeBands.problem(9, 7, 12));
        assertNotNull(AgeBands.problem(6, 7, 12));
        assertTrue(AgeBands.isMinor(17));
        assertFalse(AgeBands.isMinor(18));
        assertFalse(AgeBands.isMinor(null));
    }

    @Test
    void aChildNeedsADatedConsent() {
        ValidationException.Collector p = new ValidationException.Collector();
        assertNull(Consents.check(p, null, true, TODAY));
        assertEquals(List.of("guardianConsent"), fields(p));

        p = new ValidationException.Collector();
        Consents.check(p, null, false, TODAY);
        assertEquals(List.of(), fields(p));

        p = new ValidationException.Collector();
        GuardianConsent ok = Consents.check(p, new GuardianConsent(" Eva ", "070-123 45 67", "2026-03-01",
                "Deltagande i Dropp"), true, TODAY);
        assertEquals(List.of(), fields(p));
        assertEquals("Eva", ok.guardianName());

        p = new ValidationException.Collector();
        Consents.check(p, new GuardianConsent("Eva", null, "2026-04-01", " "), true, TODAY);
        assertEquals(List.of("guardianConsent.guardianContact", "guardianConsent.consentedOn", "guardianConsent.scope"),
                fields(p));
    }

    @Test
    void identityNumbersAreFoundInFreeText() {
        assertTrue(IdentityShapes.containsIdentityNumber("19121212-1212", TODAY));
        assertTrue(IdentityShapes.containsIdentityNumber("ring 191212121212", TODAY));
        assertTrue(IdentityShapes.containsIdentityNumber("Kalle 121212-1212", TODAY));
        assertTrue(IdentityShapes.containsIdentityNumber("1212121212", TODAY));
        assertTrue(IdentityShapes.containsIdentityNumber("CPR 010190-1234", TODAY));
        assertTrue(IdentityShapes.containsIdentityNumber("201201711234", TODAY), "a samordningsnummer");
        assertFalse(IdentityShapes.containsIdentityNumber("070-123 45 67", TODAY));
        assertFalse(IdentityShapes.containsIdentityNumber("+46701234567", TODAY));
        assertFalse(IdentityShapes.containsIdentityNumber("eva@example.se", TODAY));
        assertFalse(IdentityShapes.containsIdentityNumber("999999-1234", TODAY), "no real date");
        assertFalse(IdentityShapes.containsIdentityNumber(null, TODAY));
    }

    @Test
    void anAliasIsLettersOnly() {
        assertTrue(Aliases.isAlias("Kalle"));
        assertTrue(Aliases.isAlias("Anna-Lena"));
        assertTrue(Aliases.isAlias("Åsa Öberg"));
        assertFalse(Aliases.isAlias("Kalle1"));
        assertFalse(Aliases.isAlias("a".repeat(41)));
        ValidationException.Collector p = new ValidationException.Collector();
        assertNull(Aliases.check(p, "alias", "191212121212", TODAY));
        assertNull(Aliases.check(p, "alias", " ", TODAY));
        assertEquals("Kim", Aliases.check(p, "alias", " Kim ", TODAY));
        assertEquals(List.of("alias", "alias"), fields(p));
    }

    @Test
    void anonymousCodesHaveTheirShape() {
        for (int i = 0; i < 50; i++) {
            String code = AnonymousCodes.next();
            assertTrue(AnonymousCodes.isCode(code), code);
            assertFalse(code.substring(2).matches(".*[01OIL].*"), code);
        }
        assertFalse(AnonymousCodes.isCode("G-ABCD-EFG"));
    }

    @Test
    void sharesAreCarvedOutOfThePlaces() {
        List<ShareEntity> shares = List.of(new ShareEntity("c", "1982", "Köping", 2, "koping"),
                new ShareEntity("c", "1999", "Kungsör", 1, "kungsor"));
        assertEquals(5, Places.hostPlaces(8, shares));
        assertTrue(Places.hasPlace(2, 1));
        assertFalse(Places.hasPlace(2, 2));
        assertEquals(0, Places.free(2, 3));

        ValidationException.Collector p = new ValidationException.Collector();
        assertEquals(8, Places.places(p, null, 8));
        Places.places(p, 9, 8);
        assertEquals(List.of("places"), fields(p));

        p = new ValidationException.Collector();
        Places.checkShares(p, List.of(new PartnerShare("1982", "Köping", 5, "koping", null, null),
                new PartnerShare("1999", "Kungsör", 4, "kungsor", null, null)), 8);
        assertEquals(List.of("partnerShares"), fields(p));

        p = new ValidationException.Collector();
        Places.checkShares(p, List.of(new PartnerShare("198", "Köping", 0, "kö ping", null, null),
                new PartnerShare("1999", "", 1, "kungsor", null, null),
                new PartnerShare("1999", "Kungsör", 1, "kungsor", null, null)), 8);
        assertEquals(List.of("partnerShares[0].code", "partnerShares[0].places", "partnerShares[0].user",
                "partnerShares[1].name", "partnerShares[2].code"), fields(p));
    }
}
