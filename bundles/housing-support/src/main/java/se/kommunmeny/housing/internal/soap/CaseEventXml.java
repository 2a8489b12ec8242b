package se.kommunmeny.housing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.housing.api.CaseEventView;

/** An event another offering reported on a placement (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CaseEvent", namespace = HousingSupportWebService.NAMESPACE)
public class CaseEventXml {
    public String id;
    public String placementId;
    public String source;
    public String topic;
    public String detail;
    public String enrolmentId;
    public String occurredAt;

    static CaseEventXml of(CaseEventView v) {
        CaseEventXml x = new CaseEventXml();
        x.id = v.id();
        x.placementId = v.placementId();
        x.source = v.source();
        x.topic = v.topic();
        x.detail = v.detail();
        x.enrolmentId = v.enrolmentId();
        x.occurredAt = HousingSupportWebService.iso(v.occurredAt());
        return x;
    }
}
