package se.kommunmeny.treatmentplan.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.treatmentplan.api.OutreachOutcome;

/** What an outreach did (SOAP): whether the client was reached, and a note. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "OutreachOutcome", namespace = CourseWebService.NAMESPACE)
public class OutreachOutcomeXml {
    public Boolean reached;
    public String note;

    OutreachOutcome toRecord() {
        return new OutreachOutcome(reached, note);
    }
}
