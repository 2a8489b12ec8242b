package se.kommunmeny.purchasing.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.purchasing.api.OrderView;

/** A placement order as the buying platform sees it (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Order", namespace = PurchasingWebService.NAMESPACE)
public class OrderXml {
    public String id;
    public String agreementId;
    public String agreementNumber;
    public String supplierName;
    public String serviceName;
    public String personRef;
    public String status;
    public String delivery;
    public int deliveryAttempts;
    public String nextAttemptAt;
    public String lastDeliveryError;
    public String startDate;
    public String startedOn;
    @XmlElement(name = "extent")
    public List<ExtentXml> extents = new ArrayList<>();
    public String noticeGivenOn;
    public String endDate;
    public String endedOn;
    public String decisionReason;
    public String refusal;
    public String note;
    public String orderedBy;
    public String orderedAt;
    public long version;

    static OrderXml of(OrderView v) {
        OrderXml x = new OrderXml();
        x.id = v.id();
        x.agreementId = v.agreementId();
        x.agreementNumber = v.agreementNumber();
        x.supplierName = v.supplierName();
        x.serviceName = v.serviceName();
        x.personRef = v.personRef();
        x.status = v.status();
        x.delivery = v.delivery();
        x.deliveryAttempts = v.deliveryAttempts();
        x.nextAttemptAt = PurchasingWebService.iso(v.nextAttemptAt());
        x.lastDeliveryError = v.lastDeliveryError();
        x.startDate = PurchasingWebService.iso(v.startDate());
        x.startedOn = PurchasingWebService.iso(v.startedOn());
        PurchasingWebService.addAll(x.extents, v.extents(), ExtentXml::of);
        x.noticeGivenOn = PurchasingWebService.iso(v.noticeGivenOn());
        x.endDate = PurchasingWebService.iso(v.endDate());
        x.endedOn = PurchasingWebService.iso(v.endedOn());
        x.decisionReason = v.decisionReason();
        x.refusal = v.refusal();
        x.note = v.note();
        x.orderedBy = v.orderedBy();
        x.orderedAt = PurchasingWebService.iso(v.orderedAt());
        x.version = v.version();
        return x;
    }

    /** FULL_TIME or HALF_TIME from a day on. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Extent", namespace = PurchasingWebService.NAMESPACE)
    public static class ExtentXml {
        public String extent;
        public String from;

        static ExtentXml of(OrderView.Extent e) {
            ExtentXml x = new ExtentXml();
            x.extent = e.extent();
            x.from = PurchasingWebService.iso(e.from());
            return x;
        }
    }
}
