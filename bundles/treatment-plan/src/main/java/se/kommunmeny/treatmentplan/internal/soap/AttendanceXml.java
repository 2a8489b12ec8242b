package se.kommunmeny.treatmentplan.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.treatmentplan.api.Attendance;

/** Attendance at a session (SOAP), with the session's version as read. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Attendance", namespace = CourseWebService.NAMESPACE)
public class AttendanceXml {
    public String status;
    public String note;
    public Long version;
    public Integer travelCost;

    Attendance toRecord() {
        return new Attendance(status, note, version, travelCost);
    }
}
