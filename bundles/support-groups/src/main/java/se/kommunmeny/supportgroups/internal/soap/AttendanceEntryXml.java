package se.kommunmeny.supportgroups.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.supportgroups.api.AttendanceEntry;

/** Whether a participant was present (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "AttendanceEntry", namespace = SupportGroupsWebService.NAMESPACE)
public class AttendanceEntryXml {
    public String participantId;
    public Boolean present;

    AttendanceEntry toRecord() {
        return new AttendanceEntry(participantId, present);
    }
}
