package se.kommunmeny.supportgroups.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.supportgroups.api.CohortView;

/** A cohort with its meetings and places (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Cohort", namespace = SupportGroupsWebService.NAMESPACE)
public class CohortXml {
    public String id;
    public String programmeId;
    public String programmeName;
    public String firstMeeting;
    public String lastMeeting;
    public String startTime;
    public String place;
    @XmlElement(name = "leader")
    public List<String> leaders = new ArrayList<>();
    public int places;
    public int hostPlaces;
    public int hostEnrolled;
    @XmlElement(name = "share")
    public List<PartnerShareXml> shares = new ArrayList<>();
    public int enrolled;
    public int waiting;
    public String intakeUntil;
    public boolean takingIntake;
    @XmlElement(name = "meeting")
    public List<MeetingXml> meetings = new ArrayList<>();
    public String createdBy;
    public String createdAt;
    public long version;

    static CohortXml of(CohortView v) {
        CohortXml x = new CohortXml();
        x.id = v.id();
        x.programmeId = v.programmeId();
        x.programmeName = v.programmeName();
        x.firstMeeting = SupportGroupsWebService.iso(v.firstMeeting());
        x.lastMeeting = SupportGroupsWebService.iso(v.lastMeeting());
        x.startTime = v.startTime();
        x.place = v.place();
        x.leaders = new ArrayList<>(v.leaders());
        x.places = v.places();
        x.hostPlaces = v.hostPlaces();
        x.hostEnrolled = v.hostEnrolled();
        x.shares = new ArrayList<>(v.shares().stream().map(PartnerShareXml::of).toList());
        x.enrolled = v.enrolled();
        x.waiting = v.waiting();
        x.intakeUntil = SupportGroupsWebService.iso(v.intakeUntil());
        x.takingIntake = v.takingIntake();
        x.meetings = new ArrayList<>(v.meetings().stream().map(MeetingXml::of).toList());
        x.createdBy = v.createdBy();
        x.createdAt = SupportGroupsWebService.iso(v.createdAt());
        x.version = v.version();
        return x;
    }
}
