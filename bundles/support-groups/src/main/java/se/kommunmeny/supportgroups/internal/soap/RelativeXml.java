package se.kommunmeny.supportgroups.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.supportgroups.api.RelativeView;

/** A consenting registered relative of a client (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Relative", namespace = SupportGroupsWebService.NAMESPACE)
public class RelativeXml {
    public String participantId;
    public String personRef;
    public String clientRef;
    public String programmeId;
    public String programmeName;
    public String cohortId;
    public String firstMeeting;
    public String lastMeeting;
    public String status;

    static RelativeXml of(RelativeView v) {
        RelativeXml x = new RelativeXml();
        x.participantId = v.participantId();
        x.personRef = v.personRef();
        x.clientRef = v.clientRef();
        x.programmeId = v.programmeId();
        x.programmeName = v.programmeName();
        x.cohortId = v.cohortId();
        x.firstMeeting = SupportGroupsWebService.iso(v.firstMeeting());
        x.lastMeeting = SupportGroupsWebService.iso(v.lastMeeting());
        x.status = v.status();
        return x;
    }
}
