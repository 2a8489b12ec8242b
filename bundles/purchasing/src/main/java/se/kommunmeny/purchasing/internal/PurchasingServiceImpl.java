package se.kommunmeny.purchasing.internal;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.persistence.EntityManager;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.kommunmeny.core.api.audit.AuditAction;
import se.kommunmeny.core.api.audit.AuditEvent;
import se.kommunmeny.core.api.audit.AuditService;
import se.kommunmeny.core.api.audit.Refusals;
import se.kommunmeny.core.api.menu.MenuEntry;
import se.kommunmeny.core.api.menu.MenuService;
import se.kommunmeny.core.api.menu.ServiceOffering;
import se.kommunmeny.core.api.person.PersonReferences;
import se.kommunmeny.core.api.person.PersonService;
import se.kommunmeny.core.api.problem.DateFields;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.purchasing.api.AgreementRequest;
import se.kommunmeny.purchasing.api.AgreementView;
import se.kommunmeny.purchasing.api.Charge;
import se.kommunmeny.purchasing.api.ChargeView;
import se.kommunmeny.purchasing.api.CostRow;
import se.kommunmeny.purchasing.api.Decision;
import se.kommunmeny.purchasing.api.DocumentView;
import se.kommunmeny.purchasing.api.ExtentChange;
import se.kommunmeny.purchasing.api.InvoiceView;
import se.kommunmeny.purchasing.api.NoticeRequest;
import se.kommunmeny.purchasing.api.OrderRequest;
import se.kommunmeny.purchasing.api.OrderView;
import se.kommunmeny.purchasing.api.PartnerRequest;
import se.kommunmeny.purchasing.api.PartnerView;
import se.kommunmeny.purchasing.api.PlacementView;
import se.kommunmeny.purchasing.api.PurchasingService;

/**
 * Purchasing: partners and agreements in {@link Agreements}, stays in {@link Stays}, invoices in {@link Invoicing},
 * costs in {@link Costs}. Every bought service is on the menu as a {@link PurchasedService}, its free places read
 * from the supplier in the background. Every operation runs as an audited attempt; a change that carries a message
 * to a partner wakes the {@link Dispatcher}.
 */
@Component(service = {PurchasingService.class, PurchasingServiceImpl.class}, immediate = true)
public class PurchasingServiceImpl implements PurchasingService {
    private static final Logger LOG = LoggerFactory.getLogger(PurchasingServiceImpl.class);
    private static final String BASE = "purchasing/";

    private final PurchasingRepository repository;
    private final PlatformIdentity platform;
    private final AuditService audit;
    private final Dispatcher dispatcher;
    private final MenuService menu;
    private final Agreements agreements;
    private final Stays stays;
    private final Invoicing invoicing;
    private final Availability availability;
    private final Costs costs;
    private final BundleContext context;
    private final Map<String, ServiceRegistration<ServiceOffering>> onMenu = new HashMap<>();
    private final List<OwnServiceCost> ownCosts = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ScheduledExecutorService scheduler;

