package se.kommunmeny.housing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.housing.api.BreachView;

/** A breach of the work plan on the wire (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Breach", namespace = HousingSupportWebService.NAMESPACE)
public class BreachXml {
    public String id;
    public String placementId;
    public String occurredOn;
    public String description;
    public String condition;
    public String consequence;
    public String reason;
    public String decisionMaker;
    public String moveOutBy;
    public String recordedBy;
    public String recordedAt;

    static BreachXml of(BreachView v) {
        BreachXml x = new BreachXml();
        x.id = v.id();
        x.placementId = v.placementId();
        x.occurredOn = HousingSupportWebService.iso(v.occurredOn());
        x.description = v.description();
        x.condition = v.condition();
        x.consequence = v.consequence();
        x.reason = v.reason();
        x.decisionMaker = v.decisionMaker();
        x.moveOutBy = HousingSupportWebService.iso(v.moveOutBy());
        x.recordedBy = v.recordedBy();
        x.recordedAt = HousingSupportWebService.iso(v.recordedAt());
        return x;
    }
}
