package se.kommunmeny.housing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.housing.api.Reminder;

/** A reminder on a placement (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Reminder", namespace = HousingSupportWebService.NAMESPACE)
public class ReminderXml {
    public String placementId;
    public String kind;
    public String dueDate;
    public long daysLeft;

    static ReminderXml of(Reminder r) {
        ReminderXml x = new ReminderXml();
        x.placementId = r.placementId();
        x.kind = r.kind();
        x.dueDate = HousingSupportWebService.iso(r.dueDate());
        x.daysLeft = r.daysLeft();
        return x;
    }
}
