package se.kommunmeny.purchasing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.purchasing.api.NoticeRequest;

/** Notice to end a placement (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "NoticeRequest", namespace = PurchasingWebService.NAMESPACE)
public class NoticeRequestXml {
    public String givenOn;
    public String endDate;
    public String reason;

    NoticeRequest toRecord() {
        return new NoticeRequest(givenOn, endDate, reason);
    }
}
