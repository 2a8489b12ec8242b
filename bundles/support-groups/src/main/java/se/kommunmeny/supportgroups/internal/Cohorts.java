package se.kommunmeny.supportgroups.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;

import se.kommunmeny.core.api.audit.AuditAction;
import se.kommunmeny.core.api.problem.ConflictException;
import se.kommunmeny.core.api.problem.DateFields;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.supportgroups.api.CohortRequest;
import se.kommunmeny.supportgroups.api.CohortView;
import se.kommunmeny.supportgroups.api.MeetingChange;
import se.kommunmeny.supportgroups.api.MeetingView;
import se.kommunmeny.supportgroups.api.NoticeView;
import se.kommunmeny.supportgroups.api.PartnerShare;

/** Cohorts, their meeting calendars, moved and cancelled meetings and the notices those leave in the outbox. */
final class Cohorts {
    /** How far back a cohort may start: groups running when the platform is taken into use. */
    static final int MAX_YEARS_BACK = 1;
    static final int MAX_YEARS_AHEAD = 2;
    static final int MAX_LEADERS = 10;

    private final SupportGroupsRepository repository;
    private final GroupAccess access;
    private final Programmes programmes;

    Cohorts(SupportGroupsRepository repository, GroupAccess access, Programmes programmes) {
        this.repository = repository;
        this.access = access;
        this.programmes = programmes;
    }

