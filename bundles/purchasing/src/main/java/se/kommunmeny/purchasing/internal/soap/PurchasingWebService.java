package se.kommunmeny.purchasing.internal.soap;

import java.util.List;
import java.util.function.Function;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.CurrentCaller;
import se.kommunmeny.core.api.web.SoapEndpoint;
import se.kommunmeny.purchasing.api.PurchasingService;

/**
 * Purchasing over SOAP, at {@code /kommunmeny/soap/Purchasing}: one operation per {@link PurchasingService} method,
 * named as it is, with its parameters named as in the interface.
 */
@Component(service = SoapEndpoint.class, property = SoapEndpoint.NAME + "=Purchasing")
@WebService(serviceName = "Purchasing", portName = "PurchasingPort", name = "PurchasingPortType",
        targetNamespace = PurchasingWebService.NAMESPACE)
public class PurchasingWebService implements SoapEndpoint {
    public static final String NAMESPACE = "urn:se:kommunmeny:purchasing:1";

    private final PurchasingService service;

    @Activate
    public PurchasingWebService(@Reference PurchasingService service) {
        this.service = service;
    }

    private static <T> T required(String name, T value) {
        if (value == null) {
            throw new ValidationException(name, "is required");
        }
        return value;
    }

    // ---------------------------------------------------------------- partners and agreements

    @WebMethod
    @WebResult(name = "partner")
    public PartnerXml registerPartner(@WebParam(name = "request") PartnerRequestXml request) {
        return PartnerXml.of(service.registerPartner(CurrentCaller.require(), required("request", request).toRecord()));
    }