    @Activate
    public PurchasingServiceImpl(BundleContext context, @Reference PurchasingRepository repository,
            @Reference PlatformIdentity platform, @Reference AuditService audit, @Reference PersonService persons,
            @Reference MenuService menu, @Reference Dispatcher dispatcher) {
        this.context = context;
        this.repository = repository;
        this.platform = platform;
        this.audit = audit;
        this.dispatcher = dispatcher;
        this.menu = menu;
        this.availability = new Availability(this::ownEntry);
        this.agreements = new Agreements(repository, platform, audit, this::syncMenu);
        this.stays = new Stays(repository, persons, audit, this::ownEntry);
        this.invoicing = new Invoicing(repository, platform, audit);
        this.costs = new Costs(repository, invoicing, audit, () -> List.copyOf(ownCosts), menu::entries,
                () -> platform.municipality().name() + " kommun");
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kommunmeny-purchasing-schedule");
            t.setDaemon(true);
            return t;
        });
        syncMenu();
        PurchasingConfig config = platform.config();
        scheduler.scheduleWithFixedDelay(this::refreshAvailability, 1, Math.max(5, config.availabilitySeconds()),
                TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(this::monthEnd, 10, 3600, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        scheduler.shutdownNow();
        scheduler.awaitTermination(10, TimeUnit.SECONDS);
        synchronized (onMenu) {
            onMenu.values().forEach(PurchasingServiceImpl::unregister);
            onMenu.clear();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addOwnCost(OwnServiceCost cost) {
        ownCosts.add(cost);
    }

    void removeOwnCost(OwnServiceCost cost) {
        ownCosts.remove(cost);
    }

    Stays stays() {
        return stays;
    }

    Invoicing invoicing() {
        return invoicing;
    }

    private MenuEntry ownEntry(String serviceId) {
        return menu.entries().stream().filter(e -> e.id().equals(serviceId)).findFirst().orElse(null);
    }

    /** One menu entry per bought agreement, registered while this bundle runs. */
    private void syncMenu() {
        List<Object[]> rows = repository.inTransaction(em -> em.createQuery("SELECT a, p FROM AgreementEntity a, "
                + "PartnerEntity p WHERE a.partnerId = p.id AND a.role = :r", Object[].class)
                .setParameter("r", Agreements.BUY).getResultList());
        synchronized (onMenu) {
            for (Object[] row : rows) {
                AgreementEntity a = (AgreementEntity) row[0];
                if (!onMenu.containsKey(a.id)) {
                    onMenu.put(a.id, context.registerService(ServiceOffering.class,
                            new PurchasedService(a, (PartnerEntity) row[1], availability), null));
                }
            }
        }
        scheduler.execute(this::refreshAvailability);
    }

    private static void unregister(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException e) {
            // already gone with the bundle
        }
    }

    private void refreshAvailability() {
        try {
            availability.refresh(repository, platform);
        } catch (RuntimeException e) {
            LOG.warn("Free places of purchased services could not be read now: {}", e.toString());
        }
    }

    /** On the first five days of a month, at the configured hour, the previous month is invoiced. */
    private void monthEnd() {
        int hour = platform.config().invoiceHour();
        LocalDateTime now = LocalDateTime.now(DateFields.ZONE);
        if (hour < 0 || now.getDayOfMonth() > 5 || now.getHour() != hour) {
            return;
        }
        try {
            String month = YearMonth.from(now).minusMonths(1).toString();
            List<InvoiceView> issued = invoicing.invoiceMonth(Caller.of("system:month-end", Role.ENHETSCHEF), month);
            LOG.info("Month-end invoicing of {}: {} invoice(s)", month, issued.size());
        } catch (RuntimeException e) {
            LOG.warn("Month-end invoicing failed and is tried again in an hour: {}", e.toString());
        }
    }

    private <T> T attempt(Caller caller, String resource, Supplier<T> operation) {
        return Refusals.attempt(audit, caller, BASE + resource, operation, problem -> null);
    }

    private <T> T sending(T result) {
        dispatcher.poke();
        return result;
    }

    // ------------------------------------------------------------------ partners and agreements

    @Override
    public PartnerView registerPartner(Caller caller, PartnerRequest request) {
        return attempt(caller, "partner", () -> agreements.registerPartner(caller, request));
    }

    @Override
    public List<PartnerView> partners(Caller caller) {
        return attempt(caller, "partners", () -> agreements.partners(caller));
    }

    @Override
    public PartnerView partner(Caller caller, String partnerId) {
        return attempt(caller, "partner/" + partnerId, () -> agreements.partner(caller, partnerId));
    }

    @Override
    public AgreementView registerAgreement(Caller caller, AgreementRequest request) {
        return attempt(caller, "agreement", () -> agreements.register(caller, request, availability));
    }

    @Override
    public List<AgreementView> agreements(Caller caller, String role) {
        return attempt(caller, "agreements", () -> agreements.list(caller, role, availability));
    }

    @Override
    public AgreementView agreement(Caller caller, String agreementId) {
        return attempt(caller, "agreement/" + agreementId, () -> agreements.get(caller, agreementId, availability));
    }

    // ------------------------------------------------------------------ orders

    @Override
    public OrderView order(Caller caller, OrderRequest request) {
        return sending(attempt(caller, "order", () -> stays.order(caller, request)));
    }

    @Override
    public OrderView getOrder(Caller caller, String orderId) {
        return attempt(caller, "order/" + orderId, () -> stays.getOrder(caller, orderId));
    }

    @Override
    public List<OrderView> orders(Caller caller, String personRef, String status) {
        return attempt(caller, "orders", () -> stays.orders(caller, personRef, status));
    }

    @Override
    public OrderView changeExtent(Caller caller, String orderId, ExtentChange change) {
        return sending(attempt(caller, "order/" + orderId + "/extent", () -> stays.changeExtent(caller, orderId,
                change)));
    }

    @Override
    public OrderView giveNotice(Caller caller, String orderId, NoticeRequest notice) {
        return sending(attempt(caller, "order/" + orderId + "/notice", () -> stays.giveNotice(caller, orderId,
                notice)));
    }

    @Override
    public List<DocumentView> documents(Caller caller, String orderId) {
        return attempt(caller, "order/" + orderId + "/documents", () -> {
            String role = caller.requireAnyRole(Role.HANDLAGGARE);
            return repository.inTransaction(em -> {
                StayEntity s = Stays.stay(em, Stays.BUY, orderId, false);
                Stays.requireOrderer(caller, s);
                audit.record(new AuditEvent(caller, role, AuditAction.READ, PersonReferences.personIdOrNull(
                        s.personRef), BASE + "order/" + s.id + "/documents", null));
                return em.createQuery("SELECT d FROM DocumentEntity d WHERE d.placementId = :p ORDER BY d.receivedAt",
                        DocumentEntity.class).setParameter("p", s.id).getResultList().stream()
                        .map(d -> new DocumentView(d.id, s.id, d.kind, d.month, d.title,
                                java.time.Instant.ofEpochMilli(d.receivedAt))).toList();
            });
        });
    }

    @Override
    public String document(Caller caller, String orderId, String documentId) {
        return attempt(caller, "order/" + orderId + "/document/" + documentId, () -> {
            String role = caller.requireAnyRole(Role.HANDLAGGARE);
            return repository.inTransaction(em -> {
                StayEntity s = Stays.stay(em, Stays.BUY, orderId, false);
                Stays.requireOrderer(caller, s);
                DocumentEntity d = Ids.isId(documentId) ? em.find(DocumentEntity.class, documentId) : null;
                if (d == null || !d.placementId.equals(s.id)) {
                    throw new se.kommunmeny.core.api.problem.NotFoundException("No such document on this order.");
                }
                audit.record(new AuditEvent(caller, role, AuditAction.READ, PersonReferences.personIdOrNull(
                        s.personRef), BASE + "order/" + s.id + "/document/" + d.id, null));
                return d.html;
            });
        });
    }

    // ------------------------------------------------------------------ placements

    @Override
    public List<PlacementView> placements(Caller caller, String status) {
        return attempt(caller, "placements", () -> stays.placements(caller, status));
    }

    @Override
    public PlacementView placement(Caller caller, String placementId) {
        return attempt(caller, "placement/" + placementId, () -> stays.placement(caller, placementId));
    }

    @Override
    public PlacementView decide(Caller caller, String placementId, Decision decision) {
        return sending(attempt(caller, "placement/" + placementId + "/decision", () -> stays.decide(caller,
                placementId, decision)));
    }

    @Override
    public PlacementView start(Caller caller, String placementId, String date) {
        return sending(attempt(caller, "placement/" + placementId + "/start", () -> stays.start(caller, placementId,
                date)));
    }

    @Override
    public PlacementView end(Caller caller, String placementId, String date, String reason) {
        return sending(attempt(caller, "placement/" + placementId + "/end", () -> stays.end(caller, placementId, date,
                reason)));
    }

    @Override
    public ChargeView charge(Caller caller, String placementId, Charge charge) {
        return sending(attempt(caller, "placement/" + placementId + "/charge", () -> stays.charge(caller, placementId,
                charge)));
    }

    // ------------------------------------------------------------------ invoices and costs

    @Override
    public List<InvoiceView> invoiceMonth(Caller caller, String month) {
        return sending(attempt(caller, "invoices/" + month, () -> invoicing.invoiceMonth(caller, month)));
    }

    @Override
    public InvoiceView invoice(Caller caller, String agreementId, String month) {
        return sending(attempt(caller, "invoice", () -> invoicing.invoice(caller, agreementId, month)));
    }

    @Override
    public InvoiceView credit(Caller caller, String invoiceId, String reason) {
        return sending(attempt(caller, "invoice/" + invoiceId + "/credit", () -> invoicing.credit(caller, invoiceId,
                reason)));
    }

    @Override
    public List<InvoiceView> invoices(Caller caller, String direction, String month) {
        return attempt(caller, "invoices", () -> invoicing.invoices(caller, direction, month));
    }

    @Override
    public InvoiceView getInvoice(Caller caller, String invoiceId) {
        return attempt(caller, "invoice/" + invoiceId, () -> invoicing.get(caller, invoiceId));
    }

    @Override
    public String invoiceUbl(Caller caller, String invoiceId) {
        return attempt(caller, "invoice/" + invoiceId + "/ubl", () -> invoicing.ubl(caller, invoiceId));
    }

    @Override
    public String invoiceHtml(Caller caller, String invoiceId) {
        return attempt(caller, "invoice/" + invoiceId + "/html", () -> invoicing.html(caller, invoiceId));
    }

    @Override
    public List<CostRow> costs(Caller caller, String month) {
        return attempt(caller, "costs", () -> costs.month(caller, month));
    }

    /**
     * Queues a plan or report for the buyer's platform when the person has a placement bought by that commissioner
     * here (see {@link ReportForwarder}); in the caller's transaction.
     */
    void forward(EntityManager em, String personRef, String commissionerCode, Payloads.Document document) {
        List<StayEntity> found = em.createQuery("SELECT s FROM StayEntity s, PartnerEntity p WHERE "
                + "s.partnerId = p.id AND s.side = :side AND s.personRef = :person AND p.code = :code "
                + "AND s.status IN :st ORDER BY s.createdAt DESC", StayEntity.class)
                .setParameter("side", Stays.SELL).setParameter("person", personRef)
                .setParameter("code", commissionerCode)
                .setParameter("st", List.of(Stays.ACCEPTED, Stays.STARTED, Stays.ENDED)).getResultList();
        if (found.isEmpty()) {
            return;
        }
        StayEntity s = found.get(0);
        PartnerEntity buyer = em.find(PartnerEntity.class, s.partnerId);
        if (!Agreements.MUNICIPALITY.equals(buyer.kind)) {
            return;
        }
        AgreementEntity a = em.find(AgreementEntity.class, s.agreementId);
        Outbox.enqueue(em, buyer, s.orderRef, a.number, Stays.DOCUMENT, document);
        audit.record(new AuditEvent(Caller.of("system:purchasing-forwarder", Role.HANDLAGGARE), Role.HANDLAGGARE,
                AuditAction.UPDATE, PersonReferences.personIdOrNull(personRef), BASE + "placement/" + s.id
                + "/document-sent", document.kind()));
        dispatcher.poke();
    }
}
