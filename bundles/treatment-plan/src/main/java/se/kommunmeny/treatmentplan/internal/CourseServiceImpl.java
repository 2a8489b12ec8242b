package se.kommunmeny.treatmentplan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import se.kommunmeny.core.api.audit.AuditAction;
import se.kommunmeny.core.api.audit.AuditEvent;
import se.kommunmeny.core.api.audit.AuditService;
import se.kommunmeny.core.api.municipality.MunicipalityService;
import se.kommunmeny.core.api.person.PersonService;
import se.kommunmeny.core.api.problem.ConflictException;
import se.kommunmeny.core.api.problem.DateFields;
import se.kommunmeny.core.api.problem.NotFoundException;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.treatmentplan.api.AssessmentView;
import se.kommunmeny.treatmentplan.api.Attendance;
import se.kommunmeny.treatmentplan.api.CalendarResult;
import se.kommunmeny.treatmentplan.api.CourseService;
import se.kommunmeny.treatmentplan.api.DrugTestView;
import se.kommunmeny.treatmentplan.api.NewAssessment;
import se.kommunmeny.treatmentplan.api.NewDrugTest;
import se.kommunmeny.treatmentplan.api.NewNote;
import se.kommunmeny.treatmentplan.api.NewReferral;
import se.kommunmeny.treatmentplan.api.NewRelapse;
import se.kommunmeny.treatmentplan.api.NewSession;
import se.kommunmeny.treatmentplan.api.NoteView;
import se.kommunmeny.treatmentplan.api.OutreachOutcome;
import se.kommunmeny.treatmentplan.api.OutreachTaskView;
import se.kommunmeny.treatmentplan.api.ReferralView;
import se.kommunmeny.treatmentplan.api.RelapseView;
import se.kommunmeny.treatmentplan.api.ReportReview;
import se.kommunmeny.treatmentplan.api.ReportView;
import se.kommunmeny.treatmentplan.api.SentDocument;
import se.kommunmeny.treatmentplan.api.SessionView;

/**
 * A client's course through a programme. Sessions, attendance and outreach live here; notes, tests, assessments,
 * relapses and referrals in {@link CourseRecords}; reports in {@link Reports}. Every operation runs as an
 * {@link CourseAccess#attempt attempt}, so refusals are audited too.
 */
@Component(service = CourseService.class)
public class CourseServiceImpl implements CourseService {
    static final Set<String> ATTENDANCE = Set.of("ATTENDED", "NO_SHOW", "CANCELLED", "EXCUSED");
    /** Kinds that may be added after the client completed the programme. */
    static final Set<String> AFTER_COMPLETION = Set.of("RETURN_DAY", "SUPPORT_GROUP", "FOLLOW_UP");
    static final int MAX_PRACTITIONERS = 20;

    private final PlanRepository repository;
    private final AuditService audit;
    private final CourseAccess access;
    private final CourseRecords records;
    private final Reports reports;
    private final Map<String, ConfiguredProgramme> programmes = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin events;

