package se.kommunmeny.supportgroups.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import se.kommunmeny.core.api.audit.AuditAction;
import se.kommunmeny.core.api.person.PersonReferences;
import se.kommunmeny.core.api.problem.AccessDeniedException;
import se.kommunmeny.core.api.problem.DateFields;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.supportgroups.api.ParticipantView;
import se.kommunmeny.supportgroups.api.PartnerView;
import se.kommunmeny.supportgroups.api.RelativeView;

/** Who sees which participants: the cohort's roster, a partner's view of its own, and a client's relatives. */
final class Rosters {
    private final SupportGroupsRepository repository;
    private final GroupAccess access;
    private final Programmes programmes;

    Rosters(SupportGroupsRepository repository, GroupAccess access, Programmes programmes) {
        this.repository = repository;
        this.access = access;
        this.programmes = programmes;
    }

    /** Leaders and the unit manager see every participant; a case officer only those they enrolled. */
    List<ParticipantView> participants(Caller caller, String cohortId) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF, Role.BEHANDLARE, Role.HANDLAGGARE);
        return repository.inTransaction(em -> {
            CohortEntity c = GroupAccess.cohort(em, cohortId, false);
            GroupAccess.requireLeader(em, caller, role, c.id);
            access.search(caller, role, GroupAccess.cohortResource(c.id, "participants"), null);
            List<ParticipantView> views = new ArrayList<>();
            for (ParticipantEntity p : SupportGroupsRepository.participants(em, c.id)) {
                if (!Role.HANDLAGGARE.equals(role) || caller.user().equals(p.enrolledBy)) {
                    access.record(caller, role, AuditAction.READ, p.personRef, GroupAccess.participantResource(p.id));
                    views.add(Views.participant(em, p));
                }
            }
            return views;
        });
    }

    /** The partner's own participants and the cohort's aggregate numbers, never other participants. */
    PartnerView partnerView(Caller caller, String cohortId) {
        String role = caller.requireAnyRole(Role.PARTNER);
        return repository.inTransaction(em -> {
            CohortEntity c = GroupAccess.cohort(em, cohortId, false);
            List<ShareEntity> own = SupportGroupsRepository.shares(em, c.id).stream()
                    .filter(s -> s.userName.equals(caller.user())).toList();
            if (own.isEmpty()) {
                throw new AccessDeniedException("Your municipality has no share of this cohort.");
            }
            access.search(caller, role, GroupAccess.cohortResource(c.id, "partner-view"), null);
            return partnerView(em, c, own);
        });
    }

    private static PartnerView partnerView(EntityManager em, CohortEntity c, List<ShareEntity> own) {
        Set<String> codes = own.stream().map(s -> s.code).collect(Collectors.toSet());
        CohortFigures figures = CohortFigures.of(em, c, DateFields.today());
        List<PartnerView.Participant> mine = new ArrayList<>();
        int shareEnrolled = 0;
        for (ParticipantEntity p : SupportGroupsRepository.participants(em, c.id)) {
            if (p.partnerCode != null && codes.contains(p.partnerCode)) {
                shareEnrolled += p.isActive() ? 1 : 0;
                mine.add(new PartnerView.Participant(p.id, p.alias, p.code, p.partnerCode, p.status,
                        figures.attendedBy(p.id)));
            }
        }
        return new PartnerView(c.id, c.programmeId, codes.stream().sorted().toList(), c.places,
                SupportGroupsRepository.countIn(em, c.id, ParticipantEntity.ACTIVE),
                own.stream().mapToInt(s -> s.places).sum(), shareEnrolled, figures.held(),
                figures.attendanceRate(), mine);
    }

    /** The registered relatives of a client who consented; the others are neither listed nor counted. */
    List<RelativeView> relatives(Caller caller, String clientRef) {
        String role = caller.requireAnyRole(Role.BEHANDLARE, Role.HANDLAGGARE);
        if (!PersonReferences.isPersonId(clientRef)) {
            throw new ValidationException("clientRef", "is not a person register id");
        }
        return repository.inTransaction(em -> {
            access.record(caller, role, AuditAction.SEARCH, clientRef, GroupAccess.RESOURCE + "clients/" + clientRef
                    + "/relatives");
            List<RelativeView> views = new ArrayList<>();
            for (ParticipantEntity p : em.createQuery("SELECT p FROM ParticipantEntity p WHERE p.relatedClientRef = :c "
                    + "AND p.shareConsent = 1 ORDER BY p.requestedAt, p.id", ParticipantEntity.class)
                    .setParameter("c", clientRef).getResultList()) {
                CohortEntity c = em.find(CohortEntity.class, p.cohortId);
                ConfiguredProgramme programme = programmes.get(c.programmeId);
                access.record(caller, role, AuditAction.READ, p.personRef, GroupAccess.participantResource(p.id));
                views.add(new RelativeView(p.id, p.personRef, clientRef, c.programmeId,
                        programme == null ? c.programmeId : programme.name(), c.id, c.firstMeeting, c.lastMeeting,
                        p.status));
            }
            return views;
        });
    }
}
