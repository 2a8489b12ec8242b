package se.kommunmeny.core.internal.person;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kommunmeny.core.api.audit.AuditAction;
import se.kommunmeny.core.api.audit.AuditEvent;
import se.kommunmeny.core.api.audit.AuditService;
import se.kommunmeny.core.api.identity.AnonymousCode;
import se.kommunmeny.core.api.identity.Gender;
import se.kommunmeny.core.api.identity.IdentityNumber;
import se.kommunmeny.core.api.identity.IdentityType;
import se.kommunmeny.core.api.identity.InvalidIdentityNumberException;
import se.kommunmeny.core.api.municipality.Country;
import se.kommunmeny.core.api.municipality.MunicipalityService;
import se.kommunmeny.core.api.person.AnonymousContact;
import se.kommunmeny.core.api.person.PersonReferences;
import se.kommunmeny.core.api.person.PersonRegistration;
import se.kommunmeny.core.api.person.PersonService;
import se.kommunmeny.core.api.person.PersonView;
import se.kommunmeny.core.api.problem.AccessDeniedException;
import se.kommunmeny.core.api.problem.ConflictException;
import se.kommunmeny.core.api.problem.NotFoundException;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.core.internal.persistence.CoreSchema;

/**
 * The person register. Every read and search writes its audit row in the same transaction; reads of a protected
 * identity's name and address write a second, separate row.
 */
@Component(service = PersonService.class)
public class PersonServiceImpl implements PersonService {
    static final int MAX_NAME = 100;
    static final int MAX_ADDRESS = 300;
    private static final int MAX_SEARCH_HITS = 100;

    /** Roles that see the name and address of a person with protected identity. */
    private static final String[] SEES_PROTECTED = {Role.HANDLAGGARE};

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final MunicipalityService municipality;

    @Activate
    public PersonServiceImpl(@Reference(target = "(osgi.unit.name=kommunmeny-core)") JpaTemplate jpa,
            @Reference AuditService audit, @Reference MunicipalityService municipality, @Reference CoreSchema schema) {
        this.jpa = jpa;
        this.audit = audit;
        this.municipality = municipality;
    }

    /**
     * Parses a number the way this municipality's staff write them: a Danish instance reads {@code DDMMYY-SSSS}
     * as CPR first; a Swedish one reads Swedish forms first and CPR only when that fails.
     */
    private IdentityNumber parseNumber(String text) {
        boolean danish = municipality.current().map(m -> m.country() == Country.DK).orElse(false);
        if (danish) {
            try {
                return IdentityNumber.parseCpr(text);
            } catch (InvalidIdentityNumberException e) {
                return IdentityNumber.parseSwedish(text);
            }
        }
        return IdentityNumber.parse(text);
    }

    /**
     * The caller's role for a register operation. A caller without one is refused, and the refusal is audited
     * ({@code DENIED}, with the person when the id names one) as the offerings audit theirs: who tried to reach the
     * register belongs in the log as much as who read it.
     */
    private String requireRole(Caller caller, String resource, String... roles) {
        try {
            return caller.requireAnyRole(roles);
        } catch (AccessDeniedException e) {
            String person = resource.startsWith("person/") ? resource.substring(7) : null;
            audit.recordRefusal(caller, resource, e, PersonReferences.isPersonId(person) ? person : null);
            throw e;
        }
    }

    @Override
    public PersonView register(Caller caller, PersonRegistration registration) {
        String role = requireRole(caller, "person", Role.HANDLAGGARE);
        if (registration == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        IdentityNumber number = null;
        if (registration.identityNumber() == null || registration.identityNumber().isBlank()) {
            problems.add("identityNumber", "is required");
        } else {
            try {
                number = parseNumber(registration.identityNumber());
            } catch (InvalidIdentityNumberException e) {
                problems.add("identityNumber", e.getMessage());
            }
        }
        problems.require("givenName", registration.givenName()).maxLength("givenName", registration.givenName(), MAX_NAME)
                .require("familyName", registration.familyName())
                .maxLength("familyName", registration.familyName(), MAX_NAME)
                .maxLength("address", registration.address(), MAX_ADDRESS);
        problems.throwIfAny();
        IdentityNumber valid = number;
        return jpa.txExpr(TransactionType.Required, em -> {
            if (find(em, valid) != null) {
                throw new ConflictException("A person with this identity number is already registered.");
            }
            PersonEntity person = new PersonEntity(UUID.randomUUID().toString(), valid.type().name(),
                    valid.canonical(), valid.birthDate(), valid.gender().map(Enum::name).orElse(null),
                    registration.givenName().trim(), registration.familyName().trim(), blankToNull(registration.address()),
                    registration.protectedIdentity(), System.currentTimeMillis(), caller.user());
            em.persist(person);
            audit.record(new AuditEvent(caller, role, AuditAction.CREATE, person.id(), "person/" + person.id(), null));
            return view(caller, role, person);
        });
    }

    @Override
    public PersonView findByIdentityNumber(Caller caller, String identityNumber) {
        String role = requireRole(caller, "person/lookup", Role.HANDLAGGARE, Role.BEHANDLARE);
        IdentityNumber number;
        try {
            number = parseNumber(identityNumber);
        } catch (InvalidIdentityNumberException e) {
            throw new ValidationException("identityNumber", e.getMessage());
        }
        PersonView found = jpa.txExpr(TransactionType.Required, em -> {
            PersonEntity person = find(em, number);
            // A look-up is audited whether or not it finds anyone, so the miss must commit too.
            audit.record(new AuditEvent(caller, role, AuditAction.READ, person == null ? null : person.id(),
                    "person", "identityNumber=" + number.masked()));
            return person == null ? null : readView(caller, role, person);
        });
        if (found == null) {
            throw new NotFoundException("No person with this identity number is registered.");
        }
        return found;
    }

    @Override
    public PersonView get(Caller caller, String personId) {
        String role = requireRole(caller, "person/" + (PersonReferences.isPersonId(personId) ? personId : "?"),
                Role.HANDLAGGARE, Role.BEHANDLARE);
        if (!PersonReferences.isPersonId(personId)) {
            throw new ValidationException("id", "is not a person id");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            PersonEntity person = em.find(PersonEntity.class, personId);
            if (person == null) {
                throw new NotFoundException("No person with this id is registered.");
            }
            audit.record(new AuditEvent(caller, role, AuditAction.READ, person.id(), "person/" + person.id(), null));
            return readView(caller, role, person);
        });
    }

