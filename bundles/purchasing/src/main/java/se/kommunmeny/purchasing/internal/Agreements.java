package se.kommunmeny.purchasing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;

import se.kommunmeny.core.api.audit.AuditAction;
import se.kommunmeny.core.api.audit.AuditEvent;
import se.kommunmeny.core.api.audit.AuditService;
import se.kommunmeny.core.api.menu.ServiceType;
import se.kommunmeny.core.api.menu.TargetGroup;
import se.kommunmeny.core.api.problem.ConflictException;
import se.kommunmeny.core.api.problem.DateFields;
import se.kommunmeny.core.api.problem.NotFoundException;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.purchasing.api.AgreementRequest;
import se.kommunmeny.purchasing.api.AgreementView;
import se.kommunmeny.purchasing.api.PartnerRequest;
import se.kommunmeny.purchasing.api.PartnerView;
import se.kommunmeny.purchasing.api.PriceModel;

/** Partners and the agreements with them: registered by the unit manager, read by case officers too. */
final class Agreements {
    static final String BUY = "BUY";
    static final String SELL = "SELL";
    static final String MUNICIPALITY = "MUNICIPALITY";
    static final String PROVIDER = "PROVIDER";
    private static final String RESOURCE = "purchasing/";

    private final PurchasingRepository repository;
    private final PlatformIdentity platform;
    private final AuditService audit;
    private final Runnable agreementsChanged;

    Agreements(PurchasingRepository repository, PlatformIdentity platform, AuditService audit,
            Runnable agreementsChanged) {
        this.repository = repository;
        this.platform = platform;
        this.audit = audit;
        this.agreementsChanged = agreementsChanged;
    }

    // ------------------------------------------------------------------ partners

