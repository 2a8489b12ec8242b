package se.kommunmeny.supportgroups.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.supportgroups.api.NoticeView;

/** A notice in the outbox (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Notice", namespace = SupportGroupsWebService.NAMESPACE)
public class NoticeXml {
    public String id;
    public String cohortId;
    public String meetingId;
    public String participantAlias;
    public String contact;
    public String message;
    public String createdAt;
    public String status;
    public String sentAt;

    static NoticeXml of(NoticeView v) {
        NoticeXml x = new NoticeXml();
        x.id = v.id();
        x.cohortId = v.cohortId();
        x.meetingId = v.meetingId();
        x.participantAlias = v.participantAlias();
        x.contact = v.contact();
        x.message = v.message();
        x.createdAt = SupportGroupsWebService.iso(v.createdAt());
        x.status = v.status();
        x.sentAt = SupportGroupsWebService.iso(v.sentAt());
        return x;
    }
}
