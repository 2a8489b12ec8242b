package se.kommunmeny.supportgroups.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;

import se.kommunmeny.core.api.audit.AuditAction;
import se.kommunmeny.core.api.person.PersonReferences;
import se.kommunmeny.core.api.person.PersonService;
import se.kommunmeny.core.api.person.PersonView;
import se.kommunmeny.core.api.problem.AccessDeniedException;
import se.kommunmeny.core.api.problem.ConflictException;
import se.kommunmeny.core.api.problem.DateFields;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.supportgroups.api.GuardianConsent;
import se.kommunmeny.supportgroups.api.ParticipantRequest;
import se.kommunmeny.supportgroups.api.ParticipantView;

/**
 * The three ways into a cohort (registered, anonymous, a partner's share), the waiting list, admission and
 * withdrawal. Places are counted and taken under the cohort's row lock.
 */
final class Enrolments {
    static final Set<String> WAYS = Set.of(ParticipantEntity.REGISTERED, ParticipantEntity.ANONYMOUS,
            ParticipantEntity.PARTNER);

    private final SupportGroupsRepository repository;
    private final PersonService persons;
    private final GroupAccess access;
    private final Programmes programmes;

    Enrolments(SupportGroupsRepository repository, PersonService persons, GroupAccess access, Programmes programmes) {
        this.repository = repository;
        this.persons = persons;
        this.access = access;
        this.programmes = programmes;
    }

    /** The request's fields that need no cohort, checked before anything is read. */
    private record Checked(String way, String personRef, String relatedClientRef, String alias, String contact,
            String partnerCode) {
    }

    ParticipantView enrol(Caller caller, String cohortId, ParticipantRequest r) {
        caller.requireAnyRole(Role.ENHETSCHEF, Role.HANDLAGGARE, Role.BEHANDLARE, Role.PARTNER);
        if (r == null) {
            throw new ValidationException("body", "is required");
        }
        LocalDate today = DateFields.today();
        ValidationException.Collector problems = new ValidationException.Collector();
        Checked in = check(problems, r, today);
        problems.throwIfAny();
        String role = roleFor(caller, in.way());
        return repository.inTransaction(em -> {
            CohortEntity c = GroupAccess.cohort(em, cohortId, true);
            GroupAccess.requireLeader(em, caller, role, c.id);
            ShareEntity share = in.partnerCode() == null ? null
                    : em.find(ShareEntity.class, new ShareEntity.Key(c.id, in.partnerCode()));
            requirePartnerOwnsShare(caller, role, share);
            ParticipantEntity p = newParticipant(em, caller, role, c, in, r, share, today);
            takePlace(em, c, p, share, Boolean.TRUE.equals(r.waitIfFull()), today);
            em.persist(p);
            em.flush();
            access.record(caller, role, AuditAction.CREATE, p.personRef, GroupAccess.participantResource(p.id));
            return Views.participant(em, p);
        });
    }

    /** Registered persons are enrolled by case officers and leaders; the partner user enrols into its own share. */
    private static String roleFor(Caller caller, String way) {
        return switch (way) {
            case ParticipantEntity.REGISTERED -> caller.requireAnyRole(Role.HANDLAGGARE, Role.BEHANDLARE);
            case ParticipantEntity.ANONYMOUS -> caller.requireAnyRole(Role.ENHETSCHEF, Role.HANDLAGGARE, Role.BEHANDLARE);
            default -> caller.requireAnyRole(Role.ENHETSCHEF, Role.HANDLAGGARE, Role.BEHANDLARE, Role.PARTNER);
        };
    }

    private static void requirePartnerOwnsShare(Caller caller, String role, ShareEntity share) {
        if (Role.PARTNER.equals(role) && share != null && !share.userName.equals(caller.user())) {
            throw new AccessDeniedException("A partner municipality enrols only into its own share.");
        }
    }

    private Checked check(ValidationException.Collector problems, ParticipantRequest r, LocalDate today) {
        String way = Texts.code(problems, "way", r.way(), WAYS);
        if (Texts.trimmed(r.identityNumber()) != null) {
            problems.add("identityNumber", "is never stored: a registered participant is given by personRef, "
                    + "an anonymous one by an alias");
        }
        String contact = Texts.text(problems, "contact", r.contact(), 200);
        IdentityShapes.reject(problems, "contact", contact, today);
        if (r.ageYears() != null && (r.ageYears() < 0 || r.ageYears() > 120)) {
            problems.add("ageYears", "must be 0-120");
        }
        if (way == null) {
            return new Checked(null, null, null, null, contact, null);
        }
        return ParticipantEntity.REGISTERED.equals(way) ? checkRegistered(problems, r, contact)
                : checkAnonymous(problems, way, r, contact, today);
    }