    @WebMethod
    @WebResult(name = "partner")
    public List<PartnerXml> partners() {
        return service.partners(CurrentCaller.require()).stream().map(PartnerXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "partner")
    public PartnerXml partner(@WebParam(name = "partnerId") String partnerId) {
        return PartnerXml.of(service.partner(CurrentCaller.require(), partnerId));
    }

    @WebMethod
    @WebResult(name = "agreement")
    public AgreementXml registerAgreement(@WebParam(name = "request") AgreementRequestXml request) {
        return AgreementXml.of(service.registerAgreement(CurrentCaller.require(),
                required("request", request).toRecord()));
    }

    @WebMethod
    @WebResult(name = "agreement")
    public List<AgreementXml> agreements(@WebParam(name = "role") String role) {
        return service.agreements(CurrentCaller.require(), role).stream().map(AgreementXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "agreement")
    public AgreementXml agreement(@WebParam(name = "agreementId") String agreementId) {
        return AgreementXml.of(service.agreement(CurrentCaller.require(), agreementId));
    }

    // ---------------------------------------------------------------- the buyer's orders

    @WebMethod
    @WebResult(name = "order")
    public OrderXml order(@WebParam(name = "request") OrderRequestXml request) {
        return OrderXml.of(service.order(CurrentCaller.require(), required("request", request).toRecord()));
    }

    @WebMethod
    @WebResult(name = "order")
    public OrderXml getOrder(@WebParam(name = "orderId") String orderId) {
        return OrderXml.of(service.getOrder(CurrentCaller.require(), orderId));
    }

    @WebMethod
    @WebResult(name = "order")
    public List<OrderXml> orders(@WebParam(name = "personRef") String personRef,
            @WebParam(name = "status") String status) {
        return service.orders(CurrentCaller.require(), personRef, status).stream().map(OrderXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "order")
    public OrderXml changeExtent(@WebParam(name = "orderId") String orderId,
            @WebParam(name = "change") ExtentChangeXml change) {
        return OrderXml.of(service.changeExtent(CurrentCaller.require(), orderId,
                required("change", change).toRecord()));
    }

    @WebMethod
    @WebResult(name = "order")
    public OrderXml giveNotice(@WebParam(name = "orderId") String orderId,
            @WebParam(name = "notice") NoticeRequestXml notice) {
        return OrderXml.of(service.giveNotice(CurrentCaller.require(), orderId,
                required("notice", notice).toRecord()));
    }

    @WebMethod
    @WebResult(name = "document")
    public List<DocumentXml> documents(@WebParam(name = "orderId") String orderId) {
        return service.documents(CurrentCaller.require(), orderId).stream().map(DocumentXml::of).toList();
    }

    /** The document as HTML text. */
    @WebMethod
    @WebResult(name = "html")
    public String document(@WebParam(name = "orderId") String orderId,
            @WebParam(name = "documentId") String documentId) {
        return service.document(CurrentCaller.require(), orderId, documentId);
    }

    // ---------------------------------------------------------------- the supplier's placements

    @WebMethod
    @WebResult(name = "placement")
    public List<PlacementXml> placements(@WebParam(name = "status") String status) {
        return service.placements(CurrentCaller.require(), status).stream().map(PlacementXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "placement")
    public PlacementXml placement(@WebParam(name = "placementId") String placementId) {
        return PlacementXml.of(service.placement(CurrentCaller.require(), placementId));
    }

    @WebMethod
    @WebResult(name = "placement")
    public PlacementXml decide(@WebParam(name = "placementId") String placementId,
            @WebParam(name = "decision") DecisionXml decision) {
        return PlacementXml.of(service.decide(CurrentCaller.require(), placementId,
                required("decision", decision).toRecord()));
    }

    @WebMethod
    @WebResult(name = "placement")
    public PlacementXml start(@WebParam(name = "placementId") String placementId,
            @WebParam(name = "date") String date) {
        return PlacementXml.of(service.start(CurrentCaller.require(), placementId, date));
    }

    @WebMethod
    @WebResult(name = "placement")
    public PlacementXml end(@WebParam(name = "placementId") String placementId, @WebParam(name = "date") String date,
            @WebParam(name = "reason") String reason) {
        return PlacementXml.of(service.end(CurrentCaller.require(), placementId, date, reason));
    }

    @WebMethod
    @WebResult(name = "charge")
    public ChargeXml charge(@WebParam(name = "placementId") String placementId,
            @WebParam(name = "charge") ChargeRequestXml charge) {
        return ChargeXml.of(service.charge(CurrentCaller.require(), placementId,
                required("charge", charge).toRecord()));
    }

    // ---------------------------------------------------------------- invoices and costs

    @WebMethod
    @WebResult(name = "invoice")
    public List<InvoiceXml> invoiceMonth(@WebParam(name = "month") String month) {
        return service.invoiceMonth(CurrentCaller.require(), month).stream().map(InvoiceXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "invoice")
    public InvoiceXml invoice(@WebParam(name = "agreementId") String agreementId,
            @WebParam(name = "month") String month) {
        return InvoiceXml.of(service.invoice(CurrentCaller.require(), agreementId, month));
    }

    @WebMethod
    @WebResult(name = "invoice")
    public InvoiceXml credit(@WebParam(name = "invoiceId") String invoiceId, @WebParam(name = "reason") String reason) {
        return InvoiceXml.of(service.credit(CurrentCaller.require(), invoiceId, reason));
    }

    @WebMethod
    @WebResult(name = "invoice")
    public List<InvoiceXml> invoices(@WebParam(name = "direction") String direction,
            @WebParam(name = "month") String month) {
        return service.invoices(CurrentCaller.require(), direction, month).stream().map(InvoiceXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "invoice")
    public InvoiceXml getInvoice(@WebParam(name = "invoiceId") String invoiceId) {
        return InvoiceXml.of(service.getInvoice(CurrentCaller.require(), invoiceId));
    }

    /** Peppol BIS Billing 3.0 UBL, as XML text. */
    @WebMethod
    @WebResult(name = "ubl")
    public String invoiceUbl(@WebParam(name = "invoiceId") String invoiceId) {
        return service.invoiceUbl(CurrentCaller.require(), invoiceId);
    }

    @WebMethod
    @WebResult(name = "html")
    public String invoiceHtml(@WebParam(name = "invoiceId") String invoiceId) {
        return service.invoiceHtml(CurrentCaller.require(), invoiceId);
    }

    @WebMethod
    @WebResult(name = "cost")
    public List<CostRowXml> costs(@WebParam(name = "month") String month) {
        return service.costs(CurrentCaller.require(), month).stream().map(CostRowXml::of).toList();
    }

    // ---------------------------------------------------------------- mapping helpers of the XML types

    /** A date or instant as ISO text (xs:date for a day), or {@code null}. */
    static String iso(Object value) {
        return value == null ? null : value.toString();
    }

    /** Adds the mapped elements of a view's list, which may be absent. */
    static <T, X> void addAll(List<X> target, List<T> source, Function<T, X> mapping) {
        if (source != null) {
            source.forEach(s -> target.add(mapping.apply(s)));
        }
    }
}
