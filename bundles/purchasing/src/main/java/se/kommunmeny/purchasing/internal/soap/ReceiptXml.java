package se.kommunmeny.purchasing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.purchasing.api.Receipt;

/** The receiving platform's acknowledgement of a message (SOAP); read back by {@link FederationEnvelope}. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Receipt", namespace = FederationWebService.NAMESPACE)
public class ReceiptXml {
    public String messageId;
    public String status;
    public String receivedAt;

    static ReceiptXml of(Receipt r) {
        ReceiptXml x = new ReceiptXml();
        x.messageId = r.messageId();
        x.status = r.status();
        x.receivedAt = PurchasingWebService.iso(r.receivedAt());
        return x;
    }
}
