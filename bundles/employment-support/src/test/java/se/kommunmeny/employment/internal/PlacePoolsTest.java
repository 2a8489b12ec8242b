package se.kommunmeny.employment.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PlacePoolsTest {
    private static final LocalDate D = LocalDate.of(2026, 3, 2);
    /** Fältmätarn's shape in small: 4 places, 1 reserved for ages 18-25, 1 light. */
    private static final PlacePools.Sizes SIZES = new PlacePools.Sizes(2, 1, 1);

    private static PlacePools.Stay open(String pool, LocalDate from) {
        return new PlacePools.Stay(pool, from, null);
    }

    @Test
    void ordinaryPlacementsUseOnlyOrdinaryPlaces() {
        List<PlacePools.Stay> stays = List.of(open("ORDINARY", D), open("ORDINARY", D));
        assertNull(PlacePools.choose(SIZES, "NONE", stays, D));
        assertEquals("ORDINARY", PlacePools.choose(SIZES, "NONE", stays.subList(0, 1), D));
    }

    @Test
    void youngAdultsTakeTheirReservedPlaceFirstThenAnOrdinaryOne() {
        assertEquals("AGE_18_25", PlacePools.choose(SIZES, "AGE_18_25", List.of(), D));
        assertEquals("ORDINARY", PlacePools.choose(SIZES, "AGE_18_25", List.of(open("AGE_18_25", D)), D));
        assertNull(PlacePools.choose(SIZES, "AGE_18_25", List.of(open("AGE_18_25", D), open("ORDINARY", D),
                open("ORDINARY", D)), D));
    }

    @Test
    void lightPlacementsUseOnlyLightPlaces() {
        assertEquals("LIGHT", PlacePools.choose(SIZES, "LIGHT", List.of(), D));
        assertNull(PlacePools.choose(SIZES, "LIGHT", List.of(open("LIGHT", D)), D));
        assertNull(PlacePools.choose(new PlacePools.Sizes(5, 0, 0), "LIGHT", List.of(), D));
    }

    @Test
    void aPlacementStartingLaterStillHoldsItsPlaceFromItsStart() {
        List<PlacePools.Stay> stays = List.of(open("ORDINARY", D), open("ORDINARY", D.plusMonths(1)));
        assertEquals("ORDINARY", PlacePools.choose(new PlacePools.Sizes(3, 0, 0), "NONE", stays, D));
        assertNull(PlacePools.choose(SIZES, "NONE", stays, D), "the future stay fills the second place");
        assertEquals(2, PlacePools.maxHeld(stays, "ORDINARY", D));
        assertEquals(1, PlacePools.heldOn(stays, "ORDINARY", D));
    }

    @Test
    void anEndedStayFreesItsPlaceOnTheDayItEnded() {
        List<PlacePools.Stay> stays = List.of(new PlacePools.Stay("ORDINARY", D, D.plusDays(9)),
                open("ORDINARY", D));
        assertNull(PlacePools.choose(SIZES, "NONE", stays, D.plusDays(9)));
        assertEquals("ORDINARY", PlacePools.choose(SIZES, "NONE", stays, D.plusDays(10)));
    }

    @Test
    void heldPlacesPerPoolAreWhatAChangeMustLeaveRoomFor() {
        PlacePools.Sizes held = PlacePools.held(List.of(open("ORDINARY", D), open("LIGHT", D),
                open("LIGHT", D.plusDays(3)), new PlacePools.Stay("AGE_18_25", D.minusMonths(2), D.minusMonths(1))), D);
        assertEquals(new PlacePools.Sizes(1, 0, 2), held);
        assertEquals(3, held.total());
    }

    @Test
    void periodsOverlapWhenTheyShareADay() {
        assertTrue(PlacePools.overlap(D, null, D.plusYears(1), null));
        assertTrue(PlacePools.overlap(D, D.plusDays(5), D.plusDays(5), null));
        assertFalse(PlacePools.overlap(D, D.plusDays(5), D.plusDays(6), null));
        assertFalse(PlacePools.overlap(D.plusDays(6), null, D, D.plusDays(5)));
    }

    @Test
    void reservationsChoosePools() {
        assertEquals(List.of("ORDINARY"), PlacePools.poolsFor("NONE"));
        assertEquals(List.of("AGE_18_25", "ORDINARY"), PlacePools.poolsFor("AGE_18_25"));
        assertEquals(List.of("LIGHT"), PlacePools.poolsFor("LIGHT"));
    }
}
