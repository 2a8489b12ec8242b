package se.kommunmeny.supportgroups.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import javax.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.LRUMap;

import se.kommunmeny.core.api.audit.AuditAction;
import se.kommunmeny.core.api.problem.ConflictException;
import se.kommunmeny.core.api.problem.DateFields;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.supportgroups.api.AttendanceEntry;
import se.kommunmeny.supportgroups.api.AttendanceView;
import se.kommunmeny.supportgroups.api.QuestionnaireSummary;

/** Attendance (närvaro) at the group's meetings and the end-of-group questionnaires (enkäter). */
final class Records {
    // Its own type cache: Jackson's shared one would keep this bundle's classes after it is uninstalled.
    private static final ObjectMapper JSON = new ObjectMapper()
            .setTypeFactory(TypeFactory.defaultInstance().withCache(new LRUMap<Object, JavaType>(16, 200)));
    private static final TypeReference<Map<String, Integer>> ANSWERS = new TypeReference<>() {
    };
    static final int MAX_ENTRIES = 100;

    private final SupportGroupsRepository repository;
    private final GroupAccess access;
    private final Programmes programmes;

    Records(SupportGroupsRepository repository, GroupAccess access, Programmes programmes) {
        this.repository = repository;
        this.access = access;
        this.programmes = programmes;
    }

