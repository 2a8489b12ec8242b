package se.kommunmeny.housing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.housing.api.NewBreach;

/** A breach to record (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "NewBreach", namespace = HousingSupportWebService.NAMESPACE)
public class NewBreachXml {
    public String occurredOn;
    public String description;
    public String condition;
    public String consequence;
    public String reason;
    public String decisionMaker;

    NewBreach toRecord() {
        return new NewBreach(occurredOn, description, condition, consequence, reason, decisionMaker);
    }
}
