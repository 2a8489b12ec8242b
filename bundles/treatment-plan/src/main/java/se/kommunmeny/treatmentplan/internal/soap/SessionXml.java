package se.kommunmeny.treatmentplan.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.treatmentplan.api.SessionView;

/** A session in a client's course on the wire (SOAP); the start time as HH:mm. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Session", namespace = CourseWebService.NAMESPACE)
public class SessionXml {
    public String id;
    public String enrolmentId;
    public String kind;
    public String date;
    public String startTime;
    public Integer week;
    public String phase;
    public String theme;
    public String status;
    public String attendanceNote;
    public String recordedBy;
    public String recordedAt;
    public boolean fromCalendar;
    public Integer travelCostClaimed;
    public Integer travelCostReimbursed;
    public long version;

    static SessionXml of(SessionView v) {
        SessionXml x = new SessionXml();
        x.id = v.id();
        x.enrolmentId = v.enrolmentId();
        x.kind = v.kind();
        x.date = CourseWebService.iso(v.date());
        x.startTime = CourseWebService.hoursMinutes(v.startTime());
        x.week = v.week();
        x.phase = v.phase();
        x.theme = v.theme();
        x.status = v.status();
        x.attendanceNote = v.attendanceNote();
        x.recordedBy = v.recordedBy();
        x.recordedAt = CourseWebService.iso(v.recordedAt());
        x.fromCalendar = v.fromCalendar();
        x.travelCostClaimed = v.travelCostClaimed();
        x.travelCostReimbursed = v.travelCostReimbursed();
        x.version = v.version();
        return x;
    }
}
