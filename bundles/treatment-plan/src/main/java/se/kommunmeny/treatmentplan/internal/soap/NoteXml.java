package se.kommunmeny.treatmentplan.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.treatmentplan.api.NoteView;

/** A note in a client's course on the wire (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Note", namespace = CourseWebService.NAMESPACE)
public class NoteXml {
    public String id;
    public String enrolmentId;
    public String sessionId;
    public String text;
    public String writtenBy;
    public String writtenAt;

    static NoteXml of(NoteView v) {
        NoteXml x = new NoteXml();
        x.id = v.id();
        x.enrolmentId = v.enrolmentId();
        x.sessionId = v.sessionId();
        x.text = v.text();
        x.writtenBy = v.writtenBy();
        x.writtenAt = CourseWebService.iso(v.writtenAt());
        return x;
    }
}
