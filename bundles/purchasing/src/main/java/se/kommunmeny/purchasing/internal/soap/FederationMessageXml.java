package se.kommunmeny.purchasing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.purchasing.api.FederationMessage;

/**
 * A message between platforms (SOAP). Its elements are a contract with partner platforms, which build the request by
 * hand ({@link FederationEnvelope}): exactly these, all xs:string, in this order; the payload is JSON text.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "FederationMessage", namespace = FederationWebService.NAMESPACE, propOrder = { "messageId", "type",
        "orderRef", "agreementNumber", "sender", "recipient", "sentAt", "payload", "signature" })
public class FederationMessageXml {
    public String messageId;
    public String type;
    public String orderRef;
    public String agreementNumber;
    public String sender;
    public String recipient;
    public String sentAt;
    public String payload;
    public String signature;

    static FederationMessageXml of(FederationMessage m) {
        FederationMessageXml x = new FederationMessageXml();
        x.messageId = m.messageId();
        x.type = m.type();
        x.orderRef = m.orderRef();
        x.agreementNumber = m.agreementNumber();
        x.sender = m.sender();
        x.recipient = m.recipient();
        x.sentAt = m.sentAt();
        x.payload = m.payload();
        x.signature = m.signature();
        return x;
    }

    FederationMessage toRecord() {
        return new FederationMessage(messageId, type, orderRef, agreementNumber, sender, recipient, sentAt, payload,
                signature);
    }
}
