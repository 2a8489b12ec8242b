package se.kommunmeny.supportgroups.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.supportgroups.api.PartnerView;

/** A partner municipality's view of a cohort (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "PartnerView", namespace = SupportGroupsWebService.NAMESPACE)
public class PartnerViewXml {
    public String cohortId;
    public String programmeId;
    @XmlElement(name = "partnerCode")
    public List<String> partnerCodes = new ArrayList<>();
    public int places;
    public int enrolled;
    public int sharePlaces;
    public int shareEnrolled;
    public int meetingsHeld;
    public Double averageAttendance;
    @XmlElement(name = "participant")
    public List<PartnerParticipantXml> participants = new ArrayList<>();

    /** One of the partner's own participants. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "PartnerParticipant", namespace = SupportGroupsWebService.NAMESPACE)
    public static class PartnerParticipantXml {
        public String id;
        public String alias;
        public String code;
        public String partnerCode;
        public String status;
        public int attended;
    }

    static PartnerViewXml of(PartnerView v) {
        PartnerViewXml x = new PartnerViewXml();
        x.cohortId = v.cohortId();
        x.programmeId = v.programmeId();
        x.partnerCodes = new ArrayList<>(v.partnerCodes());
        x.places = v.places();
        x.enrolled = v.enrolled();
        x.sharePlaces = v.sharePlaces();
        x.shareEnrolled = v.shareEnrolled();
        x.meetingsHeld = v.meetingsHeld();
        x.averageAttendance = v.averageAttendance();
        for (PartnerView.Participant p : v.participants()) {
            PartnerParticipantXml px = new PartnerParticipantXml();
            px.id = p.id();
            px.alias = p.alias();
            px.code = p.code();
            px.partnerCode = p.partnerCode();
            px.status = p.status();
            px.attended = p.attended();
            x.participants.add(px);
        }
        return x;
    }
}
