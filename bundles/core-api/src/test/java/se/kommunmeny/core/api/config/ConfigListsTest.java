package se.kommunmeny.core.api.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ConfigListsTest {

    @Test
    void aCommaSeparatedStringFromACfgFileIsAList() {
        assertEquals(List.of("ADULT_MEN", "ADULT_WOMEN"), ConfigLists.items("ADULT_MEN, ADULT_WOMEN"));
    }

    @Test
    void anArrayFromTheWebConsoleIsTheSameList() {
        assertEquals(List.of("ADULT_MEN", "ADULT_WOMEN"), ConfigLists.items("ADULT_MEN", " ADULT_WOMEN "));
    }

    @Test
    void blanksAndNullsAreDropped() {
        assertEquals(List.of("a", "b"), ConfigLists.items("a,, ,", null, "b"));
        assertEquals(List.of(), ConfigLists.items((String[]) null));
        assertEquals(List.of(), ConfigLists.items(""));
    }
}
