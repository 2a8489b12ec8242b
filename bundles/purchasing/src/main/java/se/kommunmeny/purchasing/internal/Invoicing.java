package se.kommunmeny.purchasing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import com.fasterxml.jackson.core.type.TypeReference;

import se.kommunmeny.core.api.audit.AuditAction;
import se.kommunmeny.core.api.audit.AuditEvent;
import se.kommunmeny.core.api.audit.AuditService;
import se.kommunmeny.core.api.municipality.Municipality;
import se.kommunmeny.core.api.problem.ConflictException;
import se.kommunmeny.core.api.problem.DateFields;
import se.kommunmeny.core.api.problem.NotFoundException;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.purchasing.api.InvoiceView;
import se.kommunmeny.purchasing.api.OrderView;
import se.kommunmeny.purchasing.api.PriceModel;
import se.kommunmeny.purchasing.internal.invoicing.CreditNotes;
import se.kommunmeny.purchasing.internal.invoicing.HourEntry;
import se.kommunmeny.purchasing.internal.invoicing.Invoice;
import se.kommunmeny.purchasing.internal.invoicing.InvoiceCalculator;
import se.kommunmeny.purchasing.internal.invoicing.InvoiceHtml;
import se.kommunmeny.purchasing.internal.invoicing.InvoiceLine;
import se.kommunmeny.purchasing.internal.invoicing.ItemEntry;
import se.kommunmeny.purchasing.internal.invoicing.Party;
import se.kommunmeny.purchasing.internal.invoicing.PriceTerms;
import se.kommunmeny.purchasing.internal.invoicing.Reconciliation;
import se.kommunmeny.purchasing.internal.invoicing.ReconciliationResult;
import se.kommunmeny.purchasing.internal.invoicing.Stay;
import se.kommunmeny.purchasing.internal.invoicing.UblReader;
import se.kommunmeny.purchasing.internal.invoicing.UblWriter;

/**
 * Monthly invoices. The supplier computes each SELL agreement's month from its own records of the stays (days per
 * extent, notice periods, hours, items, vacant reserved places), stores it with its Peppol BIS Billing 3.0 document
 * and sends that to the buyer's platform. The buyer computes the same month from its own records and reconciles:
 * every difference is listed on the received invoice. A month is invoiced once; a correction is a credit note, after
 * which the month may be invoiced again.
 */
final class Invoicing {
    static final String ISSUED = "ISSUED";
    static final String RECEIVED = "RECEIVED";
    static final String INVOICE = "INVOICE";
    static final String CREDIT_NOTE = "CREDIT_NOTE";
    private static final String RESOURCE = "purchasing/invoice/";
    private static final TypeReference<Map<Integer, Integer>> RUNS = new TypeReference<>() { };
    private static final TypeReference<List<InvoiceView.Difference>> DIFFERENCES = new TypeReference<>() { };

    private final PurchasingRepository repository;
    private final PlatformIdentity platform;
    private final AuditService audit;
    private final InvoiceCalculator calculator = new InvoiceCalculator();

    Invoicing(PurchasingRepository repository, PlatformIdentity platform, AuditService audit) {
        this.repository = repository;
        this.platform = platform;
        this.audit = audit;
    }

    // ------------------------------------------------------------------ the supplier's side

