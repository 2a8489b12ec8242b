package se.kommunmeny.purchasing.api;

import java.util.List;

import se.kommunmeny.core.api.security.Caller;

/**
 * Buying and selling places between municipalities. The buyer's case officer orders a placement under an agreement;
 * the order, the supplier's decision, changes, notice and the end travel between the two platforms as
 * {@link FederationMessage messages}, queued and retried until the other platform answers. The supplier invoices
 * each agreement monthly (Peppol BIS Billing 3.0); the buyer reconciles what it receives against its own records.
 * Every read and write of a person's data is audited, and so is every refused attempt.
 */
@org.osgi.annotation.versioning.ProviderType
public interface PurchasingService {
    /** Posted when an order is accepted by the supplier; properties {@code order.id}, {@code person.ref}. */
    String TOPIC_ORDER_ACCEPTED = "se/kommunmeny/purchasing/ORDER_ACCEPTED";

    // ---------------------------------------------------------------- partners and agreements (unit manager)

    PartnerView registerPartner(Caller caller, PartnerRequest request);

    List<PartnerView> partners(Caller caller);

    PartnerView partner(Caller caller, String partnerId);

    AgreementView registerAgreement(Caller caller, AgreementRequest request);

    /** Agreements, of one role (BUY or SELL) when given. */
    List<AgreementView> agreements(Caller caller, String role);

    AgreementView agreement(Caller caller, String agreementId);

    // ---------------------------------------------------------------- the buyer's orders (case officer)

    OrderView order(Caller caller, OrderRequest request);

    OrderView getOrder(Caller caller, String orderId);

    /** The orders for a person (case officer), or all orders with a status (unit manager, case officer). */
    List<OrderView> orders(Caller caller, String personRef, String status);

    OrderView changeExtent(Caller caller, String orderId, ExtentChange change);

    OrderView giveNotice(Caller caller, String orderId, NoticeRequest notice);

    /** Documents the supplier sent back on the order; only the case officer who ordered it reads them. */
    List<DocumentView> documents(Caller caller, String orderId);

    /** One document as readable HTML. */
    String document(Caller caller, String orderId, String documentId);

    // ---------------------------------------------------------------- the supplier's placements (unit manager)

    List<PlacementView> placements(Caller caller, String status);

    PlacementView placement(Caller caller, String placementId);

    PlacementView decide(Caller caller, String placementId, Decision decision);

    /** Records the day the person arrived. */
    PlacementView start(Caller caller, String placementId, String date);

    /** Records the last day of the stay. */
    PlacementView end(Caller caller, String placementId, String date, String reason);

    ChargeView charge(Caller caller, String placementId, Charge charge);

    // ---------------------------------------------------------------- invoices (unit manager)

    /**
     * Issues the month's invoice for every SELL agreement that has something to bill and no invoice for the month yet,
     * and sends each to its buyer's platform. Idempotent: returns the month's invoices, new and earlier.
     */
    List<InvoiceView> invoiceMonth(Caller caller, String month);

    /** Issues one agreement's invoice for a month; refused when the month is already invoiced and not credited. */
    InvoiceView invoice(Caller caller, String agreementId, String month);

    /** Credits an issued invoice in full; the month may then be invoiced again. */
    InvoiceView credit(Caller caller, String invoiceId, String reason);

    /** Invoices issued (ISSUED) or received (RECEIVED), all when {@code direction} is absent. */
    List<InvoiceView> invoices(Caller caller, String direction, String month);

    InvoiceView getInvoice(Caller caller, String invoiceId);

    /** The invoice as Peppol BIS Billing 3.0 UBL. */
    String invoiceUbl(Caller caller, String invoiceId);

    /** The invoice as a readable HTML document. */
    String invoiceHtml(Caller caller, String invoiceId);

    // ---------------------------------------------------------------- costs (unit manager)

    /** The month's costs per supplier, service and target group, own and purchased, without identities. */
    List<CostRow> costs(Caller caller, String month);
}
