package se.kommunmeny.supportgroups.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import se.kommunmeny.core.api.problem.DateFields;

import se.kommunmeny.supportgroups.api.CohortView;
import se.kommunmeny.supportgroups.api.GuardianConsent;
import se.kommunmeny.supportgroups.api.MeetingView;
import se.kommunmeny.supportgroups.api.NoticeView;
import se.kommunmeny.supportgroups.api.ParticipantView;
import se.kommunmeny.supportgroups.api.PartnerShare;

/** Entities as the API shows them. */
final class Views {
    private Views() {
    }

    static CohortView cohort(EntityManager em, CohortEntity c, Programmes programmes) {
        List<ShareEntity> shares = SupportGroupsRepository.shares(em, c.id);
        List<PartnerShare> shareViews = new ArrayList<>();
        for (ShareEntity s : shares) {
            shareViews.add(new PartnerShare(s.code, s.name, s.places, s.userName,
                    SupportGroupsRepository.enrolledIn(em, c.id, s.code), waitingIn(em, c.id, s.code)));
        }
        ConfiguredProgramme programme = programmes.get(c.programmeId);
        return new CohortView(c.id, c.programmeId, programme == null ? c.programmeId : programme.name(), c.firstMeeting,
                c.lastMeeting, c.startTime, c.place, SupportGroupsRepository.leaders(em, c.id), c.places,
                Places.hostPlaces(c.places, shares), SupportGroupsRepository.enrolledIn(em, c.id, null), shareViews,
                SupportGroupsRepository.countIn(em, c.id, ParticipantEntity.ACTIVE),
                SupportGroupsRepository.countIn(em, c.id, ParticipantEntity.WAITING), c.intakeUntil,
                c.takesIntakeOn(DateFields.today()),
                SupportGroupsRepository.meetings(em, c.id).stream().map(Views::meeting).toList(), c.createdBy,
                Instant.ofEpochMilli(c.createdAt), c.version);
    }

    private static int waitingIn(EntityManager em, String cohortId, String code) {
        return em.createQuery("SELECT COUNT(p) FROM ParticipantEntity p WHERE p.cohortId = :c AND p.partnerCode = :s "
                + "AND p.status = :st", Long.class).setParameter("c", cohortId).setParameter("s", code)
                .setParameter("st", ParticipantEntity.WAITING).getSingleResult().intValue();
    }

    static MeetingView meeting(MeetingEntity m) {
        return new MeetingView(m.id, m.cohortId, m.number, m.kind, m.date, m.startTime, m.minutes, m.theme, m.status,
                m.originalDate, m.reason);
    }

    static NoticeView notice(EntityManager em, NoticeEntity n) {
        ParticipantEntity p = em.find(ParticipantEntity.class, n.participantId);
        return new NoticeView(n.id, n.cohortId, n.meetingId, p == null ? null : p.displayName(), n.contact, n.message,
                Instant.ofEpochMilli(n.createdAt), n.status, n.sentAt == null ? null : Instant.ofEpochMilli(n.sentAt));
    }

    static ParticipantView participant(EntityManager em, ParticipantEntity p) {
        GuardianConsent consent = p.guardianName == null ? null : new GuardianConsent(p.guardianName,
                p.guardianContact, p.consentedOn == null ? null : p.consentedOn.toString(), p.consentScope);
        return new ParticipantView(p.id, p.cohortId, p.way, p.personRef, p.relatedClientRef, p.shareConsent == 1,
                p.alias, p.code, p.ageYears, p.partnerCode, consent, p.contact, p.status,
                p.isWaiting() ? waitingPosition(em, p) : null, p.enrolledBy, Instant.ofEpochMilli(p.requestedAt),
                p.withdrawalReason, p.version);
    }

    /** 1-based place in the queue of the participant's pool (the host's places or a share), first come first. */
    static int waitingPosition(EntityManager em, ParticipantEntity p) {
        String pool = p.partnerCode == null ? "q.partnerCode IS NULL" : "q.partnerCode = :s";
        var query = em.createQuery("SELECT q.id FROM ParticipantEntity q WHERE q.cohortId = :c AND q.status = :st AND "
                + pool + " ORDER BY q.requestedAt, q.id", String.class).setParameter("c", p.cohortId)
                .setParameter("st", ParticipantEntity.WAITING);
        if (p.partnerCode != null) {
            query.setParameter("s", p.partnerCode);
        }
        return query.getResultList().indexOf(p.id) + 1;
    }
}
