package se.kommunmeny.housing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CapacityTest {
    private static LocalDate d(int month, int day) {
        return LocalDate.of(2025, month, day);
    }

    @Test
    void aPlaceIsFreeUntilEveryPlaceIsOccupied() {
        assertTrue(Capacity.hasPlace(2, 0));
        assertTrue(Capacity.hasPlace(2, 1));
        assertFalse(Capacity.hasPlace(2, 2));
        assertFalse(Capacity.hasPlace(2, 3));
        assertFalse(Capacity.hasPlace(0, 0));
    }

    @Test
    void negativeCapacityMeansNoLimit() {
        assertTrue(Capacity.hasPlace(-1, 1000));
        assertEquals(-1, Capacity.free(-1, 5));
    }

    @Test
    void freePlacesAreNeverNegative() {
        assertEquals(3, Capacity.free(5, 2));
        assertEquals(0, Capacity.free(5, 5));
        assertEquals(0, Capacity.free(5, 7));
    }

    @Test
    void staysSharingADayOverlap() {
        assertTrue(Capacity.overlaps(d(1, 1), d(1, 31), d(1, 31), d(2, 28)));
        assertTrue(Capacity.overlaps(d(1, 1), d(12, 31), d(3, 1), d(3, 2)));
    }

    @Test
    void consecutiveStaysDoNotOverlap() {
        assertFalse(Capacity.overlaps(d(1, 1), d(1, 31), d(2, 1), d(2, 28)));
        assertFalse(Capacity.overlaps(d(2, 1), d(2, 28), d(1, 1), d(1, 31)));
    }

    @Test
    void anOpenEndedStayOverlapsEverythingAfterItsStart() {
        assertTrue(Capacity.overlaps(d(1, 1), null, d(6, 1), d(6, 2)));
        assertTrue(Capacity.overlaps(d(6, 1), d(6, 2), d(1, 1), null));
        assertTrue(Capacity.overlaps(d(1, 1), null, d(6, 1), null));
        assertFalse(Capacity.overlaps(d(6, 1), null, d(1, 1), d(5, 31)));
    }
}
