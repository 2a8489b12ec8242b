package se.kommunmeny.supportgroups.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.supportgroups.api.AttendanceView;

/** A cohort's attendance per participant and meeting (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Attendance", namespace = SupportGroupsWebService.NAMESPACE)
public class AttendanceXml {
    public String cohortId;
    public int meetingsHeld;
    @XmlElement(name = "participant")
    public List<RowXml> participants = new ArrayList<>();

    /** One participant's row. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "AttendanceRow", namespace = SupportGroupsWebService.NAMESPACE)
    public static class RowXml {
        public String participantId;
        public String alias;
        public String status;
        @XmlElement(name = "meeting")
        public List<PresenceXml> meetings = new ArrayList<>();
        public int attended;
        public boolean completed;
    }

    /** Presence at one meeting. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Presence", namespace = SupportGroupsWebService.NAMESPACE)
    public static class PresenceXml {
        public String meetingId;
        public String participantId;
        public int number;
        public String date;
        public boolean present;

        static PresenceXml of(AttendanceView.Presence p) {
            PresenceXml x = new PresenceXml();
            x.meetingId = p.meetingId();
            x.participantId = p.participantId();
            x.number = p.number();
            x.date = SupportGroupsWebService.iso(p.date());
            x.present = p.present();
            return x;
        }
    }

    static AttendanceXml of(AttendanceView v) {
        AttendanceXml x = new AttendanceXml();
        x.cohortId = v.cohortId();
        x.meetingsHeld = v.meetingsHeld();
        for (AttendanceView.Row r : v.participants()) {
            RowXml rx = new RowXml();
            rx.participantId = r.participantId();
            rx.alias = r.alias();
            rx.status = r.status();
            rx.meetings = new ArrayList<>(r.meetings().stream().map(PresenceXml::of).toList());
            rx.attended = r.attended();
            rx.completed = r.completed();
            x.participants.add(rx);
        }
        return x;
    }
}
