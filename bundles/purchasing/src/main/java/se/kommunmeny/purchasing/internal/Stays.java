package se.kommunmeny.purchasing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import se.kommunmeny.core.api.audit.AuditAction;
import se.kommunmeny.core.api.audit.AuditEvent;
import se.kommunmeny.core.api.audit.AuditService;
import se.kommunmeny.core.api.menu.MenuEntry;
import se.kommunmeny.core.api.person.PersonReferences;
import se.kommunmeny.core.api.person.PersonRegistration;
import se.kommunmeny.core.api.person.PersonService;
import se.kommunmeny.core.api.person.PersonView;
import se.kommunmeny.core.api.problem.AccessDeniedException;
import se.kommunmeny.core.api.problem.ConflictException;
import se.kommunmeny.core.api.problem.DateFields;
import se.kommunmeny.core.api.problem.NotFoundException;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.purchasing.api.Charge;
import se.kommunmeny.purchasing.api.ChargeView;
import se.kommunmeny.purchasing.api.Decision;
import se.kommunmeny.purchasing.api.ExtentChange;
import se.kommunmeny.purchasing.api.NoticeRequest;
import se.kommunmeny.purchasing.api.OrderRequest;
import se.kommunmeny.purchasing.api.OrderView;
import se.kommunmeny.purchasing.api.PlacementView;
import se.kommunmeny.purchasing.api.PriceModel;

/**
 * Stays between two platforms. On the buyer's side a stay is an order (side BUY) the case officer makes and changes;
 * on the supplier's side the same stay (side SELL, same order reference) is received, decided, started and ended by
 * the unit manager. Every change is written with the message that carries it to the other platform.
 */
final class Stays {
    static final String BUY = Agreements.BUY;
    static final String SELL = Agreements.SELL;
    // statuses
    static final String SENT = "SENT";
    static final String RECEIVED = "RECEIVED";
    static final String ACCEPTED = "ACCEPTED";
    static final String REFUSED = "REFUSED";
    static final String UNDELIVERABLE = "UNDELIVERABLE";
    static final String STARTED = "STARTED";
    static final String ENDED = "ENDED";
    /** Statuses in which a stay holds a place. */
    static final List<String> OCCUPYING = List.of(ACCEPTED, STARTED);
    /** Statuses in which a stay may still overlap another of the same person. */
    static final List<String> LIVE = List.of(SENT, RECEIVED, ACCEPTED, STARTED, ENDED);
    // message types
    static final String ORDER = "ORDER";
    static final String EXTENT = "EXTENT";
    static final String NOTICE = "NOTICE";
    static final String DECISION = "DECISION";
    static final String STARTED_MESSAGE = "STARTED";
    static final String ENDED_MESSAGE = "ENDED";
    static final String CHARGE = "CHARGE";
    static final String DOCUMENT = "DOCUMENT";
    static final String INVOICE = "INVOICE";
    static final List<String> FROM_BUYER = List.of(ORDER, EXTENT, NOTICE);
    static final List<String> FROM_SUPPLIER = List.of(DECISION, STARTED_MESSAGE, ENDED_MESSAGE, CHARGE, DOCUMENT,
            INVOICE);

    private static final String RESOURCE = "purchasing/";

    private final PurchasingRepository repository;
    private final PersonService persons;
    private final AuditService audit;
    private final Menu menu;

    /** The platform's menu, for a sold service's free places. */
    interface Menu {
        MenuEntry entry(String serviceId);
    }

    Stays(PurchasingRepository repository, PersonService persons, AuditService audit, Menu menu) {
        this.repository = repository;
        this.persons = persons;
        this.audit = audit;
        this.menu = menu;
    }

    // ================================================================== the buyer's side

