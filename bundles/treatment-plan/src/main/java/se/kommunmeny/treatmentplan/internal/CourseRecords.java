package se.kommunmeny.treatmentplan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;

import se.kommunmeny.core.api.audit.AuditAction;
import se.kommunmeny.core.api.identity.Gender;
import se.kommunmeny.core.api.person.PersonReferences;
import se.kommunmeny.core.api.person.PersonService;
import se.kommunmeny.core.api.person.PersonView;
import se.kommunmeny.core.api.problem.ConflictException;
import se.kommunmeny.core.api.problem.DateFields;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.treatmentplan.api.AssessmentView;
import se.kommunmeny.treatmentplan.api.DrugTestView;
import se.kommunmeny.treatmentplan.api.NewAssessment;
import se.kommunmeny.treatmentplan.api.NewDrugTest;
import se.kommunmeny.treatmentplan.api.NewNote;
import se.kommunmeny.treatmentplan.api.NewReferral;
import se.kommunmeny.treatmentplan.api.NewRelapse;
import se.kommunmeny.treatmentplan.api.NoteView;
import se.kommunmeny.treatmentplan.api.ReferralView;
import se.kommunmeny.treatmentplan.api.RelapseView;
import se.kommunmeny.treatmentplan.api.SubstanceResult;
import se.kommunmeny.treatmentplan.internal.assessment.Instruments;
import se.kommunmeny.treatmentplan.internal.assessment.Scored;

/**
 * What is recorded in a client's course besides sessions: notes, drug tests, assessments, relapses and specialist
 * referrals. Each is written by an assigned practitioner and read by them or a case officer, and never changed.
 */
final class CourseRecords {
    static final Set<String> TEST_METHODS = Set.of("URINE", "BREATH", "SALIVA", "BLOOD");
    static final Set<String> SUBSTANCES = Set.of("ALCOHOL", "CANNABIS", "AMPHETAMINE", "OPIATES", "COCAINE",
            "BENZODIAZEPINES", "BUPRENORPHINE", "METHADONE", "TRAMADOL", "GHB", "SPICE", "OTHER");
    static final Set<String> RESULTS = Set.of("POSITIVE", "NEGATIVE", "INVALID");
    static final Set<String> RELAPSE_KINDS = Set.of("LAPSE", "RELAPSE");
    static final int MAX_TEXT = 2000;

    private final PlanRepository repository;
    private final CourseAccess access;
    private final PersonService persons;
    private final Instruments instruments = Instruments.shipped();

    CourseRecords(PlanRepository repository, CourseAccess access, PersonService persons) {
        this.repository = repository;
        this.access = access;
        this.persons = persons;
    }

    private static String resource(String enrolmentId, String what) {
        return "treatment-plan/enrolment/" + enrolmentId + "/" + what;
    }

    /** A day something happened in the course: not in the future, not before the enrolment was requested. */
    private static void inCourse(EnrolmentEntity e, String field, LocalDate day) {
        LocalDate requested = Instant.ofEpochMilli(e.requestedAt()).atZone(DateFields.ZONE).toLocalDate();
        LocalDate earliest = e.grantedFrom().isBefore(requested) ? e.grantedFrom() : requested;
        if (day.isAfter(DateFields.today())) {
            throw new ValidationException(field, "cannot be in the future");
        }
        if (day.isBefore(earliest.minusDays(30))) {
            throw new ValidationException(field, "is long before the client's course began (" + earliest + ")");
        }
    }

    // ------------------------------------------------------------------ notes

