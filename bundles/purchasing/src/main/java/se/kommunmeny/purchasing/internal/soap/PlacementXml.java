package se.kommunmeny.purchasing.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.purchasing.api.PlacementView;

/** A purchased placement as the supplying platform sees it (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Placement", namespace = PurchasingWebService.NAMESPACE)
public class PlacementXml {
    public String id;
    public String orderRef;
    public String agreementId;
    public String agreementNumber;
    public String buyerCode;
    public String buyerName;
    public String serviceId;
    public String personRef;
    public String status;
    public String startDate;
    public String startedOn;
    @XmlElement(name = "extent")
    public List<OrderXml.ExtentXml> extents = new ArrayList<>();
    public String noticeGivenOn;
    public String endDate;
    public String endedOn;
    public String decisionReason;
    public String decidedBy;
    public String note;
    public String receivedAt;
    public long version;

    static PlacementXml of(PlacementView v) {
        PlacementXml x = new PlacementXml();
        x.id = v.id();
        x.orderRef = v.orderRef();
        x.agreementId = v.agreementId();
        x.agreementNumber = v.agreementNumber();
        x.buyerCode = v.buyerCode();
        x.buyerName = v.buyerName();
        x.serviceId = v.serviceId();
        x.personRef = v.personRef();
        x.status = v.status();
        x.startDate = PurchasingWebService.iso(v.startDate());
        x.startedOn = PurchasingWebService.iso(v.startedOn());
        PurchasingWebService.addAll(x.extents, v.extents(), OrderXml.ExtentXml::of);
        x.noticeGivenOn = PurchasingWebService.iso(v.noticeGivenOn());
        x.endDate = PurchasingWebService.iso(v.endDate());
        x.endedOn = PurchasingWebService.iso(v.endedOn());
        x.decisionReason = v.decisionReason();
        x.decidedBy = v.decidedBy();
        x.note = v.note();
        x.receivedAt = PurchasingWebService.iso(v.receivedAt());
        x.version = v.version();
        return x;
    }
}
