package se.kommunmeny.housing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.housing.api.StayDecision;

/** A decision allowing a longer stay (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "StayDecision", namespace = HousingSupportWebService.NAMESPACE)
public class StayDecisionXml {
    public String decidedBy;
    public String decidedOn;
    public String reason;

    StayDecision toRecord() {
        return new StayDecision(decidedBy, decidedOn, reason);
    }

    static StayDecisionXml of(StayDecision d) {
        if (d == null) {
            return null;
        }
        StayDecisionXml x = new StayDecisionXml();
        x.decidedBy = d.decidedBy();
        x.decidedOn = d.decidedOn();
        x.reason = d.reason();
        return x;
    }
}