    OrderView order(Caller caller, OrderRequest r) {
        String role = caller.requireAnyRole(Role.HANDLAGGARE);
        if (r == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        problems.require("agreementId", r.agreementId()).require("personRef", r.personRef())
                .maxLength("note", r.note(), 2000);
        LocalDate start = DateFields.parse(problems, "startDate", r.startDate(), DateFields.today());
        String extent = r.extent() == null ? Extents.FULL_TIME : r.extent();
        if (!Extents.isExtent(extent)) {
            problems.add("extent", "must be FULL_TIME or HALF_TIME");
        }
        if (start != null && start.isBefore(DateFields.today().minusYears(1))) {
            problems.add("startDate", "lies more than a year back");
        }
        problems.throwIfAny();
        PersonView person = persons.get(caller, r.personRef());
        return repository.inTransaction(em -> {
            AgreementEntity a = Agreements.agreement(em, r.agreementId());
            if (!BUY.equals(a.role)) {
                throw new ValidationException("agreementId", "is an agreement this municipality sells under, not one "
                        + "it buys under");
            }
            checkValid(a, start, "startDate");
            checkExtentPriced(a, extent, "extent");
            PartnerEntity partner = em.find(PartnerEntity.class, a.partnerId);
            lockPerson(em, person.id());
            checkNoOverlap(em, BUY, person.id(), start, null);
            StayEntity s = new StayEntity();
            s.id = UUID.randomUUID().toString();
            s.side = BUY;
            s.orderRef = s.id;
            s.agreementId = a.id;
            s.partnerId = partner.id;
            s.personRef = person.id();
            boolean federated = Agreements.MUNICIPALITY.equals(partner.kind);
            s.status = federated ? SENT : ACCEPTED;
            s.startDate = start.toString();
            s.extents = Extents.of(extent, start);
            s.note = Agreements.trimmed(r.note());
            s.createdBy = caller.user();
            s.createdAt = System.currentTimeMillis();
            em.persist(s);
            if (federated) {
                Outbox.enqueue(em, partner, s.orderRef, a.number, ORDER, new Payloads.Order(a.serviceId,
                        person.identityNumber(), person.givenName(), person.familyName(), s.startDate, extent,
                        s.note, person.protectedIdentity()));
            }
            em.flush();
            record(caller, role, AuditAction.CREATE, s, "order");
            return orderView(em, s);
        });
    }

    OrderView changeExtent(Caller caller, String orderId, ExtentChange change) {
        String role = caller.requireAnyRole(Role.HANDLAGGARE);
        if (change == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        if (!Extents.isExtent(change.extent())) {
            problems.add("extent", "must be FULL_TIME or HALF_TIME");
        }
        LocalDate from = DateFields.parse(problems, "from", change.from(), null);
        problems.require("from", change.from());
        problems.throwIfAny();
        return repository.inTransaction(em -> {
            StayEntity s = stay(em, BUY, orderId, true);
            requireStatus(s, "The extent is changed once the supplier has accepted the order.", ACCEPTED, STARTED);
            AgreementEntity a = em.find(AgreementEntity.class, s.agreementId);
            checkExtentPriced(a, change.extent(), "extent");
            checkWithinStay(s, from, "from");
            if (change.extent().equals(Extents.on(s.extents, from))) {
                throw new ConflictException("The placement is already " + change.extent() + " on " + from + ".");
            }
            s.extents = Extents.change(s.extents, change.extent(), from);
            enqueueToPartner(em, s, a, EXTENT, new Payloads.Extent(change.extent(), from.toString()));
            em.flush();
            record(caller, role, AuditAction.UPDATE, s, "extent");
            return orderView(em, s);
        });
    }

    OrderView giveNotice(Caller caller, String orderId, NoticeRequest notice) {
        String role = caller.requireAnyRole(Role.HANDLAGGARE);
        if (notice == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        LocalDate givenOn = DateFields.notFuture(problems, "givenOn", notice.givenOn(), DateFields.today());
        LocalDate end = DateFields.parse(problems, "endDate", notice.endDate(), null);
        problems.require("endDate", notice.endDate()).maxLength("reason", notice.reason(), 2000);
        problems.throwIfAny();
        return repository.inTransaction(em -> {
            StayEntity s = stay(em, BUY, orderId, true);
            requireStatus(s, "Notice is given on an accepted or started placement.", ACCEPTED, STARTED);
            if (s.noticeGivenOn != null) {
                throw new ConflictException("Notice was already given on " + s.noticeGivenOn + ".");
            }
            AgreementEntity a = em.find(AgreementEntity.class, s.agreementId);
            LocalDate earliest = givenOn.plusDays(a.noticeDays);
            if (end.isBefore(earliest)) {
                throw new ValidationException("endDate", "is within the agreement's notice period of " + a.noticeDays
                        + " days: the earliest last day for notice given on " + givenOn + " is " + earliest);
            }
            if (givenOn.isBefore(LocalDate.parse(s.startDate))) {
                throw new ValidationException("givenOn", "is before the placement's start " + s.startDate);
            }
            s.noticeGivenOn = givenOn.toString();
            s.endDate = end.toString();
            enqueueToPartner(em, s, a, NOTICE, new Payloads.Notice(s.noticeGivenOn, s.endDate,
                    Agreements.trimmed(notice.reason())));
            em.flush();
            record(caller, role, AuditAction.UPDATE, s, "notice");
            return orderView(em, s);
        });
    }

    OrderView getOrder(Caller caller, String orderId) {
        String role = caller.requireAnyRole(Role.HANDLAGGARE, Role.ENHETSCHEF);
        return repository.inTransaction(em -> {
            StayEntity s = stay(em, BUY, orderId, false);
            record(caller, role, AuditAction.READ, s, null);
            return orderView(em, s);
        });
    }

    List<OrderView> orders(Caller caller, String personRef, String status) {
        String role = caller.requireAnyRole(Role.HANDLAGGARE, Role.ENHETSCHEF);
        if (personRef == null && status == null) {
            throw new ValidationException("personRef", "or status is required");
        }
        return repository.inTransaction(em -> {
            var query = em.createQuery("SELECT s FROM StayEntity s WHERE s.side = :side"
                    + (personRef == null ? "" : " AND s.personRef = :p") + (status == null ? "" : " AND s.status = :st")
                    + " ORDER BY s.createdAt", StayEntity.class).setParameter("side", BUY);
            if (personRef != null) {
                query.setParameter("p", personRef);
            }
            if (status != null) {
                query.setParameter("st", status);
            }
            List<StayEntity> found = query.getResultList();
            if (personRef != null) {
                audit.record(new AuditEvent(caller, role, AuditAction.SEARCH,
                        PersonReferences.personIdOrNull(personRef), RESOURCE + "orders", "person"));
            } else {
                found.forEach(s -> record(caller, role, AuditAction.READ, s, null));
            }
            return found.stream().map(s -> orderView(em, s)).toList();
        });
    }

    // ================================================================== the supplier's side

    PlacementView decide(Caller caller, String placementId, Decision decision) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF);
        if (decision == null || decision.accept() == null) {
            throw new ValidationException("accept", "is required: true to accept, false to refuse");
        }
        if (!decision.accept() && (decision.reason() == null || decision.reason().isBlank())) {
            throw new ValidationException("reason", "is required when refusing");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        problems.maxLength("reason", decision.reason(), 2000).throwIfAny();
        return repository.inTransaction(em -> {
            StayEntity s = stay(em, SELL, placementId, true);
            requireStatus(s, "The order has already been decided.", RECEIVED);
            AgreementEntity a = em.find(AgreementEntity.class, s.agreementId);
            if (decision.accept()) {
                checkCapacity(em, a);
            }
            s.status = decision.accept() ? ACCEPTED : REFUSED;
            s.decisionReason = Agreements.trimmed(decision.reason());
            s.decidedBy = caller.user();
            enqueueToPartner(em, s, a, DECISION, new Payloads.Decision(decision.accept(), s.decisionReason));
            em.flush();
            record(caller, role, AuditAction.UPDATE, s, "decision");
            return placementView(em, s);
        });
    }

    PlacementView start(Caller caller, String placementId, String date) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF, Role.HANDLAGGARE);
        return repository.inTransaction(em -> {
            StayEntity s = stay(em, SELL, placementId, true);
            requireStatus(s, "Only an accepted placement starts.", ACCEPTED);
            ValidationException.Collector problems = new ValidationException.Collector();
            LocalDate day = DateFields.pastDay(problems, "date", date, DateFields.today(),
                    LocalDate.parse(s.startDate), "the ordered start");
            problems.throwIfAny();
            s.status = STARTED;
            s.startedOn = day.toString();
            AgreementEntity a = em.find(AgreementEntity.class, s.agreementId);
            enqueueToPartner(em, s, a, STARTED_MESSAGE, new Payloads.Day(s.startedOn, null));
            em.flush();
            record(caller, role, AuditAction.UPDATE, s, "start");
            return placementView(em, s);
        });
    }

