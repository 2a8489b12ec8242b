package se.kommunmeny.core.api.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.kommunmeny.core.api.problem.AccessDeniedException;
import se.kommunmeny.core.api.problem.ProblemException;
import se.kommunmeny.core.api.problem.UnavailableException;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;

/** Which attempts reach the audit log as refusals, and that the caller still gets the original problem. */
class RefusalsTest {
    private static final Caller ANNA = Caller.of("anna", "behandlare");

    /** What an offering's operation raises when the practitioner is not assigned to the person. */
    private static final class NotAssigned extends AccessDeniedException {
        private static final long serialVersionUID = 1L;
        final transient String personId;

        NotAssigned(String personId) {
            super("not assigned");
            this.personId = personId;
        }
    }

    private record Refusal(String resource, ProblemException problem, String personId) {
    }

    private static final class RecordingAudit implements AuditService {
        final List<Refusal> refusals = new ArrayList<>();

        @Override
        public void recordRefusal(Caller caller, String resource, ProblemException problem, String personId) {
            refusals.add(new Refusal(resource, problem, personId));
        }

        @Override
        public void record(AuditEvent event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AuditEntry> byPerson(Caller caller, String personId, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AuditEntry> forDataSubject(Caller caller, String personId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AuditEntry> byUser(Caller caller, String user, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChainVerification verify() {
            throw new UnsupportedOperationException();
        }
    }

    private static String personOf(ProblemException problem) {
        return problem instanceof NotAssigned n ? n.personId : null;
    }

    @Test
    void aSuccessIsNoRefusal() {
        RecordingAudit audit = new RecordingAudit();
        assertEquals("done", Refusals.attempt(audit, ANNA, "x/1", () -> "done", RefusalsTest::personOf));
        assertTrue(audit.refusals.isEmpty());
    }

    @Test
    void aProblemIsRecordedWithItsPersonAndRethrownUnchanged() {
        RecordingAudit audit = new RecordingAudit();
        NotAssigned denied = new NotAssigned("p-1");
        ProblemException thrown = assertThrows(ProblemException.class,
                () -> Refusals.attempt(audit, ANNA, "x/1", () -> { throw denied; }, RefusalsTest::personOf));
        assertSame(denied, thrown);
        ValidationException invalid = new ValidationException("date", "is required");
        assertThrows(ValidationException.class,
                () -> Refusals.attempt(audit, ANNA, "x/2", () -> { throw invalid; }, RefusalsTest::personOf));
        assertEquals(List.of(new Refusal("x/1", denied, "p-1"), new Refusal("x/2", invalid, null)), audit.refusals);
    }

    @Test
    void anUnavailablePlatformAndAnUnexpectedFailureAreNoRefusals() {
        RecordingAudit audit = new RecordingAudit();
        assertThrows(UnavailableException.class, () -> Refusals.attempt(audit, ANNA, "x", () -> {
            throw new UnavailableException("starting");
        }, RefusalsTest::personOf));
        assertThrows(IllegalStateException.class, () -> Refusals.attempt(audit, ANNA, "x", () -> {
            throw new IllegalStateException("bug");
        }, RefusalsTest::personOf));
        assertTrue(audit.refusals.isEmpty());
    }
}