    @Activate
    public CourseServiceImpl(@Reference PlanRepository repository, @Reference AuditService audit,
            @Reference PersonService persons, @Reference MunicipalityService municipality) {
        this.repository = repository;
        this.audit = audit;
        this.access = new CourseAccess(audit);
        this.records = new CourseRecords(repository, access, persons);
        this.reports = new Reports(repository, access, persons, municipality);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addProgramme(ConfiguredProgramme programme) {
        programmes.put(programme.id(), programme);
    }

    void removeProgramme(ConfiguredProgramme programme) {
        programmes.remove(programme.id(), programme);
    }

    private ConfiguredProgramme programme(EnrolmentEntity e) {
        ConfiguredProgramme p = programmes.get(e.programmeId());
        if (p == null) {
            throw new ConflictException("The programme '" + e.programmeId() + "' is not run any more.");
        }
        return p;
    }

    private static String enrolmentResource(String id, String what) {
        return "treatment-plan/enrolment/" + id + "/" + what;
    }

    // ------------------------------------------------------------------ assignment

    @Override
    public List<String> assign(Caller caller, String enrolmentId, List<String> practitioners) {
        return access.attempt(caller, enrolmentResource(enrolmentId, "practitioners"), () -> {
            String role = caller.requireAnyRole(Role.ENHETSCHEF);
            ValidationException.Collector problems = new ValidationException.Collector();
            Set<String> names = new LinkedHashSet<>();
            if (practitioners == null) {
                problems.add("practitioners", "is required (an empty list removes everyone)");
            } else if (practitioners.size() > MAX_PRACTITIONERS) {
                problems.add("practitioners", "at most " + MAX_PRACTITIONERS);
            } else {
                for (int i = 0; i < practitioners.size(); i++) {
                    String name = practitioners.get(i);
                    if (name == null || !name.trim().matches("[A-Za-z0-9._@-]{1,100}")) {
                        problems.add("practitioners[" + i + "]", "is not a user name");
                    } else {
                        names.add(name.trim());
                    }
                }
            }
            problems.throwIfAny();
            return repository.inTransaction(em -> {
                EnrolmentEntity e = CourseAccess.enrolment(em, caller, role, enrolmentId, true);
                em.createQuery("DELETE FROM AssignmentEntity a WHERE a.enrolmentId = :e")
                        .setParameter("e", e.id()).executeUpdate();
                long now = System.currentTimeMillis();
                names.forEach(n -> em.persist(new AssignmentEntity(e.id(), n, now, caller.user())));
                em.flush();
                access.record(caller, role, AuditAction.UPDATE, e, enrolmentResource(e.id(), "practitioners"));
                return CourseAccess.practitioners(em, e.id());
            });
        });
    }

    @Override
    public List<String> practitioners(Caller caller, String enrolmentId) {
        return access.attempt(caller, enrolmentResource(enrolmentId, "practitioners"), () -> {
            String role = caller.requireAnyRole(Role.ENHETSCHEF, Role.HANDLAGGARE, Role.BEHANDLARE);
            return repository.inTransaction(em -> {
                EnrolmentEntity e = CourseAccess.enrolment(em, caller, role, enrolmentId, false);
                access.record(caller, role, AuditAction.READ, e, enrolmentResource(e.id(), "practitioners"));
                return CourseAccess.practitioners(em, e.id());
            });
        });
    }

    // ------------------------------------------------------------------ sessions

    @Override
    public CalendarResult generateCalendar(Caller caller, String enrolmentId, String startDate) {
        return access.attempt(caller, enrolmentResource(enrolmentId, "calendar"), () -> {
            String role = caller.requireAnyRole(Role.BEHANDLARE);
            ValidationException.Collector problems = new ValidationException.Collector();
            LocalDate given = DateFields.parse(problems, "startDate", startDate, null);
            problems.throwIfAny();
            return repository.inTransaction(em -> {
                EnrolmentEntity e = CourseAccess.enrolment(em, caller, role, enrolmentId, true);
                if (!EnrolmentEntity.ACTIVE.equals(e.status())) {
                    throw new ConflictException("Sessions are generated for a client who has a place (the enrolment is "
                            + e.status() + ").");
                }
                boolean aftercare = EnrolmentEntity.AFTERCARE.equals(e.phase());
                LocalDate start = given != null ? given : aftercare ? DateFields.today() : e.grantedFrom();
                if (start.isBefore(e.grantedFrom()) || start.isAfter(e.grantedTo())) {
                    throw new ValidationException("startDate", "must lie in the granted period " + e.grantedFrom()
                            + " - " + e.grantedTo());
                }
                Set<String> existing = new java.util.HashSet<>(em.createQuery("SELECT s.calendarKey FROM SessionEntity s "
                        + "WHERE s.enrolmentId = :e AND s.calendarKey IS NOT NULL", String.class)
                        .setParameter("e", e.id()).getResultList());
                int created = 0;
                int kept = 0;
                int later = 0;
                LocalDate until = null;
                for (ProgrammeCalendar.Planned p : ProgrammeCalendar.plan(programme(e).template(), aftercare, start)) {
                    if (existing.contains(p.key())) {
                        kept++;
                    } else if (p.date().isAfter(e.grantedTo())) {
                        later++;
                    } else {
                        em.persist(new SessionEntity(UUID.randomUUID().toString(), e.id(), p.kind(), p.date(),
                                p.startTime().getHour() * 60 + p.startTime().getMinute(), p.week(), p.phase(),
                                p.theme(), p.key()));
                        created++;
                    }
                    if (!p.date().isAfter(e.grantedTo()) && (until == null || p.date().isAfter(until))) {
                        until = p.date();
                    }
                }
                em.flush();
                access.record(caller, role, AuditAction.CREATE, e, enrolmentResource(e.id(), "calendar"));
                return new CalendarResult(e.id(), e.phase(), created, kept, until, later);
            });
        });
    }

    @Override
    public SessionView addSession(Caller caller, String enrolmentId, NewSession session) {
        return access.attempt(caller, enrolmentResource(enrolmentId, "sessions"), () -> {
            String role = caller.requireAnyRole(Role.BEHANDLARE);
            if (session == null) {
                throw new ValidationException("body", "is required");
            }
            ValidationException.Collector problems = new ValidationException.Collector();
            String kind = session.kind() == null ? null : session.kind().trim().toUpperCase(Locale.ROOT);
            if (kind == null || !ProgrammeTemplate.SESSION_KINDS.contains(kind)) {
                problems.add("kind", "must be one of " + new java.util.TreeSet<>(ProgrammeTemplate.SESSION_KINDS));
            }
            LocalDate date = DateFields.parse(problems, "date", session.date(), null);
            if (date == null && session.date() == null) {
                problems.add("date", "is required");
            }
            LocalTime time = time(problems, session.startTime(), kind);
            problems.maxLength("theme", session.theme(), 200);
            problems.throwIfAny();
            return repository.inTransaction(em -> {
                EnrolmentEntity e = CourseAccess.enrolment(em, caller, role, enrolmentId, false);
                if (EnrolmentEntity.ACTIVE.equals(e.status())) {
                    if (date.isBefore(e.grantedFrom()) || date.isAfter(e.grantedTo())) {
                        throw new ValidationException("date", "is outside the granted period " + e.grantedFrom() + " - "
                                + e.grantedTo());
                    }
                } else if ("COMPLETED".equals(e.status())) {
                    LocalDate end = CourseAccess.lastDay(e);
                    if (!AFTER_COMPLETION.contains(kind)) {
                        throw new ConflictException("After completion only return days, support groups and follow-ups "
                                + "are scheduled.");
                    }
                    if (!date.isAfter(end) || date.isAfter(end.plusMonths(24))) {
                        throw new ValidationException("date", "must fall after the completion on " + end
                                + " and within two years of it");
                    }
                } else {
                    throw new ConflictException("Sessions are scheduled for an active or completed enrolment (this one is "
                            + e.status() + ").");
                }
                SessionEntity s = new SessionEntity(UUID.randomUUID().toString(), e.id(), kind, date,
                        time.getHour() * 60 + time.getMinute(), null, null, CourseAccess.trimmed(session.theme()), null);
                em.persist(s);
                em.flush();
                access.record(caller, role, AuditAction.CREATE, e, "treatment-plan/session/" + s.id);
                return view(s);
            });
        });
    }

    private static LocalTime time(ValidationException.Collector problems, String text, String kind) {
        if (text == null || text.isBlank()) {
            return ProgrammeCalendar.defaultTime(kind == null ? "" : kind);
        }
        try {
            LocalTime t = LocalTime.parse(text.trim());
            if (t.getSecond() != 0 || t.getNano() != 0) {
                problems.add("startTime", "must be written hh:mm");
            }
            return t;
        } catch (DateTimeParseException e) {
            problems.add("startTime", "must be written hh:mm");
            return null;
        }
    }

    @Override
    public List<SessionView> sessions(Caller caller, String enrolmentId, String from, String to) {
        return access.attempt(caller, enrolmentResource(enrolmentId, "sessions"), () -> {
            String role = caller.requireAnyRole(Role.BEHANDLARE, Role.HANDLAGGARE);
            ValidationException.Collector problems = new ValidationException.Collector();
            LocalDate first = DateFields.parse(problems, "from", from, LocalDate.of(1900, 1, 1));
            LocalDate last = DateFields.parse(problems, "to", to, LocalDate.of(9999, 12, 31));
            if (first != null && last != null && last.isBefore(first)) {
                problems.add("to", "is before from");
            }
            problems.throwIfAny();
            return repository.inTransaction(em -> {
                EnrolmentEntity e = CourseAccess.enrolment(em, caller, role, enrolmentId, false);
                access.record(caller, role, AuditAction.READ, e, enrolmentResource(e.id(), "sessions"));
                return em.createQuery("SELECT s FROM SessionEntity s WHERE s.enrolmentId = :e AND s.date >= :f "
                        + "AND s.date <= :t ORDER BY s.date, s.startMinute, s.kind", SessionEntity.class)
                        .setParameter("e", e.id()).setParameter("f", first).setParameter("t", last)
                        .getResultList().stream().map(CourseServiceImpl::view).toList();
            });
        });
    }

    @Override
    public SessionView recordAttendance(Caller caller, String sessionId, Attendance attendance) {
        String resource = "treatment-plan/session/" + sessionId + "/attendance";
        String[] noShow = new String[2];
        SessionView result = access.attempt(caller, resource, () -> {
            String role = caller.requireAnyRole(Role.BEHANDLARE);
            if (attendance == null) {
                throw new ValidationException("body", "is required");
            }
            ValidationException.Collector problems = new ValidationException.Collector();
            String status = attendance.status() == null ? null : attendance.status().trim().toUpperCase(Locale.ROOT);
            if (status == null || !ATTENDANCE.contains(status)) {
                problems.add("status", "must be ATTENDED, NO_SHOW, CANCELLED or EXCUSED");
            }
            problems.maxLength("note", attendance.note(), 2000);
            if (attendance.travelCost() != null && (attendance.travelCost() < 0 || attendance.travelCost() > 100_000)) {
                problems.add("travelCost", "must be between 0 and 100000 kronor");
            }
            if (!TreatmentPlanServiceImpl.isPlanId(sessionId)) {
                problems.add("sessionId", "is not a session id");
            }
            problems.throwIfAny();
            return repository.inTransaction(em -> {
                SessionEntity s = em.find(SessionEntity.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
                if (s == null) {
                    throw new NotFoundException("No session with this id.");
                }
                EnrolmentEntity e = CourseAccess.enrolment(em, caller, role, s.enrolmentId, false);
                if (attendance.version() != null && attendance.version() != s.version) {
                    throw new ConflictException("The session was changed since you read it (now version " + s.version
                            + ").");
                }
                if (!SessionEntity.PLANNED.equals(s.status)) {
                    throw new ConflictException("Attendance at this session is already recorded (" + s.status + ").");
                }
                Instant start = s.date.atTime(s.startMinute / 60, s.startMinute % 60).atZone(DateFields.ZONE).toInstant();
                if (("ATTENDED".equals(status) || "NO_SHOW".equals(status)) && start.isAfter(Instant.now())) {
                    throw new ValidationException("status", "the session has not been held yet (it starts " + s.date
                            + ")");
                }
                if (attendance.travelCost() != null) {
                    if (!"RETURN_DAY".equals(s.kind) || !"ATTENDED".equals(status)) {
                        throw new ValidationException("travelCost", "is paid only for an attended return day");
                    }
                    Integer cap = returnDayCap(e);
                    s.travelClaimed = attendance.travelCost();
                    s.travelReimbursed = cap == null ? attendance.travelCost() : Math.min(cap, attendance.travelCost());
                }
                s.status = status;
                s.attendanceNote = CourseAccess.trimmed(attendance.note());
                s.recordedBy = caller.user();
                s.recordedAt = System.currentTimeMillis();
                if ("NO_SHOW".equals(status)) {
                    openOutreach(em, e, s, 1, start);
                    noShow[0] = e.id();
                    noShow[1] = e.programmeId();
                }
                em.flush();
                access.record(caller, role, AuditAction.UPDATE, e, resource);
                return view(s);
            });
        });
        if (noShow[0] != null) {
            post(TOPIC_NO_SHOW, Map.of("enrolment.id", noShow[0], "session.id", result.id(), "programme.id", noShow[1]));
        }
        return result;
    }

    private Integer returnDayCap(EnrolmentEntity e) {
        ConfiguredProgramme p = programmes.get(e.programmeId());
        return p == null || p.template().returnDays == null ? null : p.template().returnDays.travelCostCap;
    }

    private List<ProgrammeTemplate.OutreachStep> ladder(EnrolmentEntity e) {
        ConfiguredProgramme p = programmes.get(e.programmeId());
        return p == null ? new ProgrammeTemplate().outreach : p.outreach();
    }

    /** Opens outreach at {@code level} of the programme's ladder, due a number of hours after {@code from}. */
    private OutreachTaskEntity openOutreach(EntityManager em, EnrolmentEntity e, SessionEntity s, int level,
            Instant from) {
        List<ProgrammeTemplate.OutreachStep> ladder = ladder(e);
        ProgrammeTemplate.OutreachStep step = ladder.get(Math.min(level, ladder.size()) - 1);
        OutreachTaskEntity task = new OutreachTaskEntity(UUID.randomUUID().toString(), e.id(), s.id, level,
                step.method, from.plusSeconds(3600L * step.withinHours).toEpochMilli(), System.currentTimeMillis());
        em.persist(task);
        return task;
    }

    // ------------------------------------------------------------------ outreach

    @Override
    public List<OutreachTaskView> outreachTasks(Caller caller, String status) {
        return access.attempt(caller, "treatment-plan/outreach", () -> {
            String role = caller.requireAnyRole(Role.BEHANDLARE, Role.HANDLAGGARE, Role.ENHETSCHEF);
            String wanted = status == null || status.isBlank() ? null : status.trim().toUpperCase(Locale.ROOT);
            if (wanted != null && !Set.of(OutreachTaskEntity.OPEN, OutreachTaskEntity.REACHED,
                    OutreachTaskEntity.NOT_REACHED, OutreachTaskEntity.ESCALATED).contains(wanted)) {
                throw new ValidationException("status", "must be OPEN, REACHED, NOT_REACHED or ESCALATED");
            }
            return repository.inTransaction(em -> {
                String jpql = "SELECT t FROM OutreachTaskEntity t WHERE " + (wanted == null ? "1 = 1" : "t.status = :s")
                        + (Role.BEHANDLARE.equals(role) ? " AND EXISTS (SELECT a FROM AssignmentEntity a WHERE "
                                + "a.enrolmentId = t.enrolmentId AND a.practitioner = :u)" : "")
                        + " ORDER BY t.dueAt, t.id";
                var query = em.createQuery(jpql, OutreachTaskEntity.class).setMaxResults(1000);
                if (wanted != null) {
                    query.setParameter("s", wanted);
                }
                if (Role.BEHANDLARE.equals(role)) {
                    query.setParameter("u", caller.user());
                }
                List<OutreachTaskEntity> tasks = query.getResultList();
                audit.record(new AuditEvent(caller, role, AuditAction.SEARCH, null, "treatment-plan/outreach",
                        "status=" + wanted));
                return tasks.stream().map(CourseServiceImpl::view).toList();
            });
        });
    }

    @Override
    public OutreachTaskView recordOutreach(Caller caller, String taskId, OutreachOutcome outcome) {
        String resource = "treatment-plan/outreach/" + taskId;
        return access.attempt(caller, resource, () -> {
            String role = caller.requireAnyRole(Role.BEHANDLARE, Role.HANDLAGGARE);
            if (outcome == null) {
                throw new ValidationException("body", "is required");
            }
            ValidationException.Collector problems = new ValidationException.Collector();
            if (outcome.reached() == null) {
                problems.add("reached", "is required: was the client reached?");
            }
            problems.require("note", outcome.note()).maxLength("note", outcome.note(), 2000);
            if (!TreatmentPlanServiceImpl.isPlanId(taskId)) {
                problems.add("taskId", "is not an outreach task id");
            }
            problems.throwIfAny();
            return repository.inTransaction(em -> {
                OutreachTaskEntity task = em.find(OutreachTaskEntity.class, taskId, LockModeType.PESSIMISTIC_WRITE);
                if (task == null) {
                    throw new NotFoundException("No outreach task with this id.");
                }
                if (Role.HANDLAGGARE.equals(role) && !"CASE_OFFICER".equals(task.method)) {
                    throw new se.kommunmeny.core.api.problem.AccessDeniedException(
                            "A case officer records only the outreach handed to the case officer.");
                }
                EnrolmentEntity e = CourseAccess.enrolment(em, caller, role, task.enrolmentId, false);
                if (!OutreachTaskEntity.OPEN.equals(task.status)) {
                    throw new ConflictException("This outreach is already recorded (" + task.status + ").");
                }
                task.status = outcome.reached() ? OutreachTaskEntity.REACHED : OutreachTaskEntity.NOT_REACHED;
                task.outcome = outcome.note().trim();
                task.doneBy = caller.user();
                task.doneAt = System.currentTimeMillis();
                if (!outcome.reached() && task.level < ladder(e).size()) {
                    SessionEntity s = em.find(SessionEntity.class, task.sessionId);
                    task.nextTaskId = openOutreach(em, e, s, task.level + 1, Instant.now()).id;
                }
                em.flush();
                access.record(caller, role, AuditAction.UPDATE, e, resource);
                return view(task);
            });
        });
    }

    @Override
    public int escalateOverdue(Caller caller) {
        return access.attempt(caller, "treatment-plan/outreach/escalation", () -> {
            String role = caller.requireAnyRole(Role.ENHETSCHEF, Role.BEHANDLARE);
            return escalate(caller, role);
        });
    }

    /** Escalates every open outreach task past its deadline that has a next level; the sweep calls this too. */
    int escalate(Caller caller, String role) {
        List<String[]> escalated = new ArrayList<>();
        int count = repository.inTransaction(em -> {
            List<OutreachTaskEntity> overdue = em.createQuery("SELECT t FROM OutreachTaskEntity t WHERE t.status = :s "
                    + "AND t.dueAt < :now ORDER BY t.dueAt", OutreachTaskEntity.class)
                    .setParameter("s", OutreachTaskEntity.OPEN).setParameter("now", System.currentTimeMillis())
                    .setMaxResults(500).getResultList();
            int n = 0;
            for (OutreachTaskEntity task : overdue) {
                EnrolmentEntity e = em.find(EnrolmentEntity.class, task.enrolmentId);
                if (task.level >= ladder(e).size()) {
                    continue;
                }
                em.lock(task, LockModeType.PESSIMISTIC_WRITE);
                if (!OutreachTaskEntity.OPEN.equals(task.status)) {
                    continue;
                }
                task.status = OutreachTaskEntity.ESCALATED;
                task.doneAt = System.currentTimeMillis();
                task.doneBy = caller.user();
                SessionEntity s = em.find(SessionEntity.class, task.sessionId);
                OutreachTaskEntity next = openOutreach(em, e, s, task.level + 1, Instant.now());
                task.nextTaskId = next.id;
                access.record(caller, role, AuditAction.UPDATE, e, "treatment-plan/outreach/" + task.id + "/escalated");
                escalated.add(new String[] {e.id(), String.valueOf(next.level), next.method});
                n++;
            }
            em.flush();
            return n;
        });
        for (String[] e : escalated) {
            post(TOPIC_OUTREACH_ESCALATED, Map.of("enrolment.id", e[0], "level", Integer.valueOf(e[1]), "method", e[2]));
        }
        return count;
    }

    // ------------------------------------------------------------------ records, reports, return days

    @Override
    public NoteView addNote(Caller caller, String enrolmentId, NewNote note) {
        return access.attempt(caller, enrolmentResource(enrolmentId, "notes"), () -> records.addNote(caller, enrolmentId, note));
    }

    @Override
    public List<NoteView> notes(Caller caller, String enrolmentId) {
        return access.attempt(caller, enrolmentResource(enrolmentId, "notes"), () -> records.notes(caller, enrolmentId));
    }

    @Override
    public DrugTestView recordDrugTest(Caller caller, String enrolmentId, NewDrugTest test) {
        return access.attempt(caller, enrolmentResource(enrolmentId, "drug-tests"),
                () -> records.recordDrugTest(caller, enrolmentId, test));
    }

    @Override
    public List<DrugTestView> drugTests(Caller caller, String enrolmentId) {
        return access.attempt(caller, enrolmentResource(enrolmentId, "drug-tests"),
                () -> records.drugTests(caller, enrolmentId));
    }

    @Override
    public AssessmentView recordAssessment(Caller caller, String enrolmentId, NewAssessment assessment) {
        return access.attempt(caller, enrolmentResource(enrolmentId, "assessments"),
                () -> records.recordAssessment(caller, enrolmentId, assessment));
    }

    @Override
    public List<AssessmentView> assessments(Caller caller, String enrolmentId) {
        return access.attempt(caller, enrolmentResource(enrolmentId, "assessments"),
                () -> records.assessments(caller, enrolmentId));
    }

    @Override
    public RelapseView recordRelapse(Caller caller, String enrolmentId, NewRelapse relapse) {
        RelapseView view = access.attempt(caller, enrolmentResource(enrolmentId, "relapses"),
                () -> records.recordRelapse(caller, enrolmentId, relapse));
        EnrolmentEntity enrolment = repository.inTransaction(em -> em.find(EnrolmentEntity.class, view.enrolmentId()));
        post(TOPIC_RELAPSE, Map.of("enrolment.id", view.enrolmentId(), "programme.id", enrolment.programmeId(),
                "person.ref", enrolment.personRef(), "kind", view.kind()));
        return view;
    }

    @Override
    public List<RelapseView> relapses(Caller caller, String enrolmentId) {
        return access.attempt(caller, enrolmentResource(enrolmentId, "relapses"), () -> records.relapses(caller, enrolmentId));
    }

    @Override
    public ReferralView refer(Caller caller, String enrolmentId, NewReferral referral) {
        return access.attempt(caller, enrolmentResource(enrolmentId, "referrals"),
                () -> records.refer(caller, enrolmentId, referral));
    }

    @Override
    public List<ReferralView> referrals(Caller caller, String enrolmentId) {
        return access.attempt(caller, enrolmentResource(enrolmentId, "referrals"), () -> records.referrals(caller, enrolmentId));
    }

    @Override
    public ReportView generateReport(Caller caller, String enrolmentId, String kind, String month) {
        return access.attempt(caller, enrolmentResource(enrolmentId, "reports"), () -> reports.generate(caller, enrolmentId,
                kind, month, id -> programmes.get(id)));
    }

    @Override
    public ReportView review(Caller caller, String reportId, ReportReview review) {
        return access.attempt(caller, "treatment-plan/report/" + reportId, () -> reports.review(caller, reportId, review));
    }

    @Override
    public ReportView send(Caller caller, String reportId) {
        ReportView sent = access.attempt(caller, "treatment-plan/report/" + reportId + "/sent",
                () -> reports.send(caller, reportId));
        post(TOPIC_REPORT_SENT, reports.sentEvent(sent));
        return sent;
    }

    @Override
    public List<SentDocument> sentDocuments(Caller caller, long afterMillis, String afterId, int limit) {
        return access.attempt(caller, "treatment-plan/sent-documents",
                () -> reports.sentDocuments(caller, afterMillis, afterId, limit));
    }

    @Override
    public ReportView report(Caller caller, String reportId) {
        return access.attempt(caller, "treatment-plan/report/" + reportId, () -> reports.get(caller, reportId));
    }

    @Override
    public List<ReportView> reports(Caller caller, String enrolmentId) {
        return access.attempt(caller, enrolmentResource(enrolmentId, "reports"), () -> reports.list(caller, enrolmentId));
    }

    @Override
    public String reportDocument(Caller caller, String reportId) {
        return access.attempt(caller, "treatment-plan/report/" + reportId, () -> reports.document(caller, reportId));
    }

    @Override
    public String fhirBundle(Caller caller, String enrolmentId) {
        return access.attempt(caller, enrolmentResource(enrolmentId, "fhir"),
                () -> reports.fhir(caller, enrolmentId, id -> programmes.get(id)));
    }

    @Override
    public List<SessionView> scheduleReturnDays(Caller caller, String enrolmentId, String firstDate) {
        return access.attempt(caller, enrolmentResource(enrolmentId, "return-days"), () -> {
            String role = caller.requireAnyRole(Role.BEHANDLARE);
            ValidationException.Collector problems = new ValidationException.Collector();
            LocalDate first = DateFields.parse(problems, "firstDate", firstDate, null);
            problems.throwIfAny();
            return repository.inTransaction(em -> {
                EnrolmentEntity e = CourseAccess.enrolment(em, caller, role, enrolmentId, true);
                if (!"COMPLETED".equals(e.status())) {
                    throw new ConflictException("Return days are offered to a client who completed the programme.");
                }
                ProgrammeTemplate.ReturnDays days = programme(e).template().returnDays;
                if (days == null) {
                    throw new ConflictException("The programme offers no return days.");
                }
                LocalDate end = CourseAccess.lastDay(e);
                LocalDate start = first != null ? first : end.plusMonths(1).withDayOfMonth(1);
                if (!start.isAfter(end) || start.isAfter(end.plusMonths(3))) {
                    throw new ValidationException("firstDate", "must fall after the completion on " + end
                            + " and within three months of it");
                }
                Set<String> existing = new java.util.HashSet<>(em.createQuery("SELECT s.calendarKey FROM SessionEntity s "
                        + "WHERE s.enrolmentId = :e AND s.kind = 'RETURN_DAY'", String.class)
                        .setParameter("e", e.id()).getResultList());
                for (int i = 1; i <= days.months; i++) {
                    String key = "RETURN_DAY|" + i;
                    if (!existing.contains(key)) {
                        LocalDate date = start.plusMonths(i - 1);
                        em.persist(new SessionEntity(UUID.randomUUID().toString(), e.id(), "RETURN_DAY", date, 10 * 60,
                                null, "Återvändardag", "Återvändardag " + i + " av " + days.months
                                        + " (resekostnad upp till " + days.travelCostCap + " kr)", key));
                    }
                }
                em.flush();
                access.record(caller, role, AuditAction.CREATE, e, enrolmentResource(e.id(), "return-days"));
                return em.createQuery("SELECT s FROM SessionEntity s WHERE s.enrolmentId = :e AND s.kind = 'RETURN_DAY' "
                        + "ORDER BY s.date", SessionEntity.class).setParameter("e", e.id()).getResultList().stream()
                        .map(CourseServiceImpl::view).toList();
            });
        });
    }

    // ------------------------------------------------------------------ views and events

    static SessionView view(SessionEntity s) {
        return new SessionView(s.id, s.enrolmentId, s.kind, s.date, LocalTime.of(s.startMinute / 60, s.startMinute % 60),
                s.week, s.phase, s.theme, s.status, s.attendanceNote, s.recordedBy,
                s.recordedAt == null ? null : Instant.ofEpochMilli(s.recordedAt), s.calendarKey != null
                        && !s.calendarKey.startsWith("RETURN_DAY"), s.travelClaimed, s.travelReimbursed, s.version);
    }

    static OutreachTaskView view(OutreachTaskEntity t) {
        return new OutreachTaskView(t.id, t.enrolmentId, t.sessionId, t.level, t.method, Instant.ofEpochMilli(t.dueAt),
                t.status, t.outcome, t.doneBy, t.doneAt == null ? null : Instant.ofEpochMilli(t.doneAt), t.nextTaskId,
                t.version);
    }

    void post(String topic, Map<String, Object> properties) {
        EventAdmin ea = events;
        if (ea != null) {
            ea.postEvent(new Event(topic, new HashMap<>(properties)));
        }
    }
}
