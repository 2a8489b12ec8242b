package se.kommunmeny.employment.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.employment.api.CareConference;
import se.kommunmeny.employment.api.StepChangeRequest;
import se.kommunmeny.employment.api.StepChangeView;

/** A recorded step change (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "StepChange", namespace = EmploymentSupportWebService.NAMESPACE)
public class StepChangeXml {
    public String id;
    public String placementId;
    public String fromStep;
    public String toStep;
    public String decidedOn;
    public String conferenceHeldOn;
    @XmlElement(name = "conferenceParticipant")
    public List<String> conferenceParticipants = new ArrayList<>();
    public String decision;
    public boolean earlyChange;
    public String recordedBy;
    public String recordedAt;

    static StepChangeXml of(StepChangeView v) {
        StepChangeXml x = new StepChangeXml();
        x.id = v.id();
        x.placementId = v.placementId();
        x.fromStep = v.fromStep();
        x.toStep = v.toStep();
        x.decidedOn = EmploymentSupportWebService.iso(v.decidedOn());
        x.conferenceHeldOn = EmploymentSupportWebService.iso(v.conferenceHeldOn());
        x.conferenceParticipants.addAll(v.conferenceParticipants());
        x.decision = v.decision();
        x.earlyChange = v.earlyChange();
        x.recordedBy = v.recordedBy();
        x.recordedAt = EmploymentSupportWebService.iso(v.recordedAt());
        return x;
    }

    /** A step change to record, with its care conference. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "StepChangeRequest", namespace = EmploymentSupportWebService.NAMESPACE)
    public static class RequestXml {
        public String toStep;
        public String decidedOn;
        public CareConferenceXml careConference;

        StepChangeRequest toRecord() {
            return new StepChangeRequest(toStep, decidedOn, careConference == null ? null : careConference.toRecord());
        }
    }

    /** Vårdkonferens: the meeting that decided the change. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "CareConference", namespace = EmploymentSupportWebService.NAMESPACE)
    public static class CareConferenceXml {
        public String heldOn;
        @XmlElement(name = "participant")
        public List<String> participants = new ArrayList<>();
        public String decision;

        CareConference toRecord() {
            return new CareConference(heldOn, List.copyOf(participants), decision);
        }
    }
}