    List<AttendanceView.Presence> recordAttendance(Caller caller, String meetingId, List<AttendanceEntry> entries) {
        String role = caller.requireAnyRole(Role.BEHANDLARE);
        checkEntries(entries);
        return repository.inTransaction(em -> {
            MeetingEntity m = GroupAccess.meeting(em, meetingId);
            CohortEntity c = GroupAccess.cohort(em, m.cohortId, false);
            GroupAccess.requireLeader(em, caller, role, c.id);
            if (m.isCancelled()) {
                throw new ConflictException("The meeting was cancelled.");
            }
            if (!m.isGroup()) {
                throw new ValidationException("meetingId", "attendance is recorded for the group's own meetings");
            }
            if (m.date.isAfter(DateFields.today())) {
                throw new ValidationException("meetingId", "the meeting on " + m.date + " has not been held yet");
            }
            List<AttendanceView.Presence> recorded = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                recorded.add(record(em, caller, role, m, entries.get(i), i));
            }
            em.flush();
            return recorded;
        });
    }

    private static void checkEntries(List<AttendanceEntry> entries) {
        ValidationException.Collector problems = new ValidationException.Collector();
        if (entries == null || entries.isEmpty()) {
            throw new ValidationException("body", "needs at least one {participantId, present}");
        }
        if (entries.size() > MAX_ENTRIES) {
            throw new ValidationException("body", "must have at most " + MAX_ENTRIES + " entries");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            AttendanceEntry e = entries.get(i);
            if (e == null || !GroupAccess.isId(e.participantId())) {
                problems.add("[" + i + "].participantId", "is not a participant id");
            } else if (!seen.add(e.participantId())) {
                problems.add("[" + i + "].participantId", "is given twice");
            }
            if (e != null && e.present() == null) {
                problems.add("[" + i + "].present", "is required (true or false)");
            }
        }
        problems.throwIfAny();
    }

    private AttendanceView.Presence record(EntityManager em, Caller caller, String role, MeetingEntity m,
            AttendanceEntry e, int i) {
        ParticipantEntity p = em.find(ParticipantEntity.class, e.participantId());
        if (p == null || !p.cohortId.equals(m.cohortId) || p.admittedAt == null) {
            throw new ValidationException("[" + i + "].participantId", "is not a participant holding a place in this cohort");
        }
        AttendanceEntity a = em.find(AttendanceEntity.class, new AttendanceEntity.Key(m.id, p.id));
        if (a == null) {
            a = new AttendanceEntity(m.id, p.id);
            em.persist(a);
        }
        a.present = e.present() ? 1 : 0;
        a.recordedBy = caller.user();
        a.recordedAt = System.currentTimeMillis();
        access.record(caller, role, AuditAction.UPDATE, p.personRef, GroupAccess.participantResource(p.id)
                + "/attendance/" + m.id);
        return new AttendanceView.Presence(m.id, p.id, m.number, m.date, e.present());
    }

    AttendanceView attendance(Caller caller, String cohortId) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF, Role.BEHANDLARE);
        return repository.inTransaction(em -> {
            CohortEntity c = GroupAccess.cohort(em, cohortId, false);
            GroupAccess.requireLeader(em, caller, role, c.id);
            access.search(caller, role, GroupAccess.cohortResource(c.id, "attendance"), null);
            CohortFigures figures = CohortFigures.of(em, c, DateFields.today());
            Map<String, MeetingEntity> meetings = new TreeMap<>();
            SupportGroupsRepository.meetings(em, c.id).forEach(m -> meetings.put(m.id, m));
            List<AttendanceEntity> all = SupportGroupsRepository.attendance(em, c.id);
            List<AttendanceView.Row> rows = new ArrayList<>();
            for (ParticipantEntity p : figures.placed()) {
                access.record(caller, role, AuditAction.READ, p.personRef, GroupAccess.participantResource(p.id)
                        + "/attendance");
                List<AttendanceView.Presence> presence = all.stream().filter(a -> a.participantId.equals(p.id))
                        .map(a -> meetings.get(a.meetingId))
                        .map(m -> new AttendanceView.Presence(m.id, p.id, m.number, m.date, isPresent(all, m.id, p.id)))
                        .sorted((x, y) -> Integer.compare(x.number(), y.number())).toList();
                int attended = figures.attendedBy(p.id);
                rows.add(new AttendanceView.Row(p.id, p.displayName(), p.status, presence, attended,
                        Participation.completed(attended, figures.held())));
            }
            return new AttendanceView(c.id, figures.held(), rows);
        });
    }

    private static boolean isPresent(List<AttendanceEntity> all, String meetingId, String participantId) {
        return all.stream().anyMatch(a -> a.meetingId.equals(meetingId) && a.participantId.equals(participantId)
                && a.present == 1);
    }

    QuestionnaireSummary addQuestionnaire(Caller caller, String cohortId, Map<String, Integer> answers) {
        String role = caller.requireAnyRole(Role.BEHANDLARE);
        return repository.inTransaction(em -> {
            CohortEntity c = GroupAccess.cohort(em, cohortId, true);
            GroupAccess.requireLeader(em, caller, role, c.id);
            GroupTemplate t = template(c);
            ValidationException.Collector problems = new ValidationException.Collector();
            Questionnaires.check(problems, answers, t.questions);
            problems.throwIfAny();
            LocalDate last = lastGroupMeeting(em, c);
            if (DateFields.today().isBefore(last)) {
                throw new ConflictException("The questionnaire is filled in from the last meeting on " + last + ".");
            }
            int forms = SupportGroupsRepository.questionnaires(em, c.id).size();
            if (forms >= SupportGroupsRepository.countIn(em, c.id, ParticipantEntity.ACTIVE)) {
                throw new ConflictException("Every enrolled participant's questionnaire is already entered (" + forms
                        + ").");
            }
            em.persist(new QuestionnaireEntity(UUID.randomUUID().toString(), c.id, toJson(answers), caller.user(),
                    System.currentTimeMillis()));
            em.flush();
            return summary(em, c, t);
        });
    }

    QuestionnaireSummary questionnaire(Caller caller, String cohortId) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF, Role.BEHANDLARE);
        return repository.read(em -> {
            CohortEntity c = GroupAccess.cohort(em, cohortId, false);
            GroupAccess.requireLeader(em, caller, role, c.id);
            return summary(em, c, template(c));
        });
    }

    private GroupTemplate template(CohortEntity c) {
        ConfiguredProgramme programme = programmes.get(c.programmeId);
        if (programme == null) {
            throw new ConflictException("The cohort's programme is no longer run here.");
        }
        return programme.template();
    }

    /** The day of the last group meeting that is not cancelled (a moved one counts on its new day). */
    private static LocalDate lastGroupMeeting(EntityManager em, CohortEntity c) {
        return SupportGroupsRepository.meetings(em, c.id).stream().filter(m -> m.isGroup() && !m.isCancelled())
                .map(m -> m.date).max(LocalDate::compareTo).orElse(c.lastMeeting);
    }

    static QuestionnaireSummary summary(EntityManager em, CohortEntity c, GroupTemplate t) {
        List<Map<String, Integer>> forms = forms(em, c.id);
        return new QuestionnaireSummary(c.id, forms.size(), Questionnaires.averages(t.questions, forms));
    }

    static List<Map<String, Integer>> forms(EntityManager em, String cohortId) {
        return SupportGroupsRepository.questionnaires(em, cohortId).stream().map(q -> fromJson(q.answers)).toList();
    }

    static String toJson(Map<String, Integer> answers) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(answers));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answers cannot be written", e);
        }
    }

    static Map<String, Integer> fromJson(String json) {
        try {
            return JSON.readValue(json, ANSWERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answers cannot be read", e);
        }
    }
}