    List<InvoiceView> invoiceMonth(Caller caller, String monthText) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF);
        YearMonth month = endedMonth(monthText);
        List<String> agreements = repository.inTransaction(em -> em.createQuery("SELECT a.id FROM AgreementEntity a "
                + "WHERE a.role = :r ORDER BY a.number", String.class).setParameter("r", Agreements.SELL)
                .getResultList());
        for (String agreementId : agreements) {
            repository.inTransaction(em -> {
                AgreementEntity a = em.find(AgreementEntity.class, agreementId, LockModeType.PESSIMISTIC_WRITE);
                if (current(em, a.id, month) == null) {
                    issue(em, caller, role, a, month);
                }
                return null;
            });
        }
        return invoices(caller, ISSUED, month.toString());
    }

    InvoiceView invoice(Caller caller, String agreementId, String monthText) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF);
        YearMonth month = endedMonth(monthText);
        return repository.inTransaction(em -> {
            AgreementEntity a = Agreements.agreement(em, agreementId);
            em.lock(a, LockModeType.PESSIMISTIC_WRITE);
            if (!Agreements.SELL.equals(a.role)) {
                throw new ValidationException("agreementId", "is an agreement this municipality buys under; the "
                        + "supplier invoices it");
            }
            InvoiceEntity existing = current(em, a.id, month);
            if (existing != null) {
                throw new ConflictException("Agreement " + a.number + " is already invoiced for " + month
                        + " (invoice " + existing.number + "); credit that invoice to invoice the month again.");
            }
            InvoiceEntity issued = issue(em, caller, role, a, month);
            if (issued == null) {
                throw new ConflictException("Agreement " + a.number + " has nothing to bill for " + month + ".");
            }
            return view(em, issued);
        });
    }

    InvoiceView credit(Caller caller, String invoiceId, String reason) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new ValidationException("reason", "is required, at most 500 characters");
        }
        return repository.inTransaction(em -> {
            InvoiceEntity original = entity(em, invoiceId, true);
            if (!ISSUED.equals(original.direction) || !INVOICE.equals(original.type)) {
                throw new ConflictException("Only an invoice this municipality issued is credited here.");
            }
            if (original.creditedBy != null) {
                throw new ConflictException("Invoice " + original.number + " was already credited by "
                        + original.creditedBy + ".");
            }
            AgreementEntity a = em.find(AgreementEntity.class, original.agreementId);
            Invoice credit = CreditNotes.fullCredit(stored(original), nextNumber(em), DateFields.today(), reason.trim());
            InvoiceEntity note = store(em, caller, a, credit, ISSUED, new UblWriter().creditNote(credit));
            note.credits = original.number;
            original.creditedBy = note.number;
            send(em, a, note);
            em.flush();
            audit.record(new AuditEvent(caller, role, AuditAction.CREATE, null, RESOURCE + note.id, "credit "
                    + original.number));
            return view(em, note);
        });
    }

    private InvoiceEntity issue(EntityManager em, Caller caller, String role, AgreementEntity a, YearMonth month) {
        PartnerEntity buyer = em.find(PartnerEntity.class, a.partnerId);
        Invoice draft = compute(em, a, month, "draft", seller(), party(buyer));
        if (draft.lines().isEmpty()) {
            return null;
        }
        Invoice invoice = new Invoice(nextNumber(em), draft.issueDate(), draft.dueDate(), draft.month(),
                draft.agreementNumber(), draft.buyerReference(), draft.currency(), draft.seller(), draft.buyer(),
                draft.lines(), draft.total(), draft.vacancyRuns(), draft.creditedInvoice(), draft.note());
        InvoiceEntity row = store(em, caller, a, invoice, ISSUED, new UblWriter().invoice(invoice));
        send(em, a, row);
        em.flush();
        audit.record(new AuditEvent(caller, role, AuditAction.CREATE, null, RESOURCE + row.id, month.toString()));
        return row;
    }

    private void send(EntityManager em, AgreementEntity a, InvoiceEntity row) {
        PartnerEntity buyer = em.find(PartnerEntity.class, a.partnerId);
        if (Agreements.MUNICIPALITY.equals(buyer.kind)) {
            Outbox.enqueue(em, buyer, row.id, a.number, Stays.INVOICE, new Payloads.Invoice(row.ubl));
        }
    }

    // ------------------------------------------------------------------ the buyer's side

    /** An invoice or credit note from a supplier's platform: stored, and reconciled against this platform's records. */
    void receive(EntityManager em, Caller caller, PartnerEntity supplier, String invoiceRef, String agreementNumber,
            String payload) {
        Payloads.Invoice p = Json.readOrNull(payload, Payloads.Invoice.class);
        if (p == null || p.ubl() == null || p.ubl().isBlank()) {
            throw new ValidationException("payload", "must carry the invoice's UBL document");
        }
        Invoice received;
        try {
            received = new UblReader().read(p.ubl());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("ubl", e.getMessage());
        }
        AgreementEntity a = em.createQuery("SELECT a FROM AgreementEntity a WHERE a.partnerId = :p AND a.role = :r "
                + "AND a.number = :n", AgreementEntity.class).setParameter("p", supplier.id)
                .setParameter("r", Agreements.BUY).setParameter("n", agreementNumber).getResultList().stream()
                .findFirst().orElseThrow(() -> new NotFoundException("This municipality buys nothing from "
                        + supplier.name + " under agreement " + agreementNumber + "."));
        em.lock(a, LockModeType.PESSIMISTIC_WRITE);
        for (InvoiceLine line : received.lines()) {
            if (line.amount().stripTrailingZeros().scale() > 2 || line.unitPrice().stripTrailingZeros().scale() > 2) {
                throw new ValidationException("ubl", "line " + line.id() + " has an amount with more than two "
                        + "decimals");
            }
        }
        if (!em.createQuery("SELECT i.id FROM InvoiceEntity i WHERE i.direction = :d AND i.agreementId = :a "
                + "AND i.number = :n", String.class).setParameter("d", RECEIVED).setParameter("a", a.id)
                .setParameter("n", received.number()).getResultList().isEmpty()) {
            throw new ConflictException("Invoice " + received.number() + " from " + supplier.name
                    + " was already received.");
        }
        InvoiceEntity row;
        if (received.creditNote()) {
            InvoiceEntity credited = em.createQuery("SELECT i FROM InvoiceEntity i WHERE i.direction = :d "
                    + "AND i.agreementId = :a AND i.number = :n", InvoiceEntity.class).setParameter("d", RECEIVED)
                    .setParameter("a", a.id).setParameter("n", received.creditedInvoice()).getResultList().stream()
                    .findFirst().orElseThrow(() -> new ValidationException("ubl", "credits invoice "
                            + received.creditedInvoice() + ", which was never received"));
            if (credited.creditedBy != null) {
                throw new ConflictException("Invoice " + credited.number + " was already credited.");
            }
            row = store(em, caller, a, received, RECEIVED, p.ubl());
            row.credits = credited.number;
            credited.creditedBy = row.number;
        } else {
            InvoiceEntity current = current(em, a.id, received.month());
            if (current != null) {
                throw new ConflictException("Invoice " + received.number() + " is for " + received.month()
                        + ", which " + supplier.name + " already invoiced (" + current.number + ") and did not credit.");
            }
            Invoice expected = compute(em, a, received.month(), received.number(), received.seller(),
                    received.buyer());
            ReconciliationResult result = Reconciliation.compare(received, expected);
            row = store(em, caller, a, received, RECEIVED, p.ubl());
            row.vacancyRuns = Json.write(expected.vacancyRuns());
            row.reconciliation = result.matches() ? "MATCHES" : "DIFFERS";
            row.differences = Json.write(result.differences().stream().map(d -> new InvoiceView.Difference(
                    d.kind().name(), d.orderRef(), d.description(), d.expected(), d.invoiced())).toList());
        }
        em.flush();
        audit.record(new AuditEvent(caller, Role.PARTNER, AuditAction.CREATE, null, RESOURCE + row.id,
                "received " + received.number()));
    }

    // ------------------------------------------------------------------ reading

    List<InvoiceView> invoices(Caller caller, String direction, String month) {
        caller.requireAnyRole(Role.ENHETSCHEF);
        if (direction != null && !ISSUED.equals(direction) && !RECEIVED.equals(direction)) {
            throw new ValidationException("direction", "must be ISSUED or RECEIVED");
        }
        if (month != null && !month.matches("\\d{4}-\\d{2}")) {
            throw new ValidationException("month", "must be yyyy-mm");
        }
        String jpql = "SELECT i FROM InvoiceEntity i WHERE 1 = 1" + (direction == null ? "" : " AND i.direction = :d")
                + (month == null ? "" : " AND i.month = :m") + " ORDER BY i.createdAt";
        return repository.inTransaction(em -> {
            var query = em.createQuery(jpql, InvoiceEntity.class);
            if (direction != null) {
                query.setParameter("d", direction);
            }
            if (month != null) {
                query.setParameter("m", month);
            }
            return query.getResultList().stream().map(i -> view(em, i)).toList();
        });
    }

    InvoiceView get(Caller caller, String id) {
        caller.requireAnyRole(Role.ENHETSCHEF);
        return repository.inTransaction(em -> view(em, entity(em, id, false)));
    }

    String ubl(Caller caller, String id) {
        caller.requireAnyRole(Role.ENHETSCHEF);
        return repository.inTransaction(em -> entity(em, id, false).ubl);
    }

    String html(Caller caller, String id) {
        caller.requireAnyRole(Role.ENHETSCHEF);
        return repository.inTransaction(em -> InvoiceHtml.render(stored(entity(em, id, false))));
    }

    // ------------------------------------------------------------------ computing a month

    /** The month from this platform's own records of the agreement's stays. */
    private Invoice compute(EntityManager em, AgreementEntity a, YearMonth month, String number, Party seller,
            Party buyer) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        // Stays that can bill the month: started by its end, and not ended (nor out of notice) before it began.
        String earliest = first.minusDays(a.noticeDays).toString();
        List<StayEntity> stays = em.createQuery("SELECT s FROM StayEntity s WHERE s.agreementId = :a AND s.status IN "
                + ":st AND s.startedOn <= :l AND (s.endedOn IS NULL OR s.endedOn >= :e OR s.noticeGivenOn >= :e) "
                + "ORDER BY s.startedOn, s.orderRef", StayEntity.class).setParameter("a", a.id)
                .setParameter("st", List.of(Stays.STARTED, Stays.ENDED)).setParameter("l", last.toString())
                .setParameter("e", earliest).getResultList();
        Map<String, List<ChargeEntity>> charges = new HashMap<>();
        em.createQuery("SELECT c FROM ChargeEntity c, StayEntity s WHERE c.placementId = s.id AND s.agreementId = :a "
                + "AND c.day >= :f AND c.day <= :l ORDER BY c.day, c.id", ChargeEntity.class)
                .setParameter("a", a.id).setParameter("f", first.toString()).setParameter("l", last.toString())
                .getResultList().forEach(c -> charges.computeIfAbsent(c.placementId, k -> new ArrayList<>()).add(c));
        List<Stay> billed = new ArrayList<>();
        List<HourEntry> hours = new ArrayList<>();
        List<ItemEntry> items = new ArrayList<>();
        for (StayEntity s : stays) {
            billed.add(new Stay(s.id, s.orderRef, segments(s), Stays.date(s.noticeGivenOn), Stays.date(s.endedOn)));
            for (ChargeEntity c : charges.getOrDefault(s.id, List.of())) {
                if (c.hours != null) {
                    hours.add(new HourEntry(s.id, s.orderRef, LocalDate.parse(c.day), c.hours));
                } else {
                    items.add(new ItemEntry(s.id, s.orderRef, LocalDate.parse(c.day), c.item, c.quantity));
                }
            }
        }
        return calculator.compute(number, DateFields.today(), month, a.number, a.buyerReference, terms(a), billed,
                hours, items, runsBefore(em, a, month), seller, buyer);
    }

    /** The stay's extents from the day it started, each to the day before the next. */
    private static List<Stay.Segment> segments(StayEntity s) {
        LocalDate started = LocalDate.parse(s.startedOn);
        List<OrderView.Extent> extents = Extents.read(s.extents);
        List<Stay.Segment> segments = new ArrayList<>();
        for (int i = 0; i < extents.size(); i++) {
            LocalDate from = extents.get(i).from().isBefore(started) ? started : extents.get(i).from();
            LocalDate to = i + 1 < extents.size() ? extents.get(i + 1).from().minusDays(1) : null;
            if (to == null || !to.isBefore(from)) {
                segments.add(new Stay.Segment(from, to, Stay.Extent.valueOf(extents.get(i).extent())));
            }
        }
        return segments;
    }

    private static PriceTerms terms(AgreementEntity a) {
        PriceModel p = Agreements.price(a);
        Map<String, PriceTerms.ItemPrice> items = new LinkedHashMap<>();
        if (p.items() != null) {
            p.items().forEach(i -> items.put(i.code(), new PriceTerms.ItemPrice(i.name(), i.unitPrice())));
        }
        return new PriceTerms(p.currency(), p.monthFullTime(), p.monthHalfTime(), p.perDay(), p.perHour(),
                p.hourServiceName(), items, a.reservedPlaces, a.vacancyGraceDays, a.vacancyPercent, a.noticeDays,
                PriceRules.indexFactor(p));
    }

    /** Vacant reserved places' runs at the end of the previous month, from that month's invoice. */
    private static Map<Integer, Integer> runsBefore(EntityManager em, AgreementEntity a, YearMonth month) {
        InvoiceEntity previous = current(em, a.id, month.minusMonths(1));
        return previous == null || previous.vacancyRuns == null ? Map.of() : Json.read(previous.vacancyRuns, RUNS);
    }

    /** The month's invoice on this side that stands (not credited), or {@code null}. */
    private static InvoiceEntity current(EntityManager em, String agreementId, YearMonth month) {
        return em.createQuery("SELECT i FROM InvoiceEntity i WHERE i.agreementId = :a AND i.month = :m "
                + "AND i.type = :t AND i.creditedBy IS NULL", InvoiceEntity.class).setParameter("a", agreementId)
                .setParameter("m", month.toString()).setParameter("t", INVOICE).getResultList().stream().findFirst()
                .orElse(null);
    }

    private Party seller() {
        Municipality m = platform.municipality();
        PurchasingConfig c = platform.config();
        String country = m.country().name();
        String org = c.organisationNumber().isBlank() ? null : c.organisationNumber();
        String endpoint = !c.endpointId().isBlank() ? c.endpointId() : org == null ? null : org.replaceAll("[^0-9]", "");
        if (endpoint == null) {
            throw new ConflictException("This municipality's organisation number is not configured (etc/"
                    + PurchasingConfig.PID + ".cfg: organisationNumber); invoices need it.");
        }
        String account = c.bankAccount().isBlank() ? null : c.bankAccount();
        String digits = org == null ? null : org.replaceAll("[^0-9]", "");
        return new Party(m.name() + " kommun", digits, vatNumber(country, digits), endpoint,
                c.endpointScheme(), blank(c.street()), blank(c.city()), blank(c.postalCode()), country, account,
                account == null ? null : account.matches("\\d{3,4}-?\\d{4}") ? "30" : "58", null, null);
    }

    private static Party party(PartnerEntity p) {
        String org = p.organisationNumber == null ? null : p.organisationNumber.replaceAll("[^0-9]", "");
        String endpoint = p.endpointId != null ? p.endpointId : org;
        if (endpoint == null) {
            throw new ConflictException("Partner " + p.name + " has no electronic address (endpointId or "
                    + "organisationNumber); invoices need it.");
        }
        return new Party(p.name, org, vatNumber(p.country, org), endpoint, p.endpointScheme, p.street, p.city,
                p.postalCode, p.country, null, null, null, null);
    }

    /** The next number of the year, without gaps: {@code <municipality code>-<year>-<five digits>}. */
    private String nextNumber(EntityManager em) {
        int year = DateFields.today().getYear();
        InvoiceSequenceEntity seq = em.find(InvoiceSequenceEntity.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (seq == null) {
            seq = new InvoiceSequenceEntity();
            seq.year = year;
            seq.lastNumber = 0;
            em.persist(seq);
        }
        seq.lastNumber++;
        return String.format("%s-%d-%05d", platform.municipality().code(), year, seq.lastNumber);
    }

    private static InvoiceEntity store(EntityManager em, Caller caller, AgreementEntity a, Invoice invoice,
            String direction, String ubl) {
        InvoiceEntity row = new InvoiceEntity();
        row.id = UUID.randomUUID().toString();
        row.number = invoice.number();
        row.type = invoice.creditNote() ? CREDIT_NOTE : INVOICE;
        row.direction = direction;
        row.agreementId = a.id;
        row.month = invoice.month().toString();
        row.issueDate = invoice.issueDate().toString();
        row.dueDate = invoice.dueDate() == null ? invoice.issueDate().toString() : invoice.dueDate().toString();
        row.currency = invoice.currency();
        row.total = invoice.total();
        row.lines = Json.write(invoice);
        row.ubl = ubl;
        row.vacancyRuns = Json.write(invoice.vacancyRuns());
        row.createdAt = System.currentTimeMillis();
        row.createdBy = caller.user();
        em.persist(row);
        return row;
    }

    private static Invoice stored(InvoiceEntity row) {
        return Json.read(row.lines, Invoice.class);
    }

    private static InvoiceEntity entity(EntityManager em, String id, boolean lock) {
        InvoiceEntity row = Ids.isId(id) ? em.find(InvoiceEntity.class, id,
                lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE) : null;
        if (row == null) {
            throw new NotFoundException("No invoice with this id.");
        }
        return row;
    }

    private static InvoiceView view(EntityManager em, InvoiceEntity row) {
        AgreementEntity a = em.find(AgreementEntity.class, row.agreementId);
        PartnerEntity p = em.find(PartnerEntity.class, a.partnerId);
        Invoice invoice = stored(row);
        List<InvoiceView.Line> lines = invoice.lines().stream().map(l -> new InvoiceView.Line(l.id(), l.description(),
                l.quantity(), l.unitCode(), l.unitPrice(), l.amount(), l.orderRef(), l.from(), l.to())).toList();
        return new InvoiceView(row.id, row.number, row.type, row.direction, a.id, a.number, p.name, row.month,
                LocalDate.parse(row.issueDate), LocalDate.parse(row.dueDate), row.currency, row.total, lines,
                row.credits, row.creditedBy, row.reconciliation,
                row.differences == null ? List.of() : Json.read(row.differences, DIFFERENCES),
                ISSUED.equals(row.direction) ? delivery(em, row.id) : null,
                java.time.Instant.ofEpochMilli(row.createdAt));
    }

    private static String delivery(EntityManager em, String invoiceId) {
        Outbox.Delivery d = Outbox.latest(em, invoiceId);
        return d == null ? null : d.shown();
    }

    /** A month that has ended: months are invoiced after they end. */
    private static YearMonth endedMonth(String text) {
        YearMonth month;
        try {
            month = YearMonth.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException("month", "must be yyyy-mm");
        }
        if (!month.isBefore(YearMonth.from(DateFields.today()))) {
            throw new ValidationException("month", "has not ended yet; a month is invoiced after its last day");
        }
        return month;
    }

    /** Per agreement, the month's standing received invoice total, for the costs. */
    static Map<String, BigDecimal> receivedTotals(EntityManager em, YearMonth month) {
        Map<String, BigDecimal> totals = new HashMap<>();
        em.createQuery("SELECT i FROM InvoiceEntity i WHERE i.direction = :d AND i.month = :m AND i.type = :t "
                + "AND i.creditedBy IS NULL", InvoiceEntity.class).setParameter("d", RECEIVED)
                .setParameter("m", month.toString()).setParameter("t", INVOICE).getResultList()
                .forEach(i -> totals.merge(i.agreementId, i.total, BigDecimal::add));
        return totals;
    }

    /** This platform's own computation of a bought agreement's month, for the costs of months not yet invoiced. */
    Invoice expected(EntityManager em, AgreementEntity a, YearMonth month) {
        PartnerEntity supplier = em.find(PartnerEntity.class, a.partnerId);
        Party self;
        try {
            self = seller();
        } catch (ConflictException e) {
            self = new Party(platform.municipality().name(), null, null, platform.municipality().code(), "0007",
                    null, null, null, platform.municipality().country().name(), null, null, null, null);
        }
        Party from = party(supplier);
        return compute(em, a, month, "expected", from, self);
    }

    /**
     * The VAT registration number that follows from an organisation number: SE + the ten digits + 01 in Sweden, DK +
     * the CVR number in Denmark. Social care is exempt, but an exempt invoice still names the seller's number.
     */
    static String vatNumber(String country, String digits) {
        if (digits == null || digits.isEmpty()) {
            return null;
        }
        return "DK".equals(country) ? "DK" + digits : "SE" + digits + "01";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
