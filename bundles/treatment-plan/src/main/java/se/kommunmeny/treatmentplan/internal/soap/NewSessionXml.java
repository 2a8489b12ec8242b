package se.kommunmeny.treatmentplan.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.treatmentplan.api.NewSession;

/** A session added outside the calendar (SOAP); date yyyy-mm-dd, start time HH:mm. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "NewSession", namespace = CourseWebService.NAMESPACE)
public class NewSessionXml {
    public String kind;
    public String date;
    public String startTime;
    public String theme;

    NewSession toRecord() {
        return new NewSession(kind, date, startTime, theme);
    }
}
