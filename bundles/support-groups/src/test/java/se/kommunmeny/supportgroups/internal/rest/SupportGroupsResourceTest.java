package se.kommunmeny.supportgroups.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import se.kommunmeny.core.api.problem.ValidationException;

class SupportGroupsResourceTest {

    @Test
    void theReasonBodyIsOptional() {
        assertNull(SupportGroupsResource.reason(null));
        assertNull(SupportGroupsResource.reason(" "));
        assertNull(SupportGroupsResource.reason("null"), "the JSON null is no reason, not a 500");
        assertEquals("Sjukdom", SupportGroupsResource.reason("{\"reason\":\"Sjukdom\"}"));
        assertThrows(ValidationException.class, () -> SupportGroupsResource.reason("{\"why\":1}"));
        assertThrows(ValidationException.class, () -> SupportGroupsResource.reason("not json"));
    }

    @Test
    void theYearIsAWholeNumber() {
        assertNull(SupportGroupsResource.year(null));
        assertEquals(2026, SupportGroupsResource.year(" 2026 "));
        assertThrows(ValidationException.class, () -> SupportGroupsResource.year("i år"));
    }
}