    private Checked checkRegistered(ValidationException.Collector problems, ParticipantRequest r, String contact) {
        String personRef = Texts.trimmed(r.personRef());
        if (personRef == null) {
            problems.add("personRef", "is required for a registered participant");
        } else if (!PersonReferences.isPersonId(personRef) || !persons.exists(personRef)) {
            problems.add("personRef", "is not a registered person's id");
        }
        String client = Texts.trimmed(r.relatedClientRef());
        if (client != null && (!PersonReferences.isPersonId(client) || !persons.exists(client))) {
            problems.add("relatedClientRef", "is not a registered person's id");
        }
        if (client != null && client.equals(personRef)) {
            problems.add("relatedClientRef", "is the participant themself");
        }
        if (Texts.trimmed(r.partnerCode()) != null) {
            problems.add("partnerCode", "is only for way PARTNER");
        }
        if (Texts.trimmed(r.alias()) != null) {
            problems.add("alias", "is only for anonymous and partner participants");
        }
        return new Checked(ParticipantEntity.REGISTERED, personRef, client, null, contact, null);
    }

    private static Checked checkAnonymous(ValidationException.Collector problems, String way, ParticipantRequest r,
            String contact, LocalDate today) {
        if (Texts.trimmed(r.personRef()) != null) {
            problems.add("personRef", "is not taken for an anonymous participant: no identity is stored");
        }
        if (Texts.trimmed(r.relatedClientRef()) != null || Boolean.TRUE.equals(r.shareWithClientPractitioners())) {
            problems.add("relatedClientRef", "an anonymous participant is linked to no client");
        }
        String alias = Aliases.check(problems, "alias", r.alias(), today);
        String partnerCode = Texts.trimmed(r.partnerCode());
        if (ParticipantEntity.PARTNER.equals(way) && (partnerCode == null || !partnerCode.matches("[0-9]{4}"))) {
            problems.add("partnerCode", "must be the four-digit code of a partner share");
        } else if (ParticipantEntity.ANONYMOUS.equals(way) && partnerCode != null) {
            problems.add("partnerCode", "is only for way PARTNER");
        }
        return new Checked(way, null, null, alias, contact, ParticipantEntity.PARTNER.equals(way) ? partnerCode : null);
    }

    /** The participant with the rules that need the cohort: programme, age band, consent, anonymity, share. */
    private ParticipantEntity newParticipant(EntityManager em, Caller caller, String role, CohortEntity c,
            Checked in, ParticipantRequest r, ShareEntity share, LocalDate today) {
        ConfiguredProgramme programme = programmes.get(c.programmeId);
        if (programme == null) {
            throw new ConflictException("The cohort's programme is no longer run here.");
        }
        GroupTemplate t = programme.template();
        ValidationException.Collector problems = new ValidationException.Collector();
        Integer age = age(problems, caller, in, r, t, c.firstMeeting);
        if (age != null) {
            String wrong = AgeBands.problem(age, t.ageBand.min, t.ageBand.max);
            if (wrong != null) {
                problems.add(ParticipantEntity.REGISTERED.equals(in.way()) ? "personRef" : "ageYears", wrong);
            }
        }
        GuardianConsent consent = Consents.check(problems, r.guardianConsent(), AgeBands.isMinor(age), today);
        if (ParticipantEntity.ANONYMOUS.equals(in.way()) && !programme.anonymous()) {
            problems.add("way", "the programme does not take anonymous participants");
        }
        if (in.partnerCode() != null && share == null) {
            problems.add("partnerCode", "is not a partner share of this cohort");
        }
        problems.throwIfAny();
        ParticipantEntity p = new ParticipantEntity(UUID.randomUUID().toString(), c.id, in.way(), caller.user(),
                System.currentTimeMillis());
        p.personRef = in.personRef();
        p.relatedClientRef = in.relatedClientRef();
        p.shareConsent = in.relatedClientRef() != null && Boolean.TRUE.equals(r.shareWithClientPractitioners()) ? 1 : 0;
        p.alias = in.alias();
        p.code = p.personRef == null ? newCode(em) : null;
        p.ageYears = age;
        p.partnerCode = in.partnerCode();
        p.contact = in.contact();
        setConsent(p, consent);
        return p;
    }

    /** The age on the first meeting: from the register for a registered person, else as given. */
    private Integer age(ValidationException.Collector problems, Caller caller, Checked in, ParticipantRequest r,
            GroupTemplate t, LocalDate firstMeeting) {
        if (ParticipantEntity.REGISTERED.equals(in.way())) {
            PersonView person = persons.get(caller, in.personRef());
            if (person.birthDate() == null) {
                problems.add("personRef", "the register holds no birth date for the person");
                return null;
            }
            return AgeBands.ageOn(person.birthDate(), firstMeeting);
        }
        if (r.ageYears() == null && t.forMinors()) {
            problems.add("ageYears", "is required for a children's or teenagers' programme");
        }
        return r.ageYears();
    }

