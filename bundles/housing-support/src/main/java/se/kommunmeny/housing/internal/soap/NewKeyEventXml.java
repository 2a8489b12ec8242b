package se.kommunmeny.housing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.housing.api.NewKeyEvent;

/** A key event to record (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "NewKeyEvent", namespace = HousingSupportWebService.NAMESPACE)
public class NewKeyEventXml {
    public String event;
    public String keyLabel;
    public String occurredOn;
    public String note;

    NewKeyEvent toRecord() {
        return new NewKeyEvent(event, keyLabel, occurredOn, note);
    }
}
