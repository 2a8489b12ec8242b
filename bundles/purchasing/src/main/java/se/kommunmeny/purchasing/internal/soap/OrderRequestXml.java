package se.kommunmeny.purchasing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.purchasing.api.OrderRequest;

/** A placement to order from a supplier (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "OrderRequest", namespace = PurchasingWebService.NAMESPACE)
public class OrderRequestXml {
    public String agreementId;
    public String personRef;
    public String startDate;
    public String extent;
    public String note;

    OrderRequest toRecord() {
        return new OrderRequest(agreementId, personRef, startDate, extent, note);
    }
}
