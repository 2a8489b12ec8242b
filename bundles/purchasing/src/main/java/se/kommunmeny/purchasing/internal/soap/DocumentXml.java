package se.kommunmeny.purchasing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.purchasing.api.DocumentView;

/** A document the supplier sent back on an order (SOAP); its content is the operation {@code document}. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Document", namespace = PurchasingWebService.NAMESPACE)
public class DocumentXml {
    public String id;
    public String orderId;
    public String kind;
    public String month;
    public String title;
    public String receivedAt;

    static DocumentXml of(DocumentView v) {
        DocumentXml x = new DocumentXml();
        x.id = v.id();
        x.orderId = v.orderId();
        x.kind = v.kind();
        x.month = v.month();
        x.title = v.title();
        x.receivedAt = PurchasingWebService.iso(v.receivedAt());
        return x;
    }
}