    PartnerView registerPartner(Caller caller, PartnerRequest r) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF);
        if (r == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        problems.require("code", r.code()).maxLength("code", r.code(), 20);
        problems.require("name", r.name()).maxLength("name", r.name(), 200);
        String kind = r.kind() == null ? MUNICIPALITY : r.kind().trim();
        if (!MUNICIPALITY.equals(kind) && !PROVIDER.equals(kind)) {
            problems.add("kind", "must be MUNICIPALITY or PROVIDER");
        }
        String country = r.country() == null ? "SE" : r.country().trim();
        if (!"SE".equals(country) && !"DK".equals(country)) {
            problems.add("country", "must be SE or DK");
        }
        if (r.endpointScheme() != null && !Set.of("0007", "0184", "0088").contains(r.endpointScheme())) {
            problems.add("endpointScheme", "must be 0007 (Swedish organisation number), 0184 (CVR) or 0088 (GLN/EAN)");
        }
        if (r.organisationNumber() != null && !r.organisationNumber().matches("[0-9]{6}-?[0-9]{4}|[0-9]{8}")) {
            problems.add("organisationNumber", "is not a Swedish organisation number or a Danish CVR number");
        }
        problems.maxLength("endpointId", r.endpointId(), 50).maxLength("street", r.street(), 200)
                .maxLength("postalCode", r.postalCode(), 20).maxLength("city", r.city(), 100)
                .maxLength("bankAccount", r.bankAccount(), 50).maxLength("username", r.username(), 100)
                .maxLength("inboundUser", r.inboundUser(), 100).maxLength("password", r.password(), 200);
        String transport = r.transport() == null ? "SOAP" : r.transport().trim();
        if (!"SOAP".equals(transport) && !"REST".equals(transport)) {
            problems.add("transport", "must be SOAP or REST");
        }
        if (MUNICIPALITY.equals(kind)) {
            problems.require("platformUrl", r.platformUrl()).require("username", r.username())
                    .require("password", r.password()).require("publicKey", r.publicKey())
                    .require("inboundUser", r.inboundUser());
            if (r.platformUrl() != null && !r.platformUrl().matches("https?://[^\\s/]+(/[^\\s]*)?")) {
                problems.add("platformUrl", "must be an http(s) address of a Kommunmeny platform");
            }
            if (r.publicKey() != null && !PlatformKeys.isPublicKey(r.publicKey().trim())) {
                problems.add("publicKey", "is not an Ed25519 public key (base64 X.509) as a platform's identity gives it");
            }
        }
        problems.throwIfAny();
        return repository.inTransaction(em -> {
            if (!em.createQuery("SELECT p.id FROM PartnerEntity p WHERE p.code = :c", String.class)
                    .setParameter("c", r.code().trim()).getResultList().isEmpty()) {
                throw new ConflictException("A partner with code " + r.code().trim() + " is already registered.");
            }
            if (r.inboundUser() != null && !em.createQuery("SELECT p.id FROM PartnerEntity p WHERE p.inboundUser = :u",
                    String.class).setParameter("u", r.inboundUser().trim()).getResultList().isEmpty()) {
                throw new ConflictException("Another partner already calls this platform as " + r.inboundUser() + ".");
            }
            PartnerEntity p = new PartnerEntity();
            p.id = UUID.randomUUID().toString();
            p.code = r.code().trim();
            p.name = r.name().trim();
            p.kind = kind;
            p.country = country;
            p.organisationNumber = trimmed(r.organisationNumber());
            p.endpointScheme = r.endpointScheme() == null ? ("DK".equals(country) ? "0184" : "0007")
                    : r.endpointScheme();
            p.endpointId = trimmed(r.endpointId()) == null ? digits(p.organisationNumber) : r.endpointId().trim();
            p.street = trimmed(r.street());
            p.postalCode = trimmed(r.postalCode());
            p.city = trimmed(r.city());
            p.platformUrl = trimmed(r.platformUrl()) == null ? null : r.platformUrl().trim().replaceAll("/+$", "");
            p.username = trimmed(r.username());
            p.passwordSealed = r.password() == null ? null : platform.keys().seal(r.password());
            p.publicKey = trimmed(r.publicKey());
            p.inboundUser = trimmed(r.inboundUser());
            p.transport = transport;
            p.bankAccount = trimmed(r.bankAccount());
            p.registeredAt = System.currentTimeMillis();
            p.registeredBy = caller.user();
            em.persist(p);
            em.flush();
            audit.record(new AuditEvent(caller, role, AuditAction.CREATE, null, RESOURCE + "partner/" + p.id, null));
            return view(p);
        });
    }

    List<PartnerView> partners(Caller caller) {
        caller.requireAnyRole(Role.ENHETSCHEF, Role.HANDLAGGARE);
        return repository.inTransaction(em -> em.createQuery("SELECT p FROM PartnerEntity p ORDER BY p.name",
                PartnerEntity.class).getResultList().stream().map(Agreements::view).toList());
    }

    PartnerView partner(Caller caller, String id) {
        caller.requireAnyRole(Role.ENHETSCHEF, Role.HANDLAGGARE);
        return repository.inTransaction(em -> view(partner(em, id)));
    }

    static PartnerEntity partner(EntityManager em, String id) {
        PartnerEntity p = Ids.isId(id) ? em.find(PartnerEntity.class, id) : null;
        if (p == null) {
            throw new NotFoundException("No partner with this id.");
        }
        return p;
    }

    static PartnerView view(PartnerEntity p) {
        return new PartnerView(p.id, p.code, p.name, p.kind, p.country, p.organisationNumber, p.endpointScheme,
                p.endpointId, p.street, p.postalCode, p.city, p.platformUrl, p.username, p.passwordSealed != null,
                p.publicKey == null ? null : PlatformKeys.fingerprint(p.publicKey), p.inboundUser, p.transport,
                p.bankAccount, java.time.Instant.ofEpochMilli(p.registeredAt), p.registeredBy);
    }

    // ------------------------------------------------------------------ agreements

    AgreementView register(Caller caller, AgreementRequest r, Availability availability) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF);
        if (r == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        problems.require("partnerId", r.partnerId()).require("number", r.number()).maxLength("number", r.number(), 50)
                .require("serviceId", r.serviceId()).maxLength("serviceId", r.serviceId(), 200)
                .require("serviceName", r.serviceName()).maxLength("serviceName", r.serviceName(), 200)
                .maxLength("buyerReference", r.buyerReference(), 100).maxLength("jointPool", r.jointPool(), 100);
        if (!BUY.equals(r.role()) && !SELL.equals(r.role())) {
            problems.add("role", "must be BUY or SELL");
        }
        if (r.number() != null && !r.number().trim().matches("[A-Za-z0-9][A-Za-z0-9._/-]{0,49}")) {
            problems.add("number", "may hold letters, digits and . _ / - only");
        }
        String type = r.serviceType() == null ? ServiceType.TREATING.name() : r.serviceType();
        if (Arrays.stream(ServiceType.values()).noneMatch(t -> t.name().equals(type))) {
            problems.add("serviceType", "is not a menu row: " + Arrays.toString(ServiceType.values()));
        }
        List<String> groups = r.targetGroups() == null || r.targetGroups().isEmpty()
                ? List.of(TargetGroup.ADULT_MEN.name(), TargetGroup.ADULT_WOMEN.name()) : r.targetGroups();
        for (String g : groups) {
            if (Arrays.stream(TargetGroup.values()).noneMatch(t -> t.name().equals(g))) {
                problems.add("targetGroups", g + " is not a menu column");
            }
        }
        PriceModel price = r.price();
        if (price == null) {
            problems.add("price", "is required");
        } else {
            PriceRules.check(problems, price);
        }
        int reserved = nonNegative(problems, "reservedPlaces", r.reservedPlaces(), 0, 10000);
        int grace = nonNegative(problems, "vacancyGraceDays", r.vacancyGraceDays(), 0, 3660);
        BigDecimal percent = r.vacancyPercent() == null ? new BigDecimal("100") : r.vacancyPercent();
        if (percent.signum() < 0 || percent.compareTo(new BigDecimal("100")) > 0 || percent.stripTrailingZeros().scale() > 2) {
            problems.add("vacancyPercent", "must be between 0 and 100 with at most two decimals");
        }
        int notice = nonNegative(problems, "noticeDays", r.noticeDays(), 0, 366);
        LocalDate from = DateFields.parse(problems, "validFrom", r.validFrom(), DateFields.today());
        LocalDate to = DateFields.parse(problems, "validTo", r.validTo(), null);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("validTo", "is before validFrom");
        }
        if (r.jointPool() != null && (r.jointPoolPlaces() == null || r.jointPoolPlaces() < 1)) {
            problems.add("jointPoolPlaces", "is required for a joint pool and must be at least 1");
        }
        if (r.minAge() != null && (r.minAge() < 0 || r.minAge() > 120)) {
            problems.add("minAge", "must be between 0 and 120");
        }
        if (r.maxAge() != null && (r.maxAge() < 0 || r.maxAge() > 120 || r.minAge() != null && r.maxAge() < r.minAge())) {
            problems.add("maxAge", "must be between minAge and 120");
        }
        problems.throwIfAny();
        AgreementView view = repository.inTransaction(em -> {
            PartnerEntity partner = partner(em, r.partnerId());
            if (!em.createQuery("SELECT a.id FROM AgreementEntity a WHERE a.partnerId = :p AND a.role = :r "
                    + "AND a.number = :n", String.class).setParameter("p", partner.id).setParameter("r", r.role())
                    .setParameter("n", r.number().trim()).getResultList().isEmpty()) {
                throw new ConflictException("Agreement " + r.number().trim() + " with " + partner.name
                        + " is already registered.");
            }
            if (r.jointPool() != null) {
                Long shared = em.createQuery("SELECT SUM(a.reservedPlaces) FROM AgreementEntity a WHERE a.jointPool = :j "
                        + "AND a.role = :r", Long.class).setParameter("j", r.jointPool()).setParameter("r", r.role())
                        .getSingleResult();
                if ((shared == null ? 0 : shared) + reserved > r.jointPoolPlaces()) {
                    throw new ConflictException("The joint pool " + r.jointPool() + " has " + r.jointPoolPlaces()
                            + " places; the partners' reserved shares would exceed them.");
                }
            }
            AgreementEntity a = new AgreementEntity();
            a.id = UUID.randomUUID().toString();
            a.partnerId = partner.id;
            a.role = r.role();
            a.number = r.number().trim();
            a.serviceId = r.serviceId().trim();
            a.serviceName = r.serviceName().trim();
            a.serviceType = type;
            a.targetGroups = String.join(",", new ArrayList<>(new java.util.LinkedHashSet<>(groups)));
            a.price = Json.write(PriceRules.normalised(price));
            a.reservedPlaces = reserved;
            a.vacancyGraceDays = grace;
            a.vacancyPercent = percent.setScale(2);
            a.noticeDays = notice;
            a.validFrom = from.toString();
            a.validTo = to == null ? null : to.toString();
            a.buyerReference = trimmed(r.buyerReference()) == null ? a.number : r.buyerReference().trim();
            a.jointPool = trimmed(r.jointPool());
            a.jointPoolPlaces = r.jointPoolPlaces();
            a.minAge = r.minAge();
            a.maxAge = r.maxAge();
            a.registeredAt = System.currentTimeMillis();
            a.registeredBy = caller.user();
            em.persist(a);
            em.flush();
            audit.record(new AuditEvent(caller, role, AuditAction.CREATE, null, RESOURCE + "agreement/" + a.id, null));
            return view(em, a, partner, availability);
        });
        agreementsChanged.run();
        return view;
    }

    List<AgreementView> list(Caller caller, String role, Availability availability) {
        caller.requireAnyRole(Role.ENHETSCHEF, Role.HANDLAGGARE);
        if (role != null && !BUY.equals(role) && !SELL.equals(role)) {
            throw new ValidationException("role", "must be BUY or SELL");
        }
        return repository.inTransaction(em -> em.createQuery("SELECT a FROM AgreementEntity a ORDER BY a.number",
                AgreementEntity.class).getResultList().stream().filter(a -> role == null || role.equals(a.role))
                .map(a -> view(em, a, em.find(PartnerEntity.class, a.partnerId), availability)).toList());
    }

    AgreementView get(Caller caller, String id, Availability availability) {
        caller.requireAnyRole(Role.ENHETSCHEF, Role.HANDLAGGARE);
        return repository.inTransaction(em -> {
            AgreementEntity a = agreement(em, id);
            return view(em, a, em.find(PartnerEntity.class, a.partnerId), availability);
        });
    }

    static AgreementEntity agreement(EntityManager em, String id) {
        AgreementEntity a = Ids.isId(id) ? em.find(AgreementEntity.class, id) : null;
        if (a == null) {
            throw new NotFoundException("No agreement with this id.");
        }
        return a;
    }

    static PriceModel price(AgreementEntity a) {
        return Json.read(a.price, PriceModel.class);
    }

    static List<String> targetGroups(AgreementEntity a) {
        return List.of(a.targetGroups.split(","));
    }

    static int activePlacements(EntityManager em, AgreementEntity a) {
        return em.createQuery("SELECT COUNT(s) FROM StayEntity s WHERE s.agreementId = :a AND s.status IN :st",
                Long.class).setParameter("a", a.id).setParameter("st", Stays.OCCUPYING).getSingleResult().intValue();
    }

    private static AgreementView view(EntityManager em, AgreementEntity a, PartnerEntity partner,
            Availability availability) {
        Availability.Reading reading = availability.reading(a);
        return new AgreementView(a.id, a.partnerId, partner == null ? null : partner.name, a.role, a.number,
                a.serviceId, a.serviceName, a.serviceType, targetGroups(a), price(a), a.reservedPlaces,
                a.vacancyGraceDays, a.vacancyPercent, a.noticeDays, LocalDate.parse(a.validFrom),
                a.validTo == null ? null : LocalDate.parse(a.validTo), a.buyerReference, a.jointPool,
                a.jointPoolPlaces, a.minAge, a.maxAge, activePlacements(em, a),
                reading == null ? null : reading.capacity(), reading == null ? null : reading.freePlaces(),
                reading == null ? null : reading.readAt(), java.time.Instant.ofEpochMilli(a.registeredAt),
                a.registeredBy);
    }

    private static int nonNegative(ValidationException.Collector problems, String field, Integer value, int dflt,
            int max) {
        if (value == null) {
            return dflt;
        }
        if (value < 0 || value > max) {
            problems.add(field, "must be between 0 and " + max);
            return dflt;
        }
        return value;
    }

    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String digits(String s) {
        return s == null ? null : s.replaceAll("[^0-9]", "");
    }

    static Set<String> codes(List<PriceModel.Item> items) {
        Set<String> codes = new HashSet<>();
        if (items != null) {
            items.forEach(i -> codes.add(i.code()));
        }
        return codes;
    }
}
