package se.kommunmeny.supportgroups.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.supportgroups.api.CohortRequest;

/** A new cohort (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CohortRequest", namespace = SupportGroupsWebService.NAMESPACE)
public class CohortRequestXml {
    public String programmeId;
    public String firstMeeting;
    public String startTime;
    public String place;
    @XmlElement(name = "leader")
    public List<String> leaders = new ArrayList<>();
    public Integer places;
    @XmlElement(name = "partnerShare")
    public List<PartnerShareXml> partnerShares = new ArrayList<>();
    public String intakeUntil;

    CohortRequest toRecord() {
        return new CohortRequest(programmeId, firstMeeting, startTime, place, List.copyOf(leaders), places,
                partnerShares.stream().map(PartnerShareXml::toRecord).toList(), intakeUntil);
    }

    static CohortRequestXml of(CohortRequest r) {
        CohortRequestXml x = new CohortRequestXml();
        x.programmeId = r.programmeId();
        x.firstMeeting = r.firstMeeting();
        x.startTime = r.startTime();
        x.place = r.place();
        x.leaders = r.leaders() == null ? new ArrayList<>() : new ArrayList<>(r.leaders());
        x.places = r.places();
        x.partnerShares = r.partnerShares() == null ? new ArrayList<>()
                : new ArrayList<>(r.partnerShares().stream().map(PartnerShareXml::of).toList());
        x.intakeUntil = r.intakeUntil();
        return x;
    }
}
