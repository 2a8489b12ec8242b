package se.kommunmeny.treatmentplan.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.treatmentplan.api.OutreachTaskView;

/** An outreach task after a missed session on the wire (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "OutreachTask", namespace = CourseWebService.NAMESPACE)
public class OutreachTaskXml {
    public String id;
    public String enrolmentId;
    public String sessionId;
    public int level;
    public String method;
    public String dueAt;
    public String status;
    public String outcome;
    public String doneBy;
    public String doneAt;
    public String nextTaskId;
    public long version;

    static OutreachTaskXml of(OutreachTaskView v) {
        OutreachTaskXml x = new OutreachTaskXml();
        x.id = v.id();
        x.enrolmentId = v.enrolmentId();
        x.sessionId = v.sessionId();
        x.level = v.level();
        x.method = v.method();
        x.dueAt = CourseWebService.iso(v.dueAt());
        x.status = v.status();
        x.outcome = v.outcome();
        x.doneBy = v.doneBy();
        x.doneAt = CourseWebService.iso(v.doneAt());
        x.nextTaskId = v.nextTaskId();
        x.version = v.version();
        return x;
    }
}
