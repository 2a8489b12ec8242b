package se.kommunmeny.purchasing.internal.soap;

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
import se.kommunmeny.purchasing.api.FederationService;

/**
 * What partner platforms call over SOAP, at {@code /kommunmeny/soap/PurchasingFederation}. Partners build the
 * {@code deliver} request by hand rather than with a generated client, so its names are fixed here as constants that
 * {@link FederationEnvelope} builds and reads with.
 */
@Component(service = SoapEndpoint.class, property = SoapEndpoint.NAME + "=" + FederationWebService.NAME)
@WebService(serviceName = FederationWebService.NAME, portName = "PurchasingFederationPort",
        name = "PurchasingFederationPortType", targetNamespace = FederationWebService.NAMESPACE)
public class FederationWebService implements SoapEndpoint {
    public static final String NAMESPACE = "urn:se:kommunmeny:purchasing-federation:1";
    static final String NAME = "PurchasingFederation";
    static final String DELIVER = "deliver";
    static final String MESSAGE = "message";
    static final String RECEIPT = "receipt";

    private final FederationService service;

    @Activate
    public FederationWebService(@Reference FederationService service) {
        this.service = service;
    }

    private static FederationMessageXml required(FederationMessageXml message) {
        if (message == null) {
            throw new ValidationException(MESSAGE, "is required");
        }
        return message;
    }

    @WebMethod
    @WebResult(name = "identity")
    public FederationIdentityXml identity() {
        return FederationIdentityXml.of(service.identity(CurrentCaller.require()));
    }

    @WebMethod(operationName = DELIVER)
    @WebResult(name = RECEIPT)
    public ReceiptXml deliver(@WebParam(name = MESSAGE) FederationMessageXml message) {
        return ReceiptXml.of(service.receive(CurrentCaller.require(), required(message).toRecord()));
    }

    @WebMethod
    @WebResult(name = "availability")
    public ServiceAvailabilityXml availability(@WebParam(name = "agreementNumber") String agreementNumber) {
        return ServiceAvailabilityXml.of(service.availability(CurrentCaller.require(), agreementNumber));
    }
}
