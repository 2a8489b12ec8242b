package se.kommunmeny.supportgroups.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.supportgroups.api.MeetingView;

/** A meeting of a cohort (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Meeting", namespace = SupportGroupsWebService.NAMESPACE)
public class MeetingXml {
    public String id;
    public String cohortId;
    public int number;
    public String kind;
    public String date;
    public String startTime;
    public int minutes;
    public String theme;
    public String status;
    public String originalDate;
    public String reason;

    static MeetingXml of(MeetingView v) {
        MeetingXml x = new MeetingXml();
        x.id = v.id();
        x.cohortId = v.cohortId();
        x.number = v.number();
        x.kind = v.kind();
        x.date = SupportGroupsWebService.iso(v.date());
        x.startTime = v.startTime();
        x.minutes = v.minutes();
        x.theme = v.theme();
        x.status = v.status();
        x.originalDate = SupportGroupsWebService.iso(v.originalDate());
        x.reason = v.reason();
        return x;
    }
}
