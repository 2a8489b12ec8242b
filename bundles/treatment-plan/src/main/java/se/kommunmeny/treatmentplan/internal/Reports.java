package se.kommunmeny.treatmentplan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.LRUMap;

import se.kommunmeny.core.api.audit.AuditAction;
import se.kommunmeny.core.api.municipality.Municipality;
import se.kommunmeny.core.api.municipality.MunicipalityService;
import se.kommunmeny.core.api.person.PersonReferences;
import se.kommunmeny.core.api.person.PersonService;
import se.kommunmeny.core.api.person.PersonView;
import se.kommunmeny.core.api.problem.ConflictException;
import se.kommunmeny.core.api.problem.DateFields;
import se.kommunmeny.core.api.problem.NotFoundException;
import se.kommunmeny.core.api.problem.UnavailableException;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.treatmentplan.internal.export.PlanDocument;
import se.kommunmeny.treatmentplan.api.PlanContent;
import se.kommunmeny.treatmentplan.api.PlanView;
import se.kommunmeny.treatmentplan.api.ReportReview;
import se.kommunmeny.treatmentplan.api.ReportView;
import se.kommunmeny.treatmentplan.api.ReportView.AttendanceCount;
import se.kommunmeny.treatmentplan.api.ReportView.GoalProgress;
import se.kommunmeny.treatmentplan.api.ReportView.SkillRating;
import se.kommunmeny.treatmentplan.api.SentDocument;
import se.kommunmeny.treatmentplan.api.SessionView;
import se.kommunmeny.treatmentplan.internal.export.CourseExport;
import se.kommunmeny.treatmentplan.internal.export.FhirExport;
import se.kommunmeny.treatmentplan.internal.export.ReportDocument;

/**
 * Reports to the commissioner: generated from what the course recorded (attendance, goals of the current plan,
 * drug tests, relapses, outreach, assessments), completed and reviewed by the practitioner, then sent. A monthly
 * report is written for a month that has ended; a closing report when the enrolment has ended.
 */
final class Reports {
    static final Set<String> KINDS = Set.of("ARRIVAL", "MONTHLY", "CLOSING");
    static final Set<String> SKILL_AREAS = Set.of("HOUSING", "OCCUPATION", "ECONOMY", "NETWORK", "HEALTH",
            "DAILY_LIVING");
    /** Re-entry skills every monthly report rates (housing, occupation, network: the re-entry plan's parts). */
    static final List<String> REQUIRED_MONTHLY_SKILLS = List.of("HOUSING", "OCCUPATION", "NETWORK");
    // Its own type cache: Jackson's shared one would keep this bundle's classes after it is uninstalled.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setTypeFactory(TypeFactory.defaultInstance().withCache(new LRUMap<Object, JavaType>(16, 200)))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The stored body of a report. */
    record Body(String periodFrom, String periodTo, String programmeName, String commissionerCode,
            String commissionerName, String legalBasis, String enrolmentStatus, String startSituation,
            List<AttendanceCount> attendance, List<GoalProgress> goals, List<SkillRating> skills, int drugTests,
            int positiveDrugTests, int relapses, int outreachTasks, List<String> assessments, String summary) {
    }

    private final PlanRepository repository;
    private final CourseAccess access;
    private final PersonService persons;
    private final MunicipalityService municipality;

    Reports(PlanRepository repository, CourseAccess access, PersonService persons, MunicipalityService municipality) {
        this.repository = repository;
        this.access = access;
        this.persons = persons;
        this.municipality = municipality;
    }

    /** The enrolment's plan: the open one, else the latest written. */
    static PlanEntity currentPlan(EntityManager em, String enrolmentId) {
        List<PlanEntity> plans = em.createQuery("SELECT p FROM PlanEntity p WHERE p.enrolmentId = :e "
                + "ORDER BY p.createdAt DESC", PlanEntity.class).setParameter("e", enrolmentId).getResultList();
        return plans.stream().filter(p -> PlanEntity.ACTIVE.equals(p.status())).findFirst()
                .orElse(plans.isEmpty() ? null : plans.get(0));
    }

