package se.kommunmeny.employment.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.employment.api.MeetingParticipant;
import se.kommunmeny.employment.api.MeetingView;
import se.kommunmeny.employment.api.NewMeeting;

/** A network meeting (uppföljningsmöte) on the wire (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Meeting", namespace = EmploymentSupportWebService.NAMESPACE)
public class MeetingXml {
    public String id;
    public String placementId;
    public String heldOn;
    @XmlElement(name = "participant")
    public List<ParticipantXml> participants = new ArrayList<>();
    public String summary;
    public String nextMeetingOn;
    public String recordedBy;
    public String recordedAt;

    static MeetingXml of(MeetingView v) {
        MeetingXml x = new MeetingXml();
        x.id = v.id();
        x.placementId = v.placementId();
        x.heldOn = EmploymentSupportWebService.iso(v.heldOn());
        v.participants().forEach(p -> x.participants.add(ParticipantXml.of(p)));
        x.summary = v.summary();
        x.nextMeetingOn = EmploymentSupportWebService.iso(v.nextMeetingOn());
        x.recordedBy = v.recordedBy();
        x.recordedAt = EmploymentSupportWebService.iso(v.recordedAt());
        return x;
    }

    /** A participant: the organisation and a name. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "MeetingParticipant", namespace = EmploymentSupportWebService.NAMESPACE)
    public static class ParticipantXml {
        public String organisation;
        public String name;

        static ParticipantXml of(MeetingParticipant p) {
            ParticipantXml x = new ParticipantXml();
            x.organisation = p.organisation();
            x.name = p.name();
            return x;
        }

        MeetingParticipant toRecord() {
            return new MeetingParticipant(organisation, name);
        }
    }

    /** A meeting to record. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "NewMeeting", namespace = EmploymentSupportWebService.NAMESPACE)
    public static class NewMeetingXml {
        public String heldOn;
        @XmlElement(name = "participant")
        public List<ParticipantXml> participants = new ArrayList<>();
        public String summary;
        public String nextMeetingOn;

        NewMeeting toRecord() {
            return new NewMeeting(heldOn, participants.stream().map(ParticipantXml::toRecord).toList(), summary,
                    nextMeetingOn);
        }
    }
}
