package se.kommunmeny.employment.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import javax.persistence.EntityManager;

import se.kommunmeny.core.api.audit.AuditAction;
import se.kommunmeny.core.api.problem.ConflictException;
import se.kommunmeny.core.api.problem.DateFields;
import se.kommunmeny.core.api.problem.NotFoundException;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.employment.api.AttendanceEntry;
import se.kommunmeny.employment.api.AttendanceSummary;
import se.kommunmeny.employment.api.AttendanceView;
import se.kommunmeny.employment.api.CareConference;
import se.kommunmeny.employment.api.CaseEventView;
import se.kommunmeny.employment.api.MeetingParticipant;
import se.kommunmeny.employment.api.MeetingView;
import se.kommunmeny.employment.api.NewMeeting;
import se.kommunmeny.employment.api.NewNote;
import se.kommunmeny.employment.api.NoteView;
import se.kommunmeny.employment.api.StepChangeRequest;
import se.kommunmeny.employment.api.StepChangeView;

/**
 * What is recorded on a placement: attendance and hours, supervisor notes, network meetings, step changes, and the
 * events other offerings reported. Written by the assigned staff, read by them, case officers and unit managers.
 */
final class CaseRecords {
    static final Set<String> ORGANISATIONS = Set.of("EMPLOYMENT_SERVICE", "SOCIAL_INSURANCE", "EMPLOYER",
            "HEALTH_CARE", "SOCIAL_SERVICES", "OTHER");
    static final int MAX_TEXT = 4000;
    static final int MAX_PARTICIPANTS = 30;

    private final EmploymentRepository repository;
    private final PlacementAccess access;
    private final Placements placements;

    CaseRecords(EmploymentRepository repository, PlacementAccess access, Placements placements) {
        this.repository = repository;
        this.access = access;
        this.placements = placements;
    }

    private interface Read<T> {
        T apply(EntityManager em, PlacementEntity placement);
    }

    /** Reads from a placement the caller reaches, audited. */
    private <T> T read(Caller caller, String role, String id, String what, Read<T> read) {
        return repository.inTransaction(em -> {
            PlacementEntity p = PlacementAccess.placement(em, caller, role, id, false);
            access.record(caller, role, AuditAction.READ, p, what);
            return read.apply(em, p);
        });
    }

    /** Writes to a placement the caller reaches, under its lock, audited. */
    private <T> T write(Caller caller, String role, String id, String what, Read<T> write) {
        return repository.inTransaction(em -> {
            PlacementEntity p = PlacementAccess.placement(em, caller, role, id, true);
            T result = write.apply(em, p);
            em.flush();
            access.record(caller, role, AuditAction.CREATE, p, what);
            return result;
        });
    }

    private static void requireStarted(PlacementEntity p) {
        if (!PlacementEntity.ACTIVE.equals(p.status) && !PlacementEntity.ENDED.equals(p.status)) {
            throw new ConflictException("The placement is " + p.status + "; nothing is recorded on it.");
        }
    }

    // ------------------------------------------------------------------ attendance

