package se.kommunmeny.employment.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.kommunmeny.core.api.problem.ValidationException;

class EmploymentSupportResourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void staffComeAsAnObjectOrABareList() throws Exception {
        assertEquals(List.of("bo", "sven"), EmploymentSupportResource.userNames(JSON.readTree("{\"staff\":[\"bo\",\"sven\"]}")));
        assertEquals(List.of("bo"), EmploymentSupportResource.userNames(JSON.readTree("[\"bo\"]")));
        assertNull(EmploymentSupportResource.userNames(JSON.readTree("{}")));
        assertThrows(ValidationException.class, () -> EmploymentSupportResource.userNames(JSON.readTree("{\"staff\":\"bo\"}")));
        assertThrows(ValidationException.class, () -> EmploymentSupportResource.userNames(JSON.readTree("{\"users\":[]}")));
    }

    @Test
    void theAdmissionBodyIsOptional() {
        assertNull(EmploymentSupportResource.admission(null));
        assertNull(EmploymentSupportResource.admission("  "));
        assertEquals("2026-03-01", EmploymentSupportResource.admission("{\"startDate\":\"2026-03-01\"}").startDate());
        assertThrows(ValidationException.class, () -> EmploymentSupportResource.admission("{\"start\":1}"));
        assertThrows(ValidationException.class, () -> EmploymentSupportResource.admission("not json"));
    }

    @Test
    void withinDaysIsAWholeNumber() {
        assertNull(EmploymentSupportResource.withinDays(null));
        assertEquals(14, EmploymentSupportResource.withinDays(" 14 "));
        assertThrows(ValidationException.class, () -> EmploymentSupportResource.withinDays("two weeks"));
    }
}
