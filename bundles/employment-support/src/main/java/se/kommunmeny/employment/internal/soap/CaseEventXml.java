package se.kommunmeny.employment.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.employment.api.CaseEventView;
import se.kommunmeny.employment.api.ReminderView;

/** An event another offering reported about a placed person (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CaseEvent", namespace = EmploymentSupportWebService.NAMESPACE)
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
        x.occurredAt = EmploymentSupportWebService.iso(v.occurredAt());
        return x;
    }

    /** Something due on a placement. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Reminder", namespace = EmploymentSupportWebService.NAMESPACE)
    public static class ReminderXml {
        @XmlElement
        public String placementId;
        public String kind;
        public String dueDate;
        public long daysLeft;

        static ReminderXml of(ReminderView v) {
            ReminderXml x = new ReminderXml();
            x.placementId = v.placementId();
            x.kind = v.kind();
            x.dueDate = EmploymentSupportWebService.iso(v.dueDate());
            x.daysLeft = v.daysLeft();
            return x;
        }
    }
}
