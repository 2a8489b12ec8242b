package se.kommunmeny.treatmentplan.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.treatmentplan.api.CalendarResult;

/** What a calendar generation did (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CalendarResult", namespace = CourseWebService.NAMESPACE)
public class CalendarResultXml {
    public String enrolmentId;
    public String phase;
    public int created;
    public int existing;
    public String until;
    public int notGenerated;

    static CalendarResultXml of(CalendarResult r) {
        CalendarResultXml x = new CalendarResultXml();
        x.enrolmentId = r.enrolmentId();
        x.phase = r.phase();
        x.created = r.created();
        x.existing = r.existing();
        x.until = CourseWebService.iso(r.until());
        x.notGenerated = r.notGenerated();
        return x;
    }
}