    CohortView create(Caller caller, CohortRequest request) {
        caller.requireAnyRole(Role.ENHETSCHEF);
        if (request == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        ConfiguredProgramme programme = programmes.get(Texts.trimmed(request.programmeId()));
        if (programme == null) {
            problems.add("programmeId", request.programmeId() == null ? "is required"
                    : "is not a group programme this municipality runs");
        }
        LocalDate today = DateFields.today();
        LocalDate first = DateFields.parse(problems, "firstMeeting", request.firstMeeting(), null);
        if (first == null && Texts.trimmed(request.firstMeeting()) == null) {
            problems.add("firstMeeting", "is required");
        } else if (first != null && (first.isBefore(today.minusYears(MAX_YEARS_BACK))
                || first.isAfter(today.plusYears(MAX_YEARS_AHEAD)))) {
            problems.add("firstMeeting", "must be at most " + MAX_YEARS_BACK + " year back and "
                    + MAX_YEARS_AHEAD + " years ahead");
        }
        String startTime = Texts.time(problems, "startTime", request.startTime(), null);
        String place = Texts.required(problems, "place", request.place(), 200);
        List<String> leaders = leaders(problems, request.leaders());
        GroupTemplate template = programme == null ? null : programme.template();
        int places = template == null ? 0 : Places.places(problems, request.places(), template.maxParticipants);
        Places.checkShares(problems, request.partnerShares(), places);
        LocalDate intakeUntil = DateFields.parse(problems, "intakeUntil", request.intakeUntil(),
                first == null ? null : first.minusDays(1));
        problems.throwIfAny();
        return repository.inTransaction(em -> {
            CohortEntity c = new CohortEntity(UUID.randomUUID().toString(), programme.id(), caller.user(),
                    System.currentTimeMillis());
            c.firstMeeting = first;
            c.lastMeeting = GroupCalendar.lastMeeting(template, first);
            c.startTime = startTime;
            c.place = place;
            c.places = places;
            c.intakeUntil = intakeUntil;
            em.persist(c);
            em.flush();
            persistParts(em, c, leaders, request.partnerShares(), template);
            em.flush();
            return Views.cohort(em, c, programmes);
        });
    }

    private static void persistParts(EntityManager em, CohortEntity c, List<String> leaders, List<PartnerShare> shares,
            GroupTemplate template) {
        for (String leader : leaders) {
            em.persist(new LeaderEntity(c.id, leader));
        }
        for (PartnerShare s : shares == null ? List.<PartnerShare>of() : shares) {
            em.persist(new ShareEntity(c.id, s.code().trim(), s.name().trim(), s.places(), s.user().trim()));
        }
        for (GroupCalendar.Planned planned : GroupCalendar.plan(template, c.firstMeeting, c.startTime)) {
            em.persist(new MeetingEntity(UUID.randomUUID().toString(), c.id, planned));
        }
    }

    private static List<String> leaders(ValidationException.Collector problems, List<String> given) {
        Set<String> leaders = new LinkedHashSet<>();
        if (given == null || given.isEmpty()) {
            problems.add("leaders", "needs at least one group leader");
            return List.of();
        }
        if (given.size() > MAX_LEADERS) {
            problems.add("leaders", "must be at most " + MAX_LEADERS);
            return List.of();
        }
        for (int i = 0; i < given.size(); i++) {
            String user = Texts.trimmed(given.get(i));
            if (!Texts.isUserName(user)) {
                problems.add("leaders[" + i + "]", "must be a user name");
            } else {
                leaders.add(user);
            }
        }
        return new ArrayList<>(leaders);
    }

    List<CohortView> list(Caller caller, String programmeId) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF, Role.HANDLAGGARE, Role.BEHANDLARE);
        String programme = Texts.trimmed(programmeId);
        return repository.read(em -> {
            List<CohortEntity> found = programme == null ? SupportGroupsRepository.allCohorts(em)
                    : SupportGroupsRepository.cohortsOf(em, programme);
            return found.stream()
                    .filter(c -> !Role.BEHANDLARE.equals(role) || SupportGroupsRepository.isLeader(em, c.id, caller.user()))
                    .map(c -> Views.cohort(em, c, programmes)).toList();
        });
    }

    CohortView get(Caller caller, String cohortId) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF, Role.HANDLAGGARE, Role.BEHANDLARE);
        return repository.read(em -> {
            CohortEntity c = GroupAccess.cohort(em, cohortId, false);
            GroupAccess.requireLeader(em, caller, role, c.id);
            return Views.cohort(em, c, programmes);
        });
    }

    /** Moves a meeting; returns it with the cohort id for the event. */
    MeetingView move(Caller caller, String meetingId, MeetingChange change) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF, Role.BEHANDLARE);
        if (change == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        LocalDate date = DateFields.parse(problems, "date", change.date(), null);
        if (date == null && Texts.trimmed(change.date()) == null) {
            problems.add("date", "is required");
        }
        String reason = Texts.text(problems, "reason", change.reason(), Texts.MAX_TEXT);
        problems.throwIfAny();
        return repository.inTransaction(em -> {
            MeetingEntity m = GroupAccess.meeting(em, meetingId);
            CohortEntity c = GroupAccess.cohort(em, m.cohortId, true);
            GroupAccess.requireLeader(em, caller, role, c.id);
            ValidationException.Collector late = new ValidationException.Collector();
            String time = Texts.time(late, "startTime", change.startTime(), m.startTime);
            MeetingRules.checkMove(late, date, c.firstMeeting, c.lastMeeting, DateFields.today());
            late.throwIfAny();
            if (m.isCancelled()) {
                throw new ConflictException("A cancelled meeting cannot be moved.");
            }
            String message = MeetingRules.movedMessage(m, date, time, reason);
            if (m.originalDate == null) {
                m.originalDate = m.date;
            }
            m.date = date;
            m.startTime = time;
            m.status = MeetingEntity.MOVED;
            m.reason = reason;
            createNotices(em, caller, role, m, message);
            em.flush();
            return Views.meeting(m);
        });
    }

    MeetingView cancel(Caller caller, String meetingId, String reason) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF, Role.BEHANDLARE);
        ValidationException.Collector problems = new ValidationException.Collector();
        String why = Texts.text(problems, "reason", reason, Texts.MAX_TEXT);
        problems.throwIfAny();
        return repository.inTransaction(em -> {
            MeetingEntity m = GroupAccess.meeting(em, meetingId);
            CohortEntity c = GroupAccess.cohort(em, m.cohortId, true);
            GroupAccess.requireLeader(em, caller, role, c.id);
            if (m.isCancelled()) {
                throw new ConflictException("The meeting is already cancelled.");
            }
            if (!em.createQuery("SELECT a FROM AttendanceEntity a WHERE a.meetingId = :m", AttendanceEntity.class)
                    .setParameter("m", m.id).setMaxResults(1).getResultList().isEmpty()) {
                throw new ConflictException("Attendance is recorded for this meeting; it was held.");
            }
            m.status = MeetingEntity.CANCELLED;
            m.reason = why;
            createNotices(em, caller, role, m, MeetingRules.cancelledMessage(m, why));
            em.flush();
            return Views.meeting(m);
        });
    }

    /** One notice per enrolled participant with a contact (the guardian's for a child); audited as personal data. */
    private void createNotices(EntityManager em, Caller caller, String role, MeetingEntity m, String message) {
        long now = System.currentTimeMillis();
        for (ParticipantEntity p : SupportGroupsRepository.participants(em, m.cohortId)) {
            if (p.isActive() && p.noticeContact() != null) {
                NoticeEntity n = new NoticeEntity(UUID.randomUUID().toString(), m, p, message, now);
                em.persist(n);
                access.record(caller, role, AuditAction.CREATE, p.personRef, GroupAccess.participantResource(p.id)
                        + "/notice/" + n.id);
            }
        }
    }

    List<NoticeView> notices(Caller caller, String cohortId) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF, Role.BEHANDLARE);
        return repository.inTransaction(em -> {
            CohortEntity c = GroupAccess.cohort(em, cohortId, false);
            GroupAccess.requireLeader(em, caller, role, c.id);
            access.search(caller, role, GroupAccess.cohortResource(c.id, "notices"), null);
            return em.createQuery("SELECT n FROM NoticeEntity n WHERE n.cohortId = :c ORDER BY n.createdAt, n.id",
                    NoticeEntity.class).setParameter("c", c.id).getResultList().stream()
                    .map(n -> Views.notice(em, n)).toList();
        });
    }

    NoticeView markSent(Caller caller, String noticeId) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF, Role.BEHANDLARE);
        return repository.inTransaction(em -> {
            NoticeEntity n = GroupAccess.notice(em, noticeId);
            GroupAccess.requireLeader(em, caller, role, n.cohortId);
            if (NoticeEntity.PENDING.equals(n.status)) {
                n.status = NoticeEntity.SENT;
                n.sentAt = System.currentTimeMillis();
                n.sentBy = caller.user();
                ParticipantEntity p = em.find(ParticipantEntity.class, n.participantId);
                access.record(caller, role, AuditAction.UPDATE, p == null ? null : p.personRef,
                        GroupAccess.participantResource(n.participantId) + "/notice/" + n.id);
            }
            em.flush();
            return Views.notice(em, n);
        });
    }
}