    @Override
    public List<PersonView> searchByName(Caller caller, String name, int limit) {
        String role = requireRole(caller, "person/search", Role.HANDLAGGARE);
        String key = name == null ? "" : searchKey(name);
        if (key.length() < 2) {
            throw new ValidationException("name", "needs at least two letters");
        }
        if (key.length() > MAX_NAME) {
            throw new ValidationException("name", "must be at most " + MAX_NAME + " characters");
        }
        int max = Math.max(1, Math.min(limit, MAX_SEARCH_HITS));
        String[] parts = key.split(" ", 2);
        return jpa.txExpr(TransactionType.Required, em -> {
            List<PersonEntity> hits;
            if (parts.length == 2) {
                hits = em.createQuery("SELECT p FROM PersonEntity p WHERE p.givenNameKey LIKE :g ESCAPE '\\' "
                        + "AND p.familyNameKey LIKE :f ESCAPE '\\' ORDER BY p.familyNameKey, p.givenNameKey",
                        PersonEntity.class).setParameter("g", like(parts[0])).setParameter("f", like(parts[1]))
                        .setMaxResults(max).getResultList();
            } else {
                hits = em.createQuery("SELECT p FROM PersonEntity p WHERE p.givenNameKey LIKE :k ESCAPE '\\' "
                        + "OR p.familyNameKey LIKE :k ESCAPE '\\' ORDER BY p.familyNameKey, p.givenNameKey",
                        PersonEntity.class).setParameter("k", like(key)).setMaxResults(max).getResultList();
            }
            audit.record(new AuditEvent(caller, role, AuditAction.SEARCH, null, "person", "name=" + key));
            List<PersonView> views = new ArrayList<>();
            for (PersonEntity person : hits) {
                views.add(readView(caller, role, person));
            }
            return views;
        });
    }

    @Override
    public AnonymousContact createAnonymousContact(Caller caller) {
        requireRole(caller, "person/anonymous", Role.HANDLAGGARE, Role.BEHANDLARE);
        return jpa.txExpr(TransactionType.Required, em -> {
            AnonymousCode code;
            do {
                code = AnonymousCode.generate();
            } while (em.find(AnonymousContactEntity.class, code.value()) != null);
            AnonymousContactEntity contact = new AnonymousContactEntity(code.value(), System.currentTimeMillis());
            em.persist(contact);
            return new AnonymousContact(contact.code(), Instant.ofEpochMilli(contact.createdAt()));
        });
    }

    @Override
    public boolean exists(String reference) {
        if (reference == null) {
            return false;
        }
        if (PersonReferences.isPersonId(reference)) {
            return jpa.txExpr(TransactionType.Supports, em -> em.find(PersonEntity.class, reference) != null);
        }
        try {
            String code = AnonymousCode.parse(reference).value();
            return jpa.txExpr(TransactionType.Supports, em -> em.find(AnonymousContactEntity.class, code) != null);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A view for a read: audits the extra protected-identity row when the caller sees a protected name. */
    private PersonView readView(Caller caller, String role, PersonEntity person) {
        if (person.protectedIdentity() && caller.hasAnyRole(SEES_PROTECTED)) {
            audit.record(new AuditEvent(caller, Role.HANDLAGGARE, AuditAction.READ_PROTECTED, person.id(),
                    "person/" + person.id() + "/protected", null));
        }
        return view(caller, role, person);
    }

    private static PersonView view(Caller caller, String role, PersonEntity p) {
        boolean hide = p.protectedIdentity() && !caller.hasAnyRole(SEES_PROTECTED);
        IdentityNumber number = IdentityNumber.of(IdentityType.valueOf(p.identityType()), p.identityNumber());
        return new PersonView(p.id(), number.type(), number.formatted(), p.birthDate(),
                p.gender() == null ? null : Gender.valueOf(p.gender()), hide ? null : p.givenName(),
                hide ? null : p.familyName(), hide ? null : p.address(), p.protectedIdentity(), hide);
    }

    private static PersonEntity find(EntityManager em, IdentityNumber number) {
        List<PersonEntity> found = em.createQuery(
                "SELECT p FROM PersonEntity p WHERE p.identityType = :t AND p.identityNumber = :n", PersonEntity.class)
                .setParameter("t", number.type().name()).setParameter("n", number.canonical()).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    static String searchKey(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String like(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
