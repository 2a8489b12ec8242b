package se.kommunmeny.treatmentplan.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.treatmentplan.api.NewNote;

/** A note to write (SOAP); the session is optional. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "NewNote", namespace = CourseWebService.NAMESPACE)
public class NewNoteXml {
    public String sessionId;
    public String text;

    NewNote toRecord() {
        return new NewNote(sessionId, text);
    }
}