    /** The plan's current content, or {@code null} before its first revision. */
    static PlanContent content(EntityManager em, PlanEntity plan) {
        if (plan.revision() == 0) {
            return null;
        }
        List<PlanRevisionEntity> current = em.createQuery("SELECT r FROM PlanRevisionEntity r WHERE r.planId = :p "
                + "AND r.revision = :r", PlanRevisionEntity.class).setParameter("p", plan.id())
                .setParameter("r", plan.revision()).getResultList();
        return current.isEmpty() ? null : PlanContents.read(current.get(0).content());
    }

    ReportView generate(Caller caller, String enrolmentId, String kindText, String monthText,
            Function<String, ConfiguredProgramme> programmes) {
        String role = caller.requireAnyRole(Role.BEHANDLARE);
        ValidationException.Collector problems = new ValidationException.Collector();
        String kind = kindText == null ? null : kindText.trim().toUpperCase(Locale.ROOT);
        if (kind == null || !KINDS.contains(kind)) {
            problems.add("kind", "must be ARRIVAL, MONTHLY or CLOSING");
        }
        YearMonth month = null;
        if ("MONTHLY".equals(kind)) {
            try {
                month = YearMonth.parse(monthText == null ? "" : monthText.trim());
            } catch (DateTimeParseException e) {
                problems.add("month", "is required for a monthly report, written yyyy-mm");
            }
            if (month != null && !month.atEndOfMonth().isBefore(DateFields.today())) {
                problems.add("month", "has not ended yet: a monthly report covers a whole month");
            }
        } else if (monthText != null && !monthText.isBlank()) {
            problems.add("month", "belongs only to a monthly report");
        }
        problems.throwIfAny();
        YearMonth reportMonth = month;
        return repository.inTransaction(em -> {
            EnrolmentEntity e = CourseAccess.enrolment(em, caller, role, enrolmentId, true);
            LocalDate last = CourseAccess.lastDay(e);
            LocalDate from;
            LocalDate to;
            String periodKey;
            switch (kind) {
                case "ARRIVAL" -> {
                    if (EnrolmentEntity.WAITING.equals(e.status())) {
                        throw new ConflictException("The client has not arrived: the enrolment is on the waiting list.");
                    }
                    from = e.grantedFrom();
                    to = min(from.plusDays(6), last);
                    periodKey = "ARRIVAL";
                }
                case "MONTHLY" -> {
                    from = max(reportMonth.atDay(1), e.grantedFrom());
                    to = min(reportMonth.atEndOfMonth(), last);
                    if (to.isBefore(from) || EnrolmentEntity.WAITING.equals(e.status())) {
                        throw new ValidationException("month", "is outside the client's course (" + e.grantedFrom()
                                + " - " + last + ")");
                    }
                    periodKey = reportMonth.toString();
                }
                default -> {
                    if (!CourseAccess.ended(e)) {
                        throw new ConflictException("A closing report is written when the enrolment has ended.");
                    }
                    from = e.grantedFrom();
                    to = last;
                    periodKey = "CLOSING";
                }
            }
            Long existing = em.createQuery("SELECT COUNT(r) FROM ReportEntity r WHERE r.enrolmentId = :e AND r.kind = :k "
                    + "AND r.periodKey = :p", Long.class).setParameter("e", e.id()).setParameter("k", kind)
                    .setParameter("p", periodKey).getSingleResult();
            if (existing > 0) {
                throw new ConflictException("This report is already written for this client and period; review it instead.");
            }
            ConfiguredProgramme programme = programmes.apply(e.programmeId());
            Body body = collect(em, e, from, to, programme == null ? e.programmeId() : programme.name(), kind);
            ReportEntity report = new ReportEntity(UUID.randomUUID().toString(), e.id(), kind, periodKey, store(body),
                    caller.user(), System.currentTimeMillis());
            em.persist(report);
            em.flush();
            access.record(caller, role, AuditAction.CREATE, e, "treatment-plan/report/" + report.id);
            return view(report, read(report.content));
        });
    }

