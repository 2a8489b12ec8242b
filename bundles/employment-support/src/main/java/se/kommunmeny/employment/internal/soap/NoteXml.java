package se.kommunmeny.employment.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.employment.api.NewNote;
import se.kommunmeny.employment.api.NoteView;

/** A supervisor's note (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Note", namespace = EmploymentSupportWebService.NAMESPACE)
public class NoteXml {
    public String id;
    public String placementId;
    public String writtenOn;
    public String text;
    public String writtenBy;
    public String writtenAt;

    static NoteXml of(NoteView v) {
        NoteXml x = new NoteXml();
        x.id = v.id();
        x.placementId = v.placementId();
        x.writtenOn = EmploymentSupportWebService.iso(v.writtenOn());
        x.text = v.text();
        x.writtenBy = v.writtenBy();
        x.writtenAt = EmploymentSupportWebService.iso(v.writtenAt());
        return x;
    }

    /** A note to write. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "NewNote", namespace = EmploymentSupportWebService.NAMESPACE)
    public static class NewNoteXml {
        @XmlElement
        public String writtenOn;
        public String text;

        NewNote toRecord() {
            return new NewNote(writtenOn, text);
        }
    }
}