    AttendanceView recordAttendance(Caller caller, String id, AttendanceEntry entry) {
        String role = caller.requireAnyRole(Role.BEHANDLARE);
        if (entry == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        LocalDate day = DateFields.notFuture(problems, "date", entry.date(), null);
        if (day == null && problems.isEmpty()) {
            problems.add("date", "is required");
        }
        HourRules.Day value = HourRules.day(entry.present(), entry.hours(), entry.absenceReason(), problems);
        problems.throwIfAny();
        return write(caller, role, id, "attendance/" + day, (em, p) -> {
            requireWithin(p, day);
            if (attendance(em, p.id, day) != null) {
                throw new ConflictException("Attendance on " + day + " is already recorded; correct it instead.");
            }
            requireWeek(em, p, day, value);
            AttendanceEntity a = new AttendanceEntity(UUID.randomUUID().toString(), p.id, day);
            a.set(value, caller.user(), System.currentTimeMillis());
            em.persist(a);
            em.flush();
            return view(a);
        });
    }

    AttendanceView correctAttendance(Caller caller, String id, String date, AttendanceEntry entry) {
        String role = caller.requireAnyRole(Role.BEHANDLARE);
        if (entry == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        LocalDate day = DateFields.parse(problems, "date", date, null);
        LocalDate given = DateFields.parse(problems, "date", entry.date(), day);
        if (day != null && given != null && !given.equals(day)) {
            problems.add("date", "differs from the day in the path");
        }
        HourRules.Day value = HourRules.day(entry.present(), entry.hours(), entry.absenceReason(), problems);
        problems.throwIfAny();
        return write(caller, role, id, "attendance/" + day, (em, p) -> {
            AttendanceEntity a = attendance(em, p.id, day);
            if (a == null) {
                throw new NotFoundException("No attendance is recorded on " + day + ".");
            }
            requireWeek(em, p, day, value);
            a.set(value, caller.user(), System.currentTimeMillis());
            em.flush();
            return view(a);
        });
    }

    private static void requireWithin(PlacementEntity p, LocalDate day) {
        requireStarted(p);
        if (day.isBefore(p.startDate) || (p.endedOn != null && day.isAfter(p.endedOn))) {
            throw new ValidationException("date", "lies outside the placement (" + p.startDate + " - "
                    + (p.endedOn == null ? "" : p.endedOn) + ")");
        }
    }

    private void requireWeek(EntityManager em, PlacementEntity p, LocalDate day, HourRules.Day value) {
        LocalDate monday = HourRules.weekStart(day);
        Map<LocalDate, Integer> week = new HashMap<>();
        em.createQuery("SELECT a FROM AttendanceEntity a WHERE a.placementId = :p AND a.day >= :f AND a.day <= :t",
                AttendanceEntity.class).setParameter("p", p.id).setParameter("f", monday)
                .setParameter("t", monday.plusDays(6)).getResultList().forEach(a -> week.put(a.day, a.minutes));
        int max = placements.kind(p).maxHoursPerWeek();
        if (!HourRules.weekWithin(week, day, value.minutes(), max)) {
            throw new ValidationException("hours", "would make the week from " + monday + " exceed the kind's "
                    + max + " hours");
        }
    }

    private static AttendanceEntity attendance(EntityManager em, String placementId, LocalDate day) {
        return em.createQuery("SELECT a FROM AttendanceEntity a WHERE a.placementId = :p AND a.day = :d",
                AttendanceEntity.class).setParameter("p", placementId).setParameter("d", day).getResultList()
                .stream().findFirst().orElse(null);
    }

    AttendanceSummary attendance(Caller caller, String id, String from, String to) {
        String role = caller.requireAnyRole(Role.BEHANDLARE, Role.HANDLAGGARE, Role.ENHETSCHEF);
        ValidationException.Collector problems = new ValidationException.Collector();
        LocalDate f = DateFields.parse(problems, "from", from, null);
        LocalDate t = DateFields.parse(problems, "to", to, null);
        problems.throwIfAny();
        return read(caller, role, id, "attendance", (em, p) -> {
            LocalDate first = f != null ? f : p.startDate;
            LocalDate last = t != null ? t : p.endedOn != null ? p.endedOn : DateFields.today();
            if (last.isBefore(first)) {
                throw new ValidationException("to", "is before from");
            }
            List<AttendanceView> days = em.createQuery("SELECT a FROM AttendanceEntity a WHERE a.placementId = :p "
                    + "AND a.day >= :f AND a.day <= :t ORDER BY a.day", AttendanceEntity.class).setParameter("p", p.id)
                    .setParameter("f", first).setParameter("t", last).getResultList().stream().map(CaseRecords::view)
                    .toList();
            return summary(p.id, first, last, days);
        });
    }

    static AttendanceSummary summary(String placementId, LocalDate from, LocalDate to, List<AttendanceView> days) {
        int minutes = 0;
        int present = 0;
        Map<String, Integer> absences = new TreeMap<>();
        for (AttendanceView d : days) {
            if (d.present()) {
                present++;
                minutes += (int) Math.round(d.hours() * 60);
            } else {
                absences.merge(d.absenceReason(), 1, Integer::sum);
            }
        }
        return new AttendanceSummary(placementId, from, to, days, HourRules.hours(minutes), present, absences);
    }

    static AttendanceView view(AttendanceEntity a) {
        return new AttendanceView(a.placementId, a.day, a.present != 0, HourRules.hours(a.minutes), a.absenceReason,
                a.recordedBy, Instant.ofEpochMilli(a.recordedAt), a.version);
    }

    // ------------------------------------------------------------------ notes

    NoteView addNote(Caller caller, String id, NewNote note) {
        String role = caller.requireAnyRole(Role.BEHANDLARE);
        if (note == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        LocalDate on = DateFields.notFuture(problems, "writtenOn", note.writtenOn(), DateFields.today());
        problems.require("text", note.text()).maxLength("text", note.text(), MAX_TEXT);
        problems.throwIfAny();
        return write(caller, role, id, "notes", (em, p) -> {
            NoteEntity n = new NoteEntity(UUID.randomUUID().toString(), p.id, on, note.text().trim(), caller.user(),
                    System.currentTimeMillis());
            em.persist(n);
            return view(n);
        });
    }

    List<NoteView> notes(Caller caller, String id) {
        String role = caller.requireAnyRole(Role.BEHANDLARE, Role.HANDLAGGARE);
        return read(caller, role, id, "notes", (em, p) -> em.createQuery("SELECT n FROM NoteEntity n "
                + "WHERE n.placementId = :p ORDER BY n.writtenOn, n.writtenAt", NoteEntity.class)
                .setParameter("p", p.id).getResultList().stream().map(CaseRecords::view).toList());
    }

    static NoteView view(NoteEntity n) {
        return new NoteView(n.id, n.placementId, n.writtenOn, n.text, n.writtenBy, Instant.ofEpochMilli(n.writtenAt));
    }

    // ------------------------------------------------------------------ network meetings

    MeetingView recordMeeting(Caller caller, String id, NewMeeting meeting) {
        String role = caller.requireAnyRole(Role.BEHANDLARE, Role.HANDLAGGARE);
        if (meeting == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        LocalDate held = DateFields.notFuture(problems, "heldOn", meeting.heldOn(), DateFields.today());
        LocalDate next = DateFields.parse(problems, "nextMeetingOn", meeting.nextMeetingOn(), null);
        if (held != null && next != null && !next.isAfter(held)) {
            problems.add("nextMeetingOn", "must be after heldOn");
        }
        List<MeetingParticipant> participants = participants(meeting.participants(), problems);
        problems.require("summary", meeting.summary()).maxLength("summary", meeting.summary(), MAX_TEXT);
        problems.throwIfAny();
        return write(caller, role, id, "meetings", (em, p) -> {
            requireStarted(p);
            MeetingEntity m = new MeetingEntity(UUID.randomUUID().toString(), p.id, held, meeting.summary().trim(),
                    next, caller.user(), System.currentTimeMillis());
            participants.forEach(x -> m.participants.add(new ParticipantValue(x.organisation(), x.name())));
            em.persist(m);
            return view(m);
        });
    }

    private static List<MeetingParticipant> participants(List<MeetingParticipant> given,
            ValidationException.Collector problems) {
        if (given == null || given.isEmpty()) {
            problems.add("participants", "at least one participant is required");
            return List.of();
        }
        if (given.size() > MAX_PARTICIPANTS) {
            problems.add("participants", "at most " + MAX_PARTICIPANTS);
            return List.of();
        }
        for (int i = 0; i < given.size(); i++) {
            MeetingParticipant x = given.get(i);
            String org = x == null || x.organisation() == null ? "" : x.organisation().trim().toUpperCase(Locale.ROOT);
            if (!ORGANISATIONS.contains(org)) {
                problems.add("participants[" + i + "].organisation", "must be EMPLOYMENT_SERVICE, SOCIAL_INSURANCE, "
                        + "EMPLOYER, HEALTH_CARE, SOCIAL_SERVICES or OTHER");
            }
            problems.maxLength("participants[" + i + "].name", x == null ? null : x.name(), 200);
        }
        return given.stream().map(x -> new MeetingParticipant(x.organisation().trim().toUpperCase(Locale.ROOT),
                Dates.trimmed(x.name()))).toList();
    }

    List<MeetingView> meetings(Caller caller, String id) {
        String role = caller.requireAnyRole(Role.BEHANDLARE, Role.HANDLAGGARE, Role.ENHETSCHEF);
        return read(caller, role, id, "meetings", (em, p) -> em.createQuery("SELECT m FROM MeetingEntity m "
                + "WHERE m.placementId = :p ORDER BY m.heldOn, m.recordedAt", MeetingEntity.class)
                .setParameter("p", p.id).getResultList().stream().map(CaseRecords::view).toList());
    }

    static MeetingView view(MeetingEntity m) {
        return new MeetingView(m.id, m.placementId, m.heldOn, m.participants.stream()
                .map(x -> new MeetingParticipant(x.organisation, x.name)).toList(), m.summary, m.nextMeetingOn,
                m.recordedBy, Instant.ofEpochMilli(m.recordedAt));
    }

    // ------------------------------------------------------------------ step changes

    StepChangeView changeStep(Caller caller, String id, StepChangeRequest request) {
        String role = caller.requireAnyRole(Role.BEHANDLARE, Role.ENHETSCHEF, Role.HANDLAGGARE);
        if (request == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        String to = request.toStep() == null ? "" : request.toStep().trim().toUpperCase(Locale.ROOT);
        if (!StepModel.STEPS.contains(to)) {
            problems.add("toStep", "must be STEP_I, STEP_II or STEP_III");
        }
        LocalDate today = DateFields.today();
        LocalDate decided = DateFields.notFuture(problems, "decidedOn", request.decidedOn(), today);
        CareConference c = request.careConference();
        LocalDate held = null;
        if (c == null) {
            problems.add("careConference", "a step change needs the care conference (vårdkonferens) that decided it");
        } else {
            held = DateFields.notFuture(problems, "careConference.heldOn", c.heldOn(), null);
            if (held == null && c.heldOn() == null) {
                problems.add("careConference.heldOn", "is required");
            }
            if (c.participants() == null || c.participants().stream().noneMatch(s -> s != null && !s.isBlank())) {
                problems.add("careConference.participants", "at least one participant is required");
            }
            problems.require("careConference.decision", c.decision())
                    .maxLength("careConference.decision", c.decision(), MAX_TEXT);
        }
        if (held != null && decided != null && decided.isBefore(held)) {
            problems.add("decidedOn", "is before the care conference was held");
        }
        problems.throwIfAny();
        LocalDate conference = held;
        return write(caller, role, id, "step-changes", (em, p) -> {
            if (!PlacementEntity.ACTIVE.equals(p.status)) {
                throw new ConflictException("Only an active placement changes step (this one is " + p.status + ").");
            }
            StepModel steps = placements.kind(p).steps();
            requireStepChange(steps, p, to, decided);
            StepChangeEntity s = new StepChangeEntity(UUID.randomUUID().toString(), p.id, p.step, to, decided);
            s.conferenceHeldOn = conference;
            s.decision = c.decision().trim();
            c.participants().stream().filter(x -> x != null && !x.isBlank()).map(String::trim)
                    .forEach(s.participants::add);
            s.earlyChange = steps.isEarly(p.step, to, p.stepSince, decided) ? 1 : 0;
            s.recordedBy = caller.user();
            s.recordedAt = System.currentTimeMillis();
            em.persist(s);
            p.step = to;
            p.stepSince = decided;
            return view(s);
        });
    }

    static void requireStepChange(StepModel steps, PlacementEntity p, String to, LocalDate decided) {
        if (steps.isEmpty()) {
            throw new ValidationException("toStep", "this kind has no step model");
        }
        if (steps.rule(to).isEmpty()) {
            throw new ValidationException("toStep", "is not a step of this kind's step model");
        }
        if (to.equals(p.step)) {
            throw new ValidationException("toStep", "the placement is already in " + to);
        }
        if (p.stepSince != null && decided.isBefore(p.stepSince)) {
            throw new ValidationException("decidedOn", "is before the current step began (" + p.stepSince + ")");
        }
    }

    List<StepChangeView> stepChanges(Caller caller, String id) {
        String role = caller.requireAnyRole(Role.BEHANDLARE, Role.HANDLAGGARE, Role.ENHETSCHEF);
        return read(caller, role, id, "step-changes", (em, p) -> em.createQuery("SELECT s FROM StepChangeEntity s "
                + "WHERE s.placementId = :p ORDER BY s.decidedOn, s.recordedAt", StepChangeEntity.class)
                .setParameter("p", p.id).getResultList().stream().map(CaseRecords::view).toList());
    }

    static StepChangeView view(StepChangeEntity s) {
        return new StepChangeView(s.id, s.placementId, s.fromStep, s.toStep, s.decidedOn, s.conferenceHeldOn,
                List.copyOf(s.participants), s.decision, s.earlyChange != 0, s.recordedBy,
                Instant.ofEpochMilli(s.recordedAt));
    }

    // ------------------------------------------------------------------ events from other offerings

    List<CaseEventView> caseEvents(Caller caller, String id) {
        String role = caller.requireAnyRole(Role.BEHANDLARE, Role.HANDLAGGARE, Role.ENHETSCHEF);
        return read(caller, role, id, "events", (em, p) -> em.createQuery("SELECT e FROM CaseEventEntity e "
                + "WHERE e.placementId = :p ORDER BY e.occurredAt, e.id", CaseEventEntity.class)
                .setParameter("p", p.id).getResultList().stream().map(e -> new CaseEventView(e.id, e.placementId,
                        e.source, e.topic, e.detail, e.enrolmentId, Instant.ofEpochMilli(e.occurredAt))).toList());
    }
}