    NoteView addNote(Caller caller, String enrolmentId, NewNote note) {
        String role = caller.requireAnyRole(Role.BEHANDLARE);
        if (note == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        problems.require("text", note.text()).maxLength("text", note.text(), 4000);
        String sessionId = CourseAccess.trimmed(note.sessionId());
        if (sessionId != null && !TreatmentPlanServiceImpl.isPlanId(sessionId)) {
            problems.add("sessionId", "is not a session id");
        }
        problems.throwIfAny();
        return repository.inTransaction(em -> {
            EnrolmentEntity e = CourseAccess.enrolment(em, caller, role, enrolmentId, false);
            if (sessionId != null) {
                SessionEntity s = em.find(SessionEntity.class, sessionId);
                if (s == null || !s.enrolmentId.equals(e.id())) {
                    throw new ValidationException("sessionId", "is not a session of this client's course");
                }
            }
            NoteEntity n = new NoteEntity(UUID.randomUUID().toString(), e.id(), sessionId, note.text().trim(),
                    caller.user(), System.currentTimeMillis());
            em.persist(n);
            em.flush();
            access.record(caller, role, AuditAction.CREATE, e, "treatment-plan/note/" + n.id);
            return view(n);
        });
    }

    List<NoteView> notes(Caller caller, String enrolmentId) {
        return list(caller, enrolmentId, "notes", em -> em.createQuery("SELECT n FROM NoteEntity n WHERE "
                + "n.enrolmentId = :e ORDER BY n.writtenAt, n.id", NoteEntity.class), CourseRecords::view);
    }

    static NoteView view(NoteEntity n) {
        return new NoteView(n.id, n.enrolmentId, n.sessionId, n.text, n.writtenBy, Instant.ofEpochMilli(n.writtenAt));
    }

    // ------------------------------------------------------------------ drug tests

    DrugTestView recordDrugTest(Caller caller, String enrolmentId, NewDrugTest test) {
        String role = caller.requireAnyRole(Role.BEHANDLARE);
        if (test == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        LocalDate takenOn = DateFields.parse(problems, "takenOn", test.takenOn(), DateFields.today());
        String method = test.method() == null ? null : test.method().trim().toUpperCase(Locale.ROOT);
        if (method == null || !TEST_METHODS.contains(method)) {
            problems.add("method", "must be URINE, BREATH, SALIVA or BLOOD");
        }
        Map<String, String> results = new LinkedHashMap<>();
        if (test.results() == null || test.results().isEmpty()) {
            problems.add("results", "at least one substance is required");
        } else if (test.results().size() > SUBSTANCES.size()) {
            problems.add("results", "at most " + SUBSTANCES.size() + " substances");
        } else {
            for (int i = 0; i < test.results().size(); i++) {
                SubstanceResult r = test.results().get(i);
                String substance = r == null || r.substance() == null ? null : r.substance().trim().toUpperCase(Locale.ROOT);
                String result = r == null || r.result() == null ? null : r.result().trim().toUpperCase(Locale.ROOT);
                if (substance == null || !SUBSTANCES.contains(substance)) {
                    problems.add("results[" + i + "].substance", "must be one of " + new java.util.TreeSet<>(SUBSTANCES));
                } else if (results.containsKey(substance)) {
                    problems.add("results[" + i + "].substance", "is listed twice");
                }
                if (result == null || !RESULTS.contains(result)) {
                    problems.add("results[" + i + "].result", "must be POSITIVE, NEGATIVE or INVALID");
                }
                if (substance != null && result != null) {
                    results.put(substance, result);
                }
            }
        }
        problems.throwIfAny();
        return repository.inTransaction(em -> {
            EnrolmentEntity e = CourseAccess.enrolment(em, caller, role, enrolmentId, false);
            inCourse(e, "takenOn", takenOn);
            StringBuilder stored = new StringBuilder();
            results.forEach((k, v) -> stored.append(stored.length() == 0 ? "" : ";").append(k).append('=').append(v));
            DrugTestEntity t = new DrugTestEntity(UUID.randomUUID().toString(), e.id(), takenOn, method,
                    stored.toString(), results.containsValue("POSITIVE"), caller.user(), System.currentTimeMillis());
            em.persist(t);
            em.flush();
            access.record(caller, role, AuditAction.CREATE, e, "treatment-plan/drug-test/" + t.id);
            return view(t);
        });
    }

    List<DrugTestView> drugTests(Caller caller, String enrolmentId) {
        return list(caller, enrolmentId, "drug-tests", em -> em.createQuery("SELECT t FROM DrugTestEntity t WHERE "
                + "t.enrolmentId = :e ORDER BY t.takenOn, t.recordedAt", DrugTestEntity.class), CourseRecords::view);
    }

    static DrugTestView view(DrugTestEntity t) {
        List<SubstanceResult> results = Arrays.stream(t.results.split(";")).map(p -> p.split("=", 2))
                .map(p -> new SubstanceResult(p[0], p[1])).toList();
        return new DrugTestView(t.id, t.enrolmentId, t.takenOn, t.method, results, t.anyPositive == 1, t.recordedBy,
                Instant.ofEpochMilli(t.recordedAt));
    }

    // ------------------------------------------------------------------ assessments

    AssessmentView recordAssessment(Caller caller, String enrolmentId, NewAssessment a) {
        String role = caller.requireAnyRole(Role.BEHANDLARE);
        if (a == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        LocalDate takenOn = DateFields.parse(problems, "takenOn", a.takenOn(), DateFields.today());
        problems.throwIfAny();
        return repository.inTransaction(em -> {
            EnrolmentEntity e = CourseAccess.enrolment(em, caller, role, enrolmentId, false);
            inCourse(e, "takenOn", takenOn);
            String sex = a.sex() == null ? null : a.sex().trim().toUpperCase(Locale.ROOT);
            Integer age = a.age();
            if ((sex == null || age == null) && PersonReferences.isPersonId(e.personRef())) {
                PersonView person = persons.get(caller, e.personRef());
                if (sex == null && person.gender() != null) {
                    sex = person.gender() == Gender.FEMALE ? "FEMALE" : "MALE";
                }
                if (age == null && person.birthDate() != null) {
                    age = Period.between(person.birthDate(), takenOn).getYears();
                }
            }
            ValidationException.Collector missing = new ValidationException.Collector();
            if (sex == null) {
                missing.add("sex", "is required for a client the register cannot tell it for (FEMALE or MALE)");
            }
            if (age == null) {
                missing.add("age", "is required for a client the register cannot tell it for");
            }
            missing.throwIfAny();
            Scored scored = instruments.score(a.instrument(), a.answers(), sex, age);
            StringBuilder answers = new StringBuilder();
            a.answers().forEach(x -> answers.append(answers.length() == 0 ? "" : ",").append(x));
            AssessmentEntity entity = new AssessmentEntity(UUID.randomUUID().toString(), e.id(), scored.instrument(),
                    takenOn, sex, age, answers.toString(), scored.score(), scored.level(), scored.cutOff(),
                    caller.user(), System.currentTimeMillis());
            em.persist(entity);
            em.flush();
            access.record(caller, role, AuditAction.CREATE, e, "treatment-plan/assessment/" + entity.id);
            return view(entity);
        });
    }

    List<AssessmentView> assessments(Caller caller, String enrolmentId) {
        return list(caller, enrolmentId, "assessments", em -> em.createQuery("SELECT a FROM AssessmentEntity a WHERE "
                + "a.enrolmentId = :e ORDER BY a.takenOn, a.recordedAt", AssessmentEntity.class), CourseRecords::view);
    }

    static AssessmentView view(AssessmentEntity a) {
        List<Integer> answers = Arrays.stream(a.answers.split(",")).map(Integer::valueOf).toList();
        return new AssessmentView(a.id, a.enrolmentId, a.instrument, a.takenOn, a.sex, a.age, answers, a.score,
                a.level, a.cutOff, "ASI".equals(a.instrument) ? Instruments.asiDomains() : List.of(), a.recordedBy,
                Instant.ofEpochMilli(a.recordedAt));
    }

    // ------------------------------------------------------------------ relapses

    RelapseView recordRelapse(Caller caller, String enrolmentId, NewRelapse r) {
        String role = caller.requireAnyRole(Role.BEHANDLARE);
        if (r == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        LocalDate on = DateFields.parse(problems, "occurredOn", r.occurredOn(), null);
        if (on == null && r.occurredOn() == null) {
            problems.add("occurredOn", "is required");
        }
        String kind = r.kind() == null ? null : r.kind().trim().toUpperCase(Locale.ROOT);
        if (kind == null || !RELAPSE_KINDS.contains(kind)) {
            problems.add("kind", "must be LAPSE (a slip) or RELAPSE");
        }
        String substance = r.substance() == null ? null : r.substance().trim().toUpperCase(Locale.ROOT);
        if (substance == null || !SUBSTANCES.contains(substance)) {
            problems.add("substance", "must be one of " + new java.util.TreeSet<>(SUBSTANCES));
        }
        problems.require("description", r.description()).maxLength("description", r.description(), MAX_TEXT)
                .maxLength("actionsTaken", r.actionsTaken(), MAX_TEXT);
        problems.throwIfAny();
        return repository.inTransaction(em -> {
            EnrolmentEntity e = CourseAccess.enrolment(em, caller, role, enrolmentId, false);
            inCourse(e, "occurredOn", on);
            RelapseEntity entity = new RelapseEntity(UUID.randomUUID().toString(), e.id(), on, kind, substance,
                    r.description().trim(), CourseAccess.trimmed(r.actionsTaken()), caller.user(),
                    System.currentTimeMillis());
            PlanEntity plan = Reports.currentPlan(em, e.id());
            if (plan != null) {
                entity.planId = plan.id();
                if (plan.revision() > 0) {
                    entity.planRevision = plan.revision();
                    entity.relapsePlan = Reports.content(em, plan).relapsePlan();
                }
            }
            em.persist(entity);
            em.flush();
            access.record(caller, role, AuditAction.CREATE, e, "treatment-plan/relapse/" + entity.id);
            return view(entity);
        });
    }

    List<RelapseView> relapses(Caller caller, String enrolmentId) {
        return list(caller, enrolmentId, "relapses", em -> em.createQuery("SELECT r FROM RelapseEntity r WHERE "
                + "r.enrolmentId = :e ORDER BY r.occurredOn, r.recordedAt", RelapseEntity.class), CourseRecords::view);
    }

    static RelapseView view(RelapseEntity r) {
        return new RelapseView(r.id, r.enrolmentId, r.occurredOn, r.kind, r.substance, r.description, r.actionsTaken,
                r.planId, r.planRevision, r.relapsePlan, r.recordedBy, Instant.ofEpochMilli(r.recordedAt));
    }

    // ------------------------------------------------------------------ referrals

    ReferralView refer(Caller caller, String enrolmentId, NewReferral r) {
        String role = caller.requireAnyRole(Role.BEHANDLARE);
        if (r == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        String service = r.service() == null || r.service().isBlank() ? "VISO" : r.service().trim().toUpperCase(Locale.ROOT);
        if (!service.matches("[A-Z0-9_-]{2,40}")) {
            problems.add("service", "must be a service code such as VISO");
        }
        problems.require("reason", r.reason()).maxLength("reason", r.reason(), MAX_TEXT);
        if (!Boolean.TRUE.equals(r.consentGiven())) {
            problems.add("consentGiven", "the client's consent is required before a referral");
        }
        LocalDate on = DateFields.parse(problems, "consentGivenOn", r.consentGivenOn(), DateFields.today());
        problems.require("consentScope", r.consentScope()).maxLength("consentScope", r.consentScope(), 1000);
        problems.throwIfAny();
        return repository.inTransaction(em -> {
            EnrolmentEntity e = CourseAccess.enrolment(em, caller, role, enrolmentId, false);
            inCourse(e, "consentGivenOn", on);
            if (CourseAccess.ended(e)) {
                throw new ConflictException("The enrolment has ended.");
            }
            ReferralEntity entity = new ReferralEntity(UUID.randomUUID().toString(), e.id(), service,
                    r.reason().trim(), on, r.consentScope().trim(), caller.user(), System.currentTimeMillis());
            em.persist(entity);
            em.flush();
            access.record(caller, role, AuditAction.CREATE, e, "treatment-plan/referral/" + entity.id);
            return view(entity);
        });
    }

    List<ReferralView> referrals(Caller caller, String enrolmentId) {
        return list(caller, enrolmentId, "referrals", em -> em.createQuery("SELECT r FROM ReferralEntity r WHERE "
                + "r.enrolmentId = :e ORDER BY r.recordedAt", ReferralEntity.class), CourseRecords::view);
    }

    static ReferralView view(ReferralEntity r) {
        return new ReferralView(r.id, r.enrolmentId, r.service, r.reason, r.consentOn, r.consentScope, r.recordedBy,
                Instant.ofEpochMilli(r.recordedAt));
    }

    // ------------------------------------------------------------------ shared

    private <E, V> List<V> list(Caller caller, String enrolmentId, String what,
            java.util.function.Function<EntityManager, javax.persistence.TypedQuery<E>> query,
            java.util.function.Function<E, V> view) {
        String role = caller.requireAnyRole(Role.BEHANDLARE, Role.HANDLAGGARE);
        return repository.inTransaction(em -> {
            EnrolmentEntity e = CourseAccess.enrolment(em, caller, role, enrolmentId, false);
            access.record(caller, role, AuditAction.READ, e, resource(e.id(), what));
            List<V> out = new ArrayList<>();
            query.apply(em).setParameter("e", e.id()).setMaxResults(10_000).getResultList()
                    .forEach(x -> out.add(view.apply(x)));
            return out;
        });
    }
}
