package se.kommunmeny.employment.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.employment.api.AttendanceEntry;

/** One day's attendance to record or correct (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "AttendanceEntry", namespace = EmploymentSupportWebService.NAMESPACE)
public class AttendanceEntryXml {
    public String date;
    public Boolean present;
    public Double hours;
    public String absenceReason;

    AttendanceEntry toRecord() {
        return new AttendanceEntry(date, present, hours, absenceReason);
    }
}
