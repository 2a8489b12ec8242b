package se.kommunmeny.purchasing.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kommunmeny.core.api.security.CurrentCaller;
import se.kommunmeny.core.api.web.RestResource;
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
 * Purchasing over REST, under {@code /kommunmeny/api/purchasing}: partners and agreements, the buyer's orders and
 * the documents sent back on them, the supplier's placements, invoices (as JSON, Peppol UBL and HTML) and costs.
 * What partner platforms call is {@link FederationResource}.
 */
@Component(service = RestResource.class, property = RestResource.BASE + "=purchasing")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class PurchasingResource implements RestResource {
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    static final String XML = MediaType.APPLICATION_XML + ";charset=UTF-8";

    private final PurchasingService service;

    @Activate
    public PurchasingResource(@Reference PurchasingService service) {
        this.service = service;
    }

    /** Body of {@code placements/{id}/start}: the day the person arrived. */
    public record Arrival(String date) {
    }

    /** Body of {@code placements/{id}/end}: the last day of the stay and why it ended. */
    public record Departure(String date, String reason) {
    }

    /** Body of {@code invoices/run}: the month to invoice, yyyy-mm. */
    public record InvoiceRun(String month) {
    }

    /** Body of {@code invoices}: one agreement's month to invoice. */
    public record InvoiceRequest(String agreementId, String month) {
    }

    /** Body of {@code invoices/{id}/credit}. */
    public record CreditRequest(String reason) {
    }

    private static Response created(UriBuilder location, Object entity) {
        return Response.created(location.build()).entity(entity).build();
    }

    // ---------------------------------------------------------------- partners and agreements

    @GET
    @Path("partners")
    public List<PartnerView> partners() {
        return service.partners(CurrentCaller.require());
    }

    @POST
    @Path("partners")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response registerPartner(PartnerRequest request, @Context UriInfo uri) {
        PartnerView p = service.registerPartner(CurrentCaller.require(), request);
        return created(uri.getAbsolutePathBuilder().path(p.id()), p);
    }

    @GET
    @Path("partners/{id}")
    public PartnerView partner(@PathParam("id") String id) {
        return service.partner(CurrentCaller.require(), id);
    }

    @GET
    @Path("agreements")
    public List<AgreementView> agreements(@QueryParam("role") String role) {
        return service.agreements(CurrentCaller.require(), role);
    }

    @POST
    @Path("agreements")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response registerAgreement(AgreementRequest request, @Context UriInfo uri) {
        AgreementView a = service.registerAgreement(CurrentCaller.require(), request);
        return created(uri.getAbsolutePathBuilder().path(a.id()), a);
    }

    @GET
    @Path("agreements/{id}")
    public AgreementView agreement(@PathParam("id") String id) {
        return service.agreement(CurrentCaller.require(), id);
    }

    // ---------------------------------------------------------------- the buyer's orders

    @POST
    @Path("orders")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response order(OrderRequest request, @Context UriInfo uri) {
        OrderView o = service.order(CurrentCaller.require(), request);
        return created(uri.getAbsolutePathBuilder().path(o.id()), o);
    }

    @GET
    @Path("orders")
    public List<OrderView> orders(@QueryParam("personRef") String personRef, @QueryParam("status") String status) {
        return service.orders(CurrentCaller.require(), personRef, status);
    }

    @GET
    @Path("orders/{id}")
    public OrderView getOrder(@PathParam("id") String id) {
        return service.getOrder(CurrentCaller.require(), id);
    }

    @POST
    @Path("orders/{id}/extent")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrderView changeExtent(@PathParam("id") String id, ExtentChange change) {
        return service.changeExtent(CurrentCaller.require(), id, change);
    }

    @POST
    @Path("orders/{id}/notice")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrderView giveNotice(@PathParam("id") String id, NoticeRequest notice) {
        return service.giveNotice(CurrentCaller.require(), id, notice);
    }

    @GET
    @Path("orders/{id}/documents")
    public List<DocumentView> documents(@PathParam("id") String id) {
        return service.documents(CurrentCaller.require(), id);
    }

    @GET
    @Path("orders/{id}/documents/{docId}")
    @Produces(HTML)
    public String document(@PathParam("id") String id, @PathParam("docId") String docId) {
        return service.document(CurrentCaller.require(), id, docId);
    }

    // ---------------------------------------------------------------- the supplier's placements

    @GET
    @Path("placements")
    public List<PlacementView> placements(@QueryParam("status") String status) {
        return service.placements(CurrentCaller.require(), status);
    }

    @GET
    @Path("placements/{id}")
    public PlacementView placement(@PathParam("id") String id) {
        return service.placement(CurrentCaller.require(), id);
    }

    @POST
    @Path("placements/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlacementView decide(@PathParam("id") String id, Decision decision) {
        return service.decide(CurrentCaller.require(), id, decision);
    }

    @POST
    @Path("placements/{id}/start")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlacementView start(@PathParam("id") String id, Arrival body) {
        return service.start(CurrentCaller.require(), id, body == null ? null : body.date());
    }

    @POST
    @Path("placements/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlacementView end(@PathParam("id") String id, Departure body) {
        return service.end(CurrentCaller.require(), id, body == null ? null : body.date(),
                body == null ? null : body.reason());
    }

    @POST
    @Path("placements/{id}/charges")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response charge(@PathParam("id") String id, Charge charge, @Context UriInfo uri) {
        ChargeView c = service.charge(CurrentCaller.require(), id, charge);
        return created(uri.getAbsolutePathBuilder().path(c.id()), c);
    }

    // ---------------------------------------------------------------- invoices and costs

    /** Invoices every SELL agreement's month; idempotent, so 200 with the month's invoices, new and earlier. */
    @POST
    @Path("invoices/run")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<InvoiceView> invoiceMonth(InvoiceRun body) {
        return service.invoiceMonth(CurrentCaller.require(), body == null ? null : body.month());
    }

    @POST
    @Path("invoices")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invoice(InvoiceRequest body, @Context UriInfo uri) {
        InvoiceView i = service.invoice(CurrentCaller.require(), body == null ? null : body.agreementId(),
                body == null ? null : body.month());
        return created(uri.getAbsolutePathBuilder().path(i.id()), i);
    }

    /** The credit note is an invoice of its own: its location is under {@code invoices}, not under the credited one. */
    @POST
    @Path("invoices/{id}/credit")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response credit(@PathParam("id") String id, CreditRequest body, @Context UriInfo uri) {
        InvoiceView c = service.credit(CurrentCaller.require(), id, body == null ? null : body.reason());
        return created(uri.getBaseUriBuilder().path("invoices").path(c.id()), c);
    }

    @GET
    @Path("invoices")
    public List<InvoiceView> invoices(@QueryParam("direction") String direction, @QueryParam("month") String month) {
        return service.invoices(CurrentCaller.require(), direction, month);
    }

    @GET
    @Path("invoices/{id}")
    public InvoiceView getInvoice(@PathParam("id") String id) {
        return service.getInvoice(CurrentCaller.require(), id);
    }

    /** Peppol BIS Billing 3.0 UBL. */
    @GET
    @Path("invoices/{id}/ubl")
    @Produces(XML)
    public String invoiceUbl(@PathParam("id") String id) {
        return service.invoiceUbl(CurrentCaller.require(), id);
    }

    @GET
    @Path("invoices/{id}/html")
    @Produces(HTML)
    public String invoiceHtml(@PathParam("id") String id) {
        return service.invoiceHtml(CurrentCaller.require(), id);
    }

    @GET
    @Path("costs")
    public List<CostRow> costs(@QueryParam("month") String month) {
        return service.costs(CurrentCaller.require(), month);
    }
}