    private static void setConsent(ParticipantEntity p, GuardianConsent consent) {
        if (consent != null) {
            p.guardianName = consent.guardianName();
            p.guardianContact = consent.guardianContact();
            p.consentedOn = consent.consentedOn() == null ? null : LocalDate.parse(consent.consentedOn());
            p.consentScope = consent.scope();
        }
    }

    private static String newCode(EntityManager em) {
        String code;
        do {
            code = AnonymousCodes.next();
        } while (SupportGroupsRepository.codeTaken(em, code));
        return code;
    }

    /** Takes a place in the participant's pool, or a place in its queue; 409 when intake is closed or it is full. */
    private static void takePlace(EntityManager em, CohortEntity c, ParticipantEntity p, ShareEntity share,
            boolean waitIfFull, LocalDate today) {
        if (!c.takesIntakeOn(today)) {
            throw new ConflictException("The cohort's intake closed on " + c.intakeUntil + ".");
        }
        if (p.personRef != null && !em.createQuery("SELECT q.id FROM ParticipantEntity q WHERE q.cohortId = :c "
                + "AND q.personRef = :r AND q.status IN :s", String.class).setParameter("c", c.id)
                .setParameter("r", p.personRef).setParameter("s", List.of(ParticipantEntity.ACTIVE,
                        ParticipantEntity.WAITING)).getResultList().isEmpty()) {
            throw new ConflictException("The person already has a place, or a place in the queue, in this cohort.");
        }
        if (Places.hasPlace(poolPlaces(em, c, share), SupportGroupsRepository.enrolledIn(em, c.id, p.partnerCode))) {
            p.admit(System.currentTimeMillis());
        } else if (!waitIfFull) {
            throw new ConflictException(share == null ? "The cohort's places are taken; ask with waitIfFull to join "
                    + "the waiting list." : "The share of " + share.name + " is full; ask with waitIfFull to join "
                    + "the waiting list.");
        }
    }

    private static int poolPlaces(EntityManager em, CohortEntity c, ShareEntity share) {
        return share != null ? share.places : Places.hostPlaces(c.places, SupportGroupsRepository.shares(em, c.id));
    }

    ParticipantView admit(Caller caller, String participantId) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF, Role.BEHANDLARE);
        return repository.inTransaction(em -> {
            ParticipantEntity p = GroupAccess.participant(em, participantId);
            CohortEntity c = GroupAccess.cohort(em, p.cohortId, true);
            GroupAccess.requireLeader(em, caller, role, c.id);
            em.refresh(p);
            if (!p.isWaiting()) {
                throw new ConflictException("Only a participant on the waiting list can be admitted.");
            }
            ShareEntity share = p.partnerCode == null ? null
                    : em.find(ShareEntity.class, new ShareEntity.Key(c.id, p.partnerCode));
            if (!Places.hasPlace(poolPlaces(em, c, share), SupportGroupsRepository.enrolledIn(em, c.id, p.partnerCode))) {
                throw new ConflictException("There is no free place yet.");
            }
            p.admit(System.currentTimeMillis());
            em.flush();
            access.record(caller, role, AuditAction.UPDATE, p.personRef, GroupAccess.participantResource(p.id));
            return Views.participant(em, p);
        });
    }

    ParticipantView withdraw(Caller caller, String participantId, String reason) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF, Role.BEHANDLARE, Role.HANDLAGGARE, Role.PARTNER);
        ValidationException.Collector problems = new ValidationException.Collector();
        String why = Texts.text(problems, "reason", reason, Texts.MAX_TEXT);
        problems.throwIfAny();
        return repository.inTransaction(em -> {
            ParticipantEntity p = GroupAccess.participant(em, participantId);
            CohortEntity c = GroupAccess.cohort(em, p.cohortId, true);
            requireReach(em, caller, role, c, p);
            em.refresh(p);
            if (!p.isActive() && !p.isWaiting()) {
                throw new ConflictException("The participant has already left the cohort.");
            }
            p.status = ParticipantEntity.WITHDRAWN;
            p.withdrawnAt = System.currentTimeMillis();
            p.withdrawalReason = why;
            em.flush();
            access.record(caller, role, AuditAction.UPDATE, p.personRef, GroupAccess.participantResource(p.id));
            return Views.participant(em, p);
        });
    }

    /** Leaders and the unit manager reach every participant; a case officer and a partner only their own. */
    static void requireReach(EntityManager em, Caller caller, String role, CohortEntity c, ParticipantEntity p) {
        GroupAccess.requireLeader(em, caller, role, c.id);
        if (Role.HANDLAGGARE.equals(role) && !caller.user().equals(p.enrolledBy)) {
            throw new AccessDeniedException("A case officer reaches only the participants they enrolled.");
        }
        if (Role.PARTNER.equals(role)) {
            ShareEntity share = p.partnerCode == null ? null
                    : em.find(ShareEntity.class, new ShareEntity.Key(c.id, p.partnerCode));
            if (share == null || !share.userName.equals(caller.user())) {
                throw new AccessDeniedException("A partner municipality reaches only its own participants.");
            }
        }
    }
}