    private static Body collect(EntityManager em, EnrolmentEntity e, LocalDate from, LocalDate to, String programmeName,
            String kind) {
        List<SessionEntity> sessions = em.createQuery("SELECT s FROM SessionEntity s WHERE s.enrolmentId = :e "
                + "AND s.date >= :f AND s.date <= :t", SessionEntity.class).setParameter("e", e.id())
                .setParameter("f", from).setParameter("t", to).getResultList();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (SessionEntity s : sessions) {
            int[] c = counts.computeIfAbsent(s.kind, k -> new int[5]);
            switch (s.status) {
                case "ATTENDED" -> c[1]++;
                case "NO_SHOW" -> c[2]++;
                case "CANCELLED" -> c[3]++;
                case "EXCUSED" -> c[4]++;
                default -> c[0]++;
            }
        }
        List<AttendanceCount> attendance = counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(x -> new AttendanceCount(x.getKey(), x.getValue()[0] + x.getValue()[1] + x.getValue()[2]
                        + x.getValue()[3] + x.getValue()[4], x.getValue()[1], x.getValue()[2], x.getValue()[3],
                        x.getValue()[4])).toList();
        PlanEntity plan = currentPlan(em, e.id());
        PlanContent content = plan == null ? null : content(em, plan);
        List<GoalProgress> goals = new ArrayList<>();
        if (content != null) {
            nullSafe(content.longTermGoals()).forEach(g -> goals.add(new GoalProgress(g, null)));
            nullSafe(content.subGoals()).forEach(g -> goals.add(new GoalProgress(g, null)));
        } else if (plan != null) {
            plan.goals().forEach(g -> goals.add(new GoalProgress(g, null)));
        }
        List<DrugTestEntity> tests = em.createQuery("SELECT t FROM DrugTestEntity t WHERE t.enrolmentId = :e "
                + "AND t.takenOn >= :f AND t.takenOn <= :t", DrugTestEntity.class).setParameter("e", e.id())
                .setParameter("f", from).setParameter("t", to).getResultList();
        long relapses = em.createQuery("SELECT COUNT(r) FROM RelapseEntity r WHERE r.enrolmentId = :e "
                + "AND r.occurredOn >= :f AND r.occurredOn <= :t", Long.class).setParameter("e", e.id())
                .setParameter("f", from).setParameter("t", to).getSingleResult();
        Set<String> sessionIds = new HashSet<>();
        sessions.forEach(s -> sessionIds.add(s.id));
        long outreach = em.createQuery("SELECT t FROM OutreachTaskEntity t WHERE t.enrolmentId = :e",
                OutreachTaskEntity.class).setParameter("e", e.id()).getResultList().stream()
                .filter(t -> sessionIds.contains(t.sessionId)).count();
        LocalDate assessedFrom = "ARRIVAL".equals(kind) ? LocalDate.of(1900, 1, 1) : from;
        List<String> assessments = em.createQuery("SELECT a FROM AssessmentEntity a WHERE a.enrolmentId = :e "
                + "AND a.takenOn >= :f AND a.takenOn <= :t ORDER BY a.takenOn", AssessmentEntity.class)
                .setParameter("e", e.id()).setParameter("f", assessedFrom).setParameter("t", to).getResultList()
                .stream().map(a -> a.instrument + " " + a.takenOn + ": " + a.score + " (" + a.level + ")").toList();
        return new Body(from.toString(), to.toString(), programmeName, e.commissionerCode(), e.commissionerName(),
                e.legalBasis(), e.status(), content == null ? null : content.startSituation(), attendance, goals,
                List.of(), tests.size(), (int) tests.stream().filter(t -> t.anyPositive == 1).count(), (int) relapses,
                (int) outreach, assessments, null);
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    ReportView review(Caller caller, String reportId, ReportReview review) {
        String role = caller.requireAnyRole(Role.BEHANDLARE);
        if (review == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        if (review.version() == null) {
            problems.add("version", "is required: the version of the report you read");
        }
        problems.maxLength("summary", review.summary(), 4000);
        problems.throwIfAny();
        return repository.inTransaction(em -> {
            ReportEntity report = find(em, reportId, true);
            EnrolmentEntity e = CourseAccess.enrolment(em, caller, role, report.enrolmentId, false);
            if (ReportEntity.SENT.equals(report.status)) {
                throw new ConflictException("The report has been sent; it is kept as sent.");
            }
            if (report.version != review.version()) {
                throw new ConflictException("The report was changed since you read it (now version " + report.version
                        + ").");
            }
            Body body = read(report.content);
            ValidationException.Collector p = new ValidationException.Collector();
            List<GoalProgress> given = review.goals() == null ? List.of() : review.goals();
            List<GoalProgress> goals = new ArrayList<>();
            for (int i = 0; i < body.goals().size(); i++) {
                String goal = body.goals().get(i).goal();
                GoalProgress match = given.stream().filter(g -> g != null && goal.equals(g.goal())).findFirst().orElse(null);
                if (match == null || match.progress() == null || match.progress().isBlank()) {
                    p.add("goals[" + i + "]", "progress on the goal '" + goal + "' is required");
                } else {
                    p.maxLength("goals[" + i + "].progress", match.progress(), 2000);
                    goals.add(new GoalProgress(goal, match.progress().trim()));
                }
            }
            for (int i = 0; i < given.size(); i++) {
                GoalProgress g = given.get(i);
                if (g == null || body.goals().stream().noneMatch(b -> b.goal().equals(g.goal()))) {
                    p.add("goals[" + i + "]", "is not a goal of the client's plan");
                }
            }
            List<SkillRating> skills = review.skills() == null ? List.of() : review.skills();
            Set<String> rated = new HashSet<>();
            for (int i = 0; i < skills.size(); i++) {
                SkillRating s = skills.get(i);
                if (s == null || s.area() == null || !SKILL_AREAS.contains(s.area())) {
                    p.add("skills[" + i + "].area", "must be one of " + new java.util.TreeSet<>(SKILL_AREAS));
                } else if (!rated.add(s.area())) {
                    p.add("skills[" + i + "].area", "is rated twice");
                }
                if (s != null && (s.rating() < 1 || s.rating() > 5)) {
                    p.add("skills[" + i + "].rating", "must be 1 (needs full support) to 5 (manages on their own)");
                }
                if (s != null) {
                    p.maxLength("skills[" + i + "].comment", s.comment(), 1000);
                }
            }
            if ("MONTHLY".equals(report.kind)) {
                for (String area : REQUIRED_MONTHLY_SKILLS) {
                    if (!rated.contains(area)) {
                        p.add("skills", "a monthly report rates the re-entry skill " + area);
                    }
                }
            }
            if ("CLOSING".equals(report.kind) && (review.summary() == null || review.summary().isBlank())) {
                p.add("summary", "a closing report needs a summary");
            }
            p.throwIfAny();
            Body reviewed = new Body(body.periodFrom(), body.periodTo(), body.programmeName(), body.commissionerCode(),
                    body.commissionerName(), body.legalBasis(), body.enrolmentStatus(), body.startSituation(),
                    body.attendance(), goals, List.copyOf(skills), body.drugTests(), body.positiveDrugTests(),
                    body.relapses(), body.outreachTasks(), body.assessments(), CourseAccess.trimmed(review.summary()));
            report.content = store(reviewed);
            report.status = ReportEntity.REVIEWED;
            report.reviewedBy = caller.user();
            report.reviewedAt = System.currentTimeMillis();
            em.flush();
            access.record(caller, role, AuditAction.UPDATE, e, "treatment-plan/report/" + report.id + "/review");
            return view(report, reviewed);
        });
    }

    ReportView send(Caller caller, String reportId) {
        String role = caller.requireAnyRole(Role.BEHANDLARE);
        return repository.inTransaction(em -> {
            ReportEntity report = find(em, reportId, true);
            EnrolmentEntity e = CourseAccess.enrolment(em, caller, role, report.enrolmentId, false);
            if (ReportEntity.SENT.equals(report.status)) {
                throw new ConflictException("The report has already been sent.");
            }
            if (!ReportEntity.REVIEWED.equals(report.status)) {
                throw new ConflictException("Only a reviewed report is sent: review the draft first.");
            }
            report.status = ReportEntity.SENT;
            report.sentAt = System.currentTimeMillis();
            report.sentTo = e.commissionerCode();
            em.flush();
            access.record(caller, role, AuditAction.UPDATE, e, "treatment-plan/report/" + report.id + "/sent");
            return view(report, read(report.content));
        });
    }

    ReportView get(Caller caller, String reportId) {
        String role = caller.requireAnyRole(Role.BEHANDLARE, Role.HANDLAGGARE);
        return repository.inTransaction(em -> {
            ReportEntity report = find(em, reportId, false);
            EnrolmentEntity e = CourseAccess.enrolment(em, caller, role, report.enrolmentId, false);
            access.record(caller, role, AuditAction.READ, e, "treatment-plan/report/" + report.id);
            return view(report, read(report.content));
        });
    }

    List<ReportView> list(Caller caller, String enrolmentId) {
        String role = caller.requireAnyRole(Role.BEHANDLARE, Role.HANDLAGGARE);
        return repository.inTransaction(em -> {
            EnrolmentEntity e = CourseAccess.enrolment(em, caller, role, enrolmentId, false);
            access.record(caller, role, AuditAction.READ, e, "treatment-plan/enrolment/" + e.id() + "/reports");
            return em.createQuery("SELECT r FROM ReportEntity r WHERE r.enrolmentId = :e ORDER BY r.generatedAt, r.id",
                    ReportEntity.class).setParameter("e", e.id()).getResultList().stream()
                    .map(r -> view(r, read(r.content))).toList();
        });
    }

    /** The properties of the event that tells other offerings a report was sent to its commissioner. */
    Map<String, Object> sentEvent(ReportView report) {
        String personRef = repository.inTransaction(em -> em.find(EnrolmentEntity.class, report.enrolmentId())
                .personRef());
        Map<String, Object> properties = new HashMap<>();
        properties.put("report.id", report.id());
        properties.put("enrolment.id", report.enrolmentId());
        properties.put("person.ref", personRef);
        properties.put("commissioner.code", report.sentTo() == null ? "" : report.sentTo());
        properties.put("kind", report.kind());
        properties.put("month", report.month() == null ? "" : report.month());
        return properties;
    }

    /** Plans and reports sent to commissioners after a point in time, oldest first; each one audited as read. */
    List<SentDocument> sentDocuments(Caller caller, long afterMillis, String afterId, int limit) {
        String role = caller.requireAnyRole(Role.HANDLAGGARE);
        if (limit < 1 || limit > 500) {
            throw new ValidationException("limit", "must be between 1 and 500");
        }
        String after = afterId == null ? "" : afterId;
        String provider = municipality.current().map(Municipality::name).orElse("");
        return repository.inTransaction(em -> {
            List<Object[]> found = new ArrayList<>();
            em.createQuery("SELECT r FROM ReportEntity r WHERE r.status = :s AND (r.sentAt > :t OR (r.sentAt = :t "
                    + "AND r.id > :id)) ORDER BY r.sentAt, r.id", ReportEntity.class).setParameter("s", ReportEntity.SENT)
                    .setParameter("t", afterMillis).setParameter("id", after).setMaxResults(limit).getResultList()
                    .forEach(r -> found.add(new Object[] {r.sentAt, r.id, r}));
            em.createQuery("SELECT p FROM PlanEntity p WHERE p.sentAt IS NOT NULL AND (p.sentAt > :t OR (p.sentAt = :t "
                    + "AND p.id > :id)) ORDER BY p.sentAt, p.id", PlanEntity.class).setParameter("t", afterMillis)
                    .setParameter("id", after).setMaxResults(limit).getResultList()
                    .forEach(p -> found.add(new Object[] {p.sentAtMillis(), p.id(), p}));
            found.sort(java.util.Comparator.<Object[], Long>comparing(o -> (Long) o[0]).thenComparing(o -> (String) o[1]));
            List<SentDocument> documents = new ArrayList<>();
            for (Object[] o : found.subList(0, Math.min(limit, found.size()))) {
                if (o[2] instanceof ReportEntity r) {
                    EnrolmentEntity e = em.find(EnrolmentEntity.class, r.enrolmentId);
                    ReportView view = view(r, read(r.content));
                    access.record(caller, role, AuditAction.READ, e, "treatment-plan/report/" + r.id + "/forwarded");
                    documents.add(new SentDocument(r.id, r.kind, view.month(), e.personRef(), e.id(), r.sentTo,
                            Instant.ofEpochMilli(r.sentAt), ReportDocument.title(view), ReportDocument.html(view,
                                    provider)));
                } else {
                    PlanEntity p = (PlanEntity) o[2];
                    EnrolmentEntity e = em.find(EnrolmentEntity.class, p.enrolmentId());
                    PlanView view = TreatmentPlanServiceImpl.view(em, p);
                    access.record(caller, role, AuditAction.READ, e, "treatment-plan/plan/" + p.id() + "/forwarded");
                    documents.add(new SentDocument(p.id(), "PLAN", null, p.personRef(), e.id(), p.sentTo(),
                            Instant.ofEpochMilli(p.sentAtMillis()), PlanDocument.title(view),
                            PlanDocument.html(view, null, provider)));
                }
            }
            return documents;
        });
    }

    String document(Caller caller, String reportId) {
        ReportView report = get(caller, reportId);
        String provider = municipality.current().map(Municipality::name).orElse("");
        return ReportDocument.html(report, provider);
    }

    String fhir(Caller caller, String enrolmentId, Function<String, ConfiguredProgramme> programmes) {
        String role = caller.requireAnyRole(Role.BEHANDLARE, Role.HANDLAGGARE);
        Municipality here = municipality.current().orElseThrow(
                () -> new UnavailableException("This instance has no valid municipality configuration."));
        return repository.inTransaction(em -> {
            EnrolmentEntity e = CourseAccess.enrolment(em, caller, role, enrolmentId, false);
            String system = null;
            String value = null;
            if (PersonReferences.isPersonId(e.personRef())) {
                PersonView person = persons.get(caller, e.personRef());
                system = person.identityType().fhirSystem();
                value = person.identityNumber();
            }
            PlanEntity plan = currentPlan(em, e.id());
            PlanView planView = plan == null ? null : TreatmentPlanServiceImpl.view(em, plan);
            List<SessionView> sessions = em.createQuery("SELECT s FROM SessionEntity s WHERE s.enrolmentId = :e "
                    + "ORDER BY s.date, s.startMinute, s.kind", SessionEntity.class).setParameter("e", e.id())
                    .setMaxResults(5000).getResultList().stream().map(CourseServiceImpl::view).toList();
            ConfiguredProgramme programme = programmes.apply(e.programmeId());
            access.record(caller, role, AuditAction.READ, e, "treatment-plan/enrolment/" + e.id() + "/fhir");
            return FhirExport.bundle(new CourseExport(Enrolments.view(em, e), programme == null ? e.programmeId()
                    : programme.name(), planView, sessions, system, value, here.code(), here.name(), Instant.now()));
        });
    }

    private static ReportEntity find(EntityManager em, String reportId, boolean lock) {
        if (!TreatmentPlanServiceImpl.isPlanId(reportId)) {
            throw new ValidationException("reportId", "is not a report id");
        }
        ReportEntity r = em.find(ReportEntity.class, reportId, lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE);
        if (r == null) {
            throw new NotFoundException("No report with this id.");
        }
        return r;
    }

    private static ReportView view(ReportEntity r, Body b) {
        return new ReportView(r.id, r.enrolmentId, r.kind, "MONTHLY".equals(r.kind) ? r.periodKey : null, r.status,
                LocalDate.parse(b.periodFrom()), LocalDate.parse(b.periodTo()), null, b.programmeName(),
                b.commissionerCode(), b.commissionerName(), b.legalBasis(), b.enrolmentStatus(), b.startSituation(),
                b.attendance(), b.goals(), b.skills(), b.drugTests(), b.positiveDrugTests(), b.relapses(),
                b.outreachTasks(), b.assessments(), b.summary(), r.generatedBy, Instant.ofEpochMilli(r.generatedAt),
                r.reviewedBy, r.reviewedAt == null ? null : Instant.ofEpochMilli(r.reviewedAt),
                r.sentAt == null ? null : Instant.ofEpochMilli(r.sentAt), r.sentTo, r.version);
    }

    private static String store(Body body) {
        try {
            String json = MAPPER.writeValueAsString(body);
            if (json.length() > 32000) {
                throw new ValidationException("body", "the report is too long to store");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report cannot be written as JSON", e);
        }
    }

    private static Body read(String json) {
        try {
            return MAPPER.readValue(json, Body.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored report cannot be read", e);
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
