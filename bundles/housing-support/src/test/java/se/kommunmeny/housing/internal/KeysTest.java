package se.kommunmeny.housing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class KeysTest {
    private static Keys.Event e(String event, String label) {
        return new Keys.Event(event, label);
    }

    @Test
    void aKeyHandedOutIsOutUntilReturned() {
        assertEquals(List.of("A1"), Keys.outstanding(List.of(e("HANDED_OUT", "A1"))));
        assertEquals(List.of(), Keys.outstanding(List.of(e("HANDED_OUT", "A1"), e("RETURNED", "A1"))));
    }

    @Test
    void otherEventsDoNotChangeWhatIsOut() {
        assertEquals(List.of("A1", "A2"), Keys.outstanding(List.of(e("HANDED_OUT", "A1"), e("STAFF_KEY_USED", "S"),
                e("HANDED_OUT", "A2"), e("LOCKED_OUT", null), e("LOCK_CHANGED", "A1"))));
    }

    @Test
    void aReturnOfAKeyNeverHandedOutIsIgnored() {
        assertEquals(List.of("A1"), Keys.outstanding(List.of(e("RETURNED", "B"), e("HANDED_OUT", "A1"))));
    }

    @Test
    void aKeyHandedOutAgainAfterItsReturnIsOutAgain() {
        assertEquals(List.of("A1"), Keys.outstanding(List.of(e("HANDED_OUT", "A1"), e("RETURNED", "A1"),
                e("HANDED_OUT", "A1"))));
    }
}