    PlacementView end(Caller caller, String placementId, String date, String reason) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF, Role.HANDLAGGARE);
        return repository.inTransaction(em -> {
            StayEntity s = stay(em, SELL, placementId, true);
            requireStatus(s, "Only a started placement ends.", STARTED);
            ValidationException.Collector problems = new ValidationException.Collector();
            LocalDate day = DateFields.pastDay(problems, "date", date, DateFields.today(),
                    LocalDate.parse(s.startedOn), "the day the stay started");
            problems.maxLength("reason", reason, 2000).throwIfAny();
            s.status = ENDED;
            s.endedOn = day.toString();
            AgreementEntity a = em.find(AgreementEntity.class, s.agreementId);
            enqueueToPartner(em, s, a, ENDED_MESSAGE, new Payloads.Day(s.endedOn, Agreements.trimmed(reason)));
            em.flush();
            record(caller, role, AuditAction.UPDATE, s, "end");
            return placementView(em, s);
        });
    }

    ChargeView charge(Caller caller, String placementId, Charge charge) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF, Role.HANDLAGGARE, Role.BEHANDLARE);
        if (charge == null) {
            throw new ValidationException("body", "is required");
        }
        return repository.inTransaction(em -> {
            StayEntity s = stay(em, SELL, placementId, true);
            requireStatus(s, "Charges are recorded on a started or ended stay.", STARTED, ENDED);
            AgreementEntity a = em.find(AgreementEntity.class, s.agreementId);
            PriceModel price = Agreements.price(a);
            ValidationException.Collector problems = new ValidationException.Collector();
            LocalDate last = s.endedOn == null ? DateFields.today() : LocalDate.parse(s.endedOn);
            LocalDate day = DateFields.pastDay(problems, "day", charge.day(), last.isAfter(DateFields.today())
                    ? DateFields.today() : last, LocalDate.parse(s.startedOn), "the day the stay started");
            int quantity = charge.quantity() == null ? 1 : charge.quantity();
            if ((charge.hours() == null) == (charge.item() == null)) {
                problems.add("hours", "or item is required, not both");
            }
            if (charge.hours() != null) {
                if (price.perHour() == null) {
                    problems.add("hours", "the agreement has no hourly service");
                }
                if (charge.hours().signum() <= 0 || charge.hours().compareTo(new java.math.BigDecimal("24")) > 0
                        || charge.hours().stripTrailingZeros().scale() > 2) {
                    problems.add("hours", "must be more than 0 and at most 24, with at most two decimals");
                }
            }
            if (charge.item() != null && !Agreements.codes(price.items()).contains(charge.item())) {
                problems.add("item", "is not priced in the agreement: " + Agreements.codes(price.items()));
            }
            if (quantity < 1 || quantity > 100) {
                problems.add("quantity", "must be between 1 and 100");
            }
            problems.throwIfAny();
            ChargeEntity c = new ChargeEntity();
            c.id = UUID.randomUUID().toString();
            c.placementId = s.id;
            c.day = day.toString();
            c.hours = charge.hours() == null ? null : charge.hours().setScale(2);
            c.item = charge.item();
            c.quantity = charge.hours() != null ? 1 : quantity;
            c.recordedAt = System.currentTimeMillis();
            c.recordedBy = caller.user();
            em.persist(c);
            enqueueToPartner(em, s, a, CHARGE, new Payloads.Charge(c.id, c.day, c.hours, c.item, c.quantity));
            em.flush();
            record(caller, role, AuditAction.UPDATE, s, "charge/" + c.id);
            return chargeView(c, s);
        });
    }

    PlacementView placement(Caller caller, String placementId) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF, Role.HANDLAGGARE);
        return repository.inTransaction(em -> {
            StayEntity s = stay(em, SELL, placementId, false);
            record(caller, role, AuditAction.READ, s, null);
            return placementView(em, s);
        });
    }

    List<PlacementView> placements(Caller caller, String status) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF, Role.HANDLAGGARE);
        return repository.inTransaction(em -> {
            var query = em.createQuery("SELECT s FROM StayEntity s WHERE s.side = :side"
                    + (status == null ? "" : " AND s.status = :st") + " ORDER BY s.createdAt", StayEntity.class)
                    .setParameter("side", SELL);
            if (status != null) {
                query.setParameter("st", status);
            }
            List<StayEntity> found = query.getResultList();
            found.forEach(s -> record(caller, role, AuditAction.READ, s, null));
            return found.stream().map(s -> placementView(em, s)).toList();
        });
    }

    // ================================================================== messages from the other platform

    /**
     * Applies a message from a partner inside the receiving transaction. Any refusal rolls the whole message back;
     * the sender sees the refusal and changes nothing either.
     */
    void apply(EntityManager em, Caller caller, PartnerEntity partner, String type, String orderRef,
            String agreementNumber, String payload) {
        switch (type) {
            case ORDER -> receiveOrder(em, caller, partner, orderRef, agreementNumber,
                    parse(payload, Payloads.Order.class));
            case EXTENT -> receiveExtent(em, caller, partner, orderRef, parse(payload, Payloads.Extent.class));
            case NOTICE -> receiveNotice(em, caller, partner, orderRef, parse(payload, Payloads.Notice.class));
            case DECISION -> receiveDecision(em, caller, partner, orderRef, parse(payload, Payloads.Decision.class));
            case STARTED_MESSAGE, ENDED_MESSAGE -> receiveDay(em, caller, partner, orderRef, type,
                    parse(payload, Payloads.Day.class));
            case CHARGE -> receiveCharge(em, caller, partner, orderRef, parse(payload, Payloads.Charge.class));
            case DOCUMENT -> receiveDocument(em, caller, partner, orderRef, parse(payload, Payloads.Document.class));
            default -> throw new ValidationException("type", "is not a message this platform handles here");
        }
    }

    private void receiveOrder(EntityManager em, Caller caller, PartnerEntity partner, String orderRef,
            String agreementNumber, Payloads.Order o) {
        List<AgreementEntity> agreements = em.createQuery("SELECT a FROM AgreementEntity a WHERE a.partnerId = :p "
                + "AND a.role = :r AND a.number = :n", AgreementEntity.class).setParameter("p", partner.id)
                .setParameter("r", SELL).setParameter("n", agreementNumber).getResultList();
        if (agreements.isEmpty()) {
            throw new NotFoundException("This municipality has no agreement " + agreementNumber + " selling to "
                    + partner.name + ".");
        }
        AgreementEntity a = agreements.get(0);
        if (!a.serviceId.equals(o.serviceId())) {
            throw new ValidationException("serviceId", "is not sold under agreement " + a.number + ", which covers "
                    + a.serviceId);
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        problems.require("identityNumber", o.identityNumber()).maxLength("note", o.note(), 2000);
        LocalDate start = DateFields.parse(problems, "startDate", o.startDate(), null);
        problems.require("startDate", o.startDate());
        if (!Extents.isExtent(o.extent())) {
            problems.add("extent", "must be FULL_TIME or HALF_TIME");
        }
        problems.throwIfAny();
        checkValid(a, start, "startDate");
        checkExtentPriced(a, o.extent(), "extent");
        PersonView person = registered(caller, o);
        lockPerson(em, person.id());
        checkNoOverlap(em, SELL, person.id(), start, null);
        StayEntity s = new StayEntity();
        s.id = UUID.randomUUID().toString();
        s.side = SELL;
        s.orderRef = orderRef;
        s.agreementId = a.id;
        s.partnerId = partner.id;
        s.personRef = person.id();
        s.status = RECEIVED;
        s.startDate = start.toString();
        s.extents = Extents.of(o.extent(), start);
        s.note = Agreements.trimmed(o.note());
        s.createdBy = caller.user();
        s.createdAt = System.currentTimeMillis();
        String misfit = targetGroupMisfit(a, person, start);
        if (misfit != null) {
            s.status = REFUSED;
            s.decisionReason = "TARGET_GROUP: " + misfit;
            s.decidedBy = caller.user();
            Outbox.enqueue(em, partner, s.orderRef, a.number, DECISION, new Payloads.Decision(false,
                    s.decisionReason));
        }
        em.persist(s);
        em.flush();
        record(caller, Role.PARTNER, AuditAction.CREATE, s, "order-received");
    }

    private PersonView registered(Caller caller, Payloads.Order o) {
        Caller registrar = new Caller(caller.user(), java.util.Set.of(Role.HANDLAGGARE));
        try {
            return persons.findByIdentityNumber(registrar, o.identityNumber());
        } catch (NotFoundException e) {
            return persons.register(registrar, new PersonRegistration(
                    o.identityNumber(), o.givenName(), o.familyName(), null,
                    Boolean.TRUE.equals(o.protectedIdentity())));
        }
    }

    private void receiveExtent(EntityManager em, Caller caller, PartnerEntity partner, String orderRef,
            Payloads.Extent e) {
        StayEntity s = byOrderRef(em, SELL, partner, orderRef);
        requireStatus(s, "The placement is not accepted or running, so its extent cannot change.", ACCEPTED, STARTED);
        ValidationException.Collector problems = new ValidationException.Collector();
        LocalDate from = DateFields.parse(problems, "from", e.from(), null);
        problems.require("from", e.from());
        if (!Extents.isExtent(e.extent())) {
            problems.add("extent", "must be FULL_TIME or HALF_TIME");
        }
        problems.throwIfAny();
        checkExtentPriced(em.find(AgreementEntity.class, s.agreementId), e.extent(), "extent");
        checkWithinStay(s, from, "from");
        s.extents = Extents.change(s.extents, e.extent(), from);
        em.flush();
        record(caller, Role.PARTNER, AuditAction.UPDATE, s, "extent-received");
    }

    private void receiveNotice(EntityManager em, Caller caller, PartnerEntity partner, String orderRef,
            Payloads.Notice n) {
        StayEntity s = byOrderRef(em, SELL, partner, orderRef);
        requireStatus(s, "Notice is given on an accepted or running placement.", ACCEPTED, STARTED);
        if (s.noticeGivenOn != null) {
            throw new ConflictException("Notice was already given on " + s.noticeGivenOn + ".");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        LocalDate givenOn = DateFields.parse(problems, "givenOn", n.givenOn(), null);
        LocalDate end = DateFields.parse(problems, "endDate", n.endDate(), null);
        problems.require("givenOn", n.givenOn()).require("endDate", n.endDate()).throwIfAny();
        AgreementEntity a = em.find(AgreementEntity.class, s.agreementId);
        if (end.isBefore(givenOn.plusDays(a.noticeDays))) {
            throw new ValidationException("endDate", "is within the agreement's notice period of " + a.noticeDays
                    + " days");
        }
        s.noticeGivenOn = givenOn.toString();
        s.endDate = end.toString();
        em.flush();
        record(caller, Role.PARTNER, AuditAction.UPDATE, s, "notice-received");
    }

    private void receiveDecision(EntityManager em, Caller caller, PartnerEntity partner, String orderRef,
            Payloads.Decision d) {
        StayEntity s = byOrderRef(em, BUY, partner, orderRef);
        requireStatus(s, "The order has already been answered.", SENT);
        s.status = d.accepted() ? ACCEPTED : REFUSED;
        s.decisionReason = bounded(d.reason());
        em.flush();
        record(caller, Role.PARTNER, AuditAction.UPDATE, s, "decision-received");
    }

    private void receiveDay(EntityManager em, Caller caller, PartnerEntity partner, String orderRef, String type,
            Payloads.Day d) {
        StayEntity s = byOrderRef(em, BUY, partner, orderRef);
        ValidationException.Collector problems = new ValidationException.Collector();
        LocalDate day = DateFields.parse(problems, "date", d.date(), null);
        problems.require("date", d.date()).throwIfAny();
        if (STARTED_MESSAGE.equals(type)) {
            requireStatus(s, "Only an accepted order starts.", ACCEPTED);
            s.status = STARTED;
            s.startedOn = day.toString();
        } else {
            requireStatus(s, "Only a started placement ends.", STARTED);
            s.status = ENDED;
            s.endedOn = day.toString();
            s.decisionReason = d.reason() == null ? s.decisionReason : bounded(d.reason());
        }
        em.flush();
        record(caller, Role.PARTNER, AuditAction.UPDATE, s, type.toLowerCase(java.util.Locale.ROOT) + "-received");
    }

    private void receiveCharge(EntityManager em, Caller caller, PartnerEntity partner, String orderRef,
            Payloads.Charge c) {
        StayEntity s = byOrderRef(em, BUY, partner, orderRef);
        ValidationException.Collector problems = new ValidationException.Collector();
        LocalDate day = DateFields.parse(problems, "day", c.day(), null);
        problems.require("chargeId", c.chargeId()).require("day", c.day());
        if (c.hours() != null) {
            Money.check(problems, "hours", c.hours());
        }
        problems.throwIfAny();
        ChargeEntity charge = new ChargeEntity();
        charge.id = UUID.randomUUID().toString();
        charge.placementId = s.id;
        charge.day = day.toString();
        charge.hours = c.hours();
        charge.item = c.item();
        charge.quantity = c.quantity();
        charge.recordedAt = System.currentTimeMillis();
        charge.recordedBy = caller.user();
        em.persist(charge);
        em.flush();
        record(caller, Role.PARTNER, AuditAction.UPDATE, s, "charge-received");
    }

    private void receiveDocument(EntityManager em, Caller caller, PartnerEntity partner, String orderRef,
            Payloads.Document d) {
        StayEntity s = byOrderRef(em, BUY, partner, orderRef);
        ValidationException.Collector problems = new ValidationException.Collector();
        problems.require("kind", d.kind()).require("title", d.title()).require("html", d.html())
                .maxLength("title", d.title(), 500);
        if (d.kind() != null && !List.of("PLAN", "ARRIVAL", "MONTHLY", "CLOSING").contains(d.kind())) {
            problems.add("kind", "must be PLAN, ARRIVAL, MONTHLY or CLOSING");
        }
        if (d.month() != null && !d.month().matches("\\d{4}-\\d{2}")) {
            problems.add("month", "must be yyyy-mm");
        }
        problems.throwIfAny();
        DocumentEntity doc = new DocumentEntity();
        doc.id = UUID.randomUUID().toString();
        doc.placementId = s.id;
        doc.kind = d.kind();
        doc.month = d.month();
        doc.title = d.title();
        doc.html = d.html();
        doc.receivedAt = System.currentTimeMillis();
        em.persist(doc);
        em.flush();
        record(caller, Role.PARTNER, AuditAction.CREATE, s, "document/" + doc.id);
    }

    // ================================================================== rules

    static StayEntity stay(EntityManager em, String side, String id, boolean lock) {
        if (!Ids.isId(id)) {
            throw new ValidationException("id", "is not an id");
        }
        StayEntity s = em.find(StayEntity.class, id, lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE);
        if (s == null || !side.equals(s.side)) {
            throw new NotFoundException(BUY.equals(side) ? "No order with this id." : "No placement with this id.");
        }
        return s;
    }

    /** The stay a partner's message is about: only a stay of that partner ("another municipality's order": 404). */
    private static StayEntity byOrderRef(EntityManager em, String side, PartnerEntity partner, String orderRef) {
        List<StayEntity> found = em.createQuery("SELECT s FROM StayEntity s WHERE s.side = :side AND s.orderRef = :o",
                StayEntity.class).setParameter("side", side).setParameter("o", orderRef)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (found.isEmpty() || !found.get(0).partnerId.equals(partner.id)) {
            throw new NotFoundException("No order " + orderRef + " between this municipality and " + partner.name
                    + ".");
        }
        return found.get(0);
    }

    private static void requireStatus(StayEntity s, String message, String... allowed) {
        for (String status : allowed) {
            if (status.equals(s.status)) {
                return;
            }
        }
        throw new ConflictException(message + " It is " + s.status + ".");
    }

    private static void checkValid(AgreementEntity a, LocalDate day, String field) {
        if (day.isBefore(LocalDate.parse(a.validFrom)) || a.validTo != null && day.isAfter(LocalDate.parse(a.validTo))) {
            throw new ValidationException(field, "lies outside agreement " + a.number + "'s validity (" + a.validFrom
                    + " – " + (a.validTo == null ? "" : a.validTo) + ")");
        }
    }

    private static void checkExtentPriced(AgreementEntity a, String extent, String field) {
        PriceModel price = Agreements.price(a);
        if (Extents.HALF_TIME.equals(extent) && price.monthFullTime() != null && price.monthHalfTime() == null) {
            throw new ValidationException(field, "agreement " + a.number + " has no half-time price");
        }
    }

    private static void checkWithinStay(StayEntity s, LocalDate day, String field) {
        if (day.isBefore(LocalDate.parse(s.startDate))) {
            throw new ValidationException(field, "is before the placement's start " + s.startDate);
        }
        if (s.endDate != null && day.isAfter(LocalDate.parse(s.endDate))) {
            throw new ValidationException(field, "is after the placement's last day " + s.endDate);
        }
    }

    private void checkCapacity(EntityManager em, AgreementEntity a) {
        int occupied = Agreements.activePlacements(em, a);
        if (occupied < a.reservedPlaces) {
            return;
        }
        MenuEntry entry = menu.entry(a.serviceId);
        if (entry != null && entry.freePlaces() != null && entry.freePlaces() <= 0) {
            throw new ConflictException("No free place: the buyer's " + a.reservedPlaces + " reserved place(s) are "
                    + "taken and " + entry.name() + " has no free place. Refuse the order with reason CAPACITY.");
        }
    }

    private static String targetGroupMisfit(AgreementEntity a, PersonView person, LocalDate start) {
        if (person.birthDate() == null || a.minAge == null && a.maxAge == null) {
            return null;
        }
        int age = Period.between(person.birthDate(), start).getYears();
        if (a.minAge != null && age < a.minAge) {
            return "the service takes persons from " + a.minAge + " years";
        }
        if (a.maxAge != null && age > a.maxAge) {
            return "the service takes persons up to " + a.maxAge + " years";
        }
        return null;
    }

    /** One stay per person at a time, on each side; the person's lock row serialises simultaneous orders. */
    private static void checkNoOverlap(EntityManager em, String side, String personRef, LocalDate start,
            String except) {
        for (StayEntity other : em.createQuery("SELECT s FROM StayEntity s WHERE s.side = :side AND s.personRef = :p "
                + "AND s.status IN :st", StayEntity.class).setParameter("side", side).setParameter("p", personRef)
                .setParameter("st", LIVE).getResultList()) {
            if (Objects.equals(other.id, except)) {
                continue;
            }
            String last = other.endedOn != null ? other.endedOn : other.endDate;
            if (last == null || !LocalDate.parse(last).isBefore(start)) {
                throw new ConflictException("The person already has a placement from " + other.startDate
                        + (last == null ? "" : " to " + last) + " that overlaps; end it before ordering another.");
            }
        }
    }

    private static void lockPerson(EntityManager em, String personRef) {
        PersonLockEntity lock = em.find(PersonLockEntity.class, personRef, LockModeType.PESSIMISTIC_WRITE);
        if (lock == null) {
            lock = new PersonLockEntity();
            lock.personRef = personRef;
            em.persist(lock);
            em.flush();
            em.lock(lock, LockModeType.PESSIMISTIC_WRITE);
        }
    }

    private static void enqueueToPartner(EntityManager em, StayEntity s, AgreementEntity a, String type,
            Object payload) {
        PartnerEntity partner = em.find(PartnerEntity.class, s.partnerId);
        if (Agreements.MUNICIPALITY.equals(partner.kind)) {
            Outbox.enqueue(em, partner, s.orderRef, a.number, type, payload);
        }
    }

    private static <T> T parse(String payload, Class<T> type) {
        T value = Json.readOrNull(payload, type);
        if (value == null) {
            throw new ValidationException("payload", "is not a " + type.getSimpleName() + " message");
        }
        return value;
    }

    private static String bounded(String s) {
        return s == null ? null : s.length() > 2000 ? s.substring(0, 2000) : s;
    }

    private void record(Caller caller, String role, AuditAction action, StayEntity s, String what) {
        audit.record(new AuditEvent(caller, role, action, PersonReferences.personIdOrNull(s.personRef),
                RESOURCE + (BUY.equals(s.side) ? "order/" : "placement/") + s.id + (what == null ? "" : "/" + what),
                null));
    }

    // ================================================================== views

    static OrderView orderView(EntityManager em, StayEntity s) {
        AgreementEntity a = em.find(AgreementEntity.class, s.agreementId);
        PartnerEntity p = em.find(PartnerEntity.class, s.partnerId);
        Outbox.Delivery latest = Outbox.latest(em, s.orderRef);
        return new OrderView(s.id, a.id, a.number, p.name, a.serviceName, s.personRef, s.status,
                latest == null ? null : latest.shown(), latest == null ? 0 : latest.attempts(),
                latest == null || !Outbox.PENDING.equals(latest.status()) ? null
                        : Instant.ofEpochMilli(latest.nextAttemptAt()),
                latest == null ? null : latest.lastError(), date(s.startDate), date(s.startedOn),
                Extents.read(s.extents), date(s.noticeGivenOn), date(s.endDate), date(s.endedOn), s.decisionReason,
                s.refusal, s.note, s.createdBy, Instant.ofEpochMilli(s.createdAt), s.version);
    }

    static PlacementView placementView(EntityManager em, StayEntity s) {
        AgreementEntity a = em.find(AgreementEntity.class, s.agreementId);
        PartnerEntity p = em.find(PartnerEntity.class, s.partnerId);
        return new PlacementView(s.id, s.orderRef, a.id, a.number, p.code, p.name, a.serviceId, s.personRef,
                s.status, date(s.startDate), date(s.startedOn), Extents.read(s.extents), date(s.noticeGivenOn),
                date(s.endDate), date(s.endedOn), s.decisionReason, s.decidedBy, s.note,
                Instant.ofEpochMilli(s.createdAt), s.version);
    }

    static ChargeView chargeView(ChargeEntity c, StayEntity s) {
        return new ChargeView(c.id, s.orderRef, LocalDate.parse(c.day), c.hours, c.item, c.quantity,
                Instant.ofEpochMilli(c.recordedAt));
    }

    static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    /** Throws unless the caller is the case officer who made the order: the only reader of its documents. */
    static void requireOrderer(Caller caller, StayEntity s) {
        if (!caller.user().equals(s.createdBy)) {
            throw new AccessDeniedException("Only the case officer who ordered the placement reads its documents.");
        }
    }
}
