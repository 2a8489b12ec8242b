package se.kommunmeny.treatmentplan.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.treatmentplan.api.NewRelapse;

/** A lapse or relapse to record (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "NewRelapse", namespace = CourseWebService.NAMESPACE)
public class NewRelapseXml {
    public String occurredOn;
    public String kind;
    public String substance;
    public String description;
    public String actionsTaken;

    NewRelapse toRecord() {
        return new NewRelapse(occurredOn, kind, substance, description, actionsTaken);
    }
}
