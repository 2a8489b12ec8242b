package se.kommunmeny.supportgroups.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kommunmeny.core.api.persistence.SchemaMigrations;

/** The offering's tables (sg_*): migrated when the bundle starts, then reached through its persistence unit. */
@Component(service = SupportGroupsRepository.class)
public class SupportGroupsRepository {
    static final String UNIT_NAME = "kommunmeny-support-groups";

    private final JpaTemplate jpa;

    @Activate
    public SupportGroupsRepository(@Reference(target = "(osgi.unit.name=" + UNIT_NAME + ")") JpaTemplate jpa,
            @Reference SchemaMigrations migrations) {
        migrations.migrate("supportgroups", SupportGroupsRepository.class.getClassLoader(),
                "db/migration/supportgroups");
        this.jpa = jpa;
    }

    /** Runs {@code work} in the caller's transaction, or a new one. */
    <T> T inTransaction(Function<EntityManager, T> work) {
        return jpa.txExpr(TransactionType.Required, work::apply);
    }

    /** Read-only work in the caller's transaction if there is one. */
    <T> T read(Function<EntityManager, T> work) {
        return jpa.txExpr(TransactionType.Supports, work::apply);
    }

    static List<String> leaders(EntityManager em, String cohortId) {
        return em.createQuery("SELECT l.userName FROM LeaderEntity l WHERE l.cohortId = :c ORDER BY l.userName",
                String.class).setParameter("c", cohortId).getResultList();
    }

    static boolean isLeader(EntityManager em, String cohortId, String user) {
        return em.find(LeaderEntity.class, new LeaderEntity.Key(cohortId, user)) != null;
    }

    static List<ShareEntity> shares(EntityManager em, String cohortId) {
        return em.createQuery("SELECT s FROM ShareEntity s WHERE s.cohortId = :c ORDER BY s.code", ShareEntity.class)
                .setParameter("c", cohortId).getResultList();
    }

    static List<MeetingEntity> meetings(EntityManager em, String cohortId) {
        return em.createQuery("SELECT m FROM MeetingEntity m WHERE m.cohortId = :c ORDER BY m.date, m.kind, m.number",
                MeetingEntity.class).setParameter("c", cohortId).getResultList();
    }

    static List<ParticipantEntity> participants(EntityManager em, String cohortId) {
        return em.createQuery("SELECT p FROM ParticipantEntity p WHERE p.cohortId = :c ORDER BY p.requestedAt, p.id",
                ParticipantEntity.class).setParameter("c", cohortId).getResultList();
    }

    static List<AttendanceEntity> attendance(EntityManager em, String cohortId) {
        return em.createQuery("SELECT a FROM AttendanceEntity a, MeetingEntity m WHERE a.meetingId = m.id "
                + "AND m.cohortId = :c", AttendanceEntity.class).setParameter("c", cohortId).getResultList();
    }

    static List<QuestionnaireEntity> questionnaires(EntityManager em, String cohortId) {
        return em.createQuery("SELECT q FROM QuestionnaireEntity q WHERE q.cohortId = :c ORDER BY q.enteredAt, q.id",
                QuestionnaireEntity.class).setParameter("c", cohortId).getResultList();
    }

    static List<CohortEntity> cohortsOf(EntityManager em, String programmeId) {
        return em.createQuery("SELECT c FROM CohortEntity c WHERE c.programmeId = :p ORDER BY c.firstMeeting, c.id",
                CohortEntity.class).setParameter("p", programmeId).getResultList();
    }

    /**
     * Places of a programme's rounds taking intake on {@code day}, and the active participants enrolled in them: two
     * aggregate queries, however many rounds the programme has had.
     */
    static int[] intakeFigures(EntityManager em, String programmeId, LocalDate day) {
        Long places = em.createQuery("SELECT SUM(c.places) FROM CohortEntity c WHERE c.programmeId = :p "
                + "AND c.intakeUntil >= :d", Long.class).setParameter("p", programmeId).setParameter("d", day)
                .getSingleResult();
        Long enrolled = em.createQuery("SELECT COUNT(p) FROM ParticipantEntity p, CohortEntity c "
                + "WHERE p.cohortId = c.id AND c.programmeId = :p AND c.intakeUntil >= :d AND p.status = :s",
                Long.class).setParameter("p", programmeId).setParameter("d", day)
                .setParameter("s", ParticipantEntity.ACTIVE).getSingleResult();
        return new int[] {places == null ? 0 : places.intValue(), enrolled == null ? 0 : enrolled.intValue()};
    }

    static List<CohortEntity> allCohorts(EntityManager em) {
        return em.createQuery("SELECT c FROM CohortEntity c ORDER BY c.firstMeeting, c.id", CohortEntity.class)
                .getResultList();
    }

    /** Cohorts whose first meeting lies between two days, both included. */
    static List<CohortEntity> cohortsStarting(EntityManager em, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT c FROM CohortEntity c WHERE c.firstMeeting >= :f AND c.firstMeeting <= :t "
                + "ORDER BY c.programmeId, c.firstMeeting", CohortEntity.class).setParameter("f", from)
                .setParameter("t", to).getResultList();
    }

    /** Participants holding a place in one pool of a cohort: the host's ({@code partnerCode} null) or a share. */
    static int enrolledIn(EntityManager em, String cohortId, String partnerCode) {
        String pool = partnerCode == null ? "p.partnerCode IS NULL" : "p.partnerCode = :s";
        var query = em.createQuery("SELECT COUNT(p) FROM ParticipantEntity p WHERE p.cohortId = :c AND " + pool
                + " AND p.status = :st", Long.class).setParameter("c", cohortId)
                .setParameter("st", ParticipantEntity.ACTIVE);
        if (partnerCode != null) {
            query.setParameter("s", partnerCode);
        }
        return query.getSingleResult().intValue();
    }

    static int countIn(EntityManager em, String cohortId, String status) {
        return em.createQuery("SELECT COUNT(p) FROM ParticipantEntity p WHERE p.cohortId = :c AND p.status = :s",
                Long.class).setParameter("c", cohortId).setParameter("s", status).getSingleResult().intValue();
    }

    static boolean codeTaken(EntityManager em, String code) {
        return em.createQuery("SELECT COUNT(p) FROM ParticipantEntity p WHERE p.code = :c", Long.class)
                .setParameter("c", code).getSingleResult() > 0;
    }
}
