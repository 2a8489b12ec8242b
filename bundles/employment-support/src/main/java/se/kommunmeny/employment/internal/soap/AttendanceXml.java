package se.kommunmeny.employment.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.employment.api.AttendanceSummary;
import se.kommunmeny.employment.api.AttendanceView;

/** A recorded day of attendance (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Attendance", namespace = EmploymentSupportWebService.NAMESPACE)
public class AttendanceXml {
    public String placementId;
    public String date;
    public boolean present;
    public double hours;
    public String absenceReason;
    public String recordedBy;
    public String recordedAt;
    public long version;

    static AttendanceXml of(AttendanceView v) {
        AttendanceXml x = new AttendanceXml();
        x.placementId = v.placementId();
        x.date = EmploymentSupportWebService.iso(v.date());
        x.present = v.present();
        x.hours = v.hours();
        x.absenceReason = v.absenceReason();
        x.recordedBy = v.recordedBy();
        x.recordedAt = EmploymentSupportWebService.iso(v.recordedAt());
        x.version = v.version();
        return x;
    }

    /** Attendance over a period with totals; absences as a list of counts by reason. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "AttendanceSummary", namespace = EmploymentSupportWebService.NAMESPACE)
    public static class SummaryXml {
        public String placementId;
        public String from;
        public String to;
        @XmlElement(name = "day")
        public List<AttendanceXml> days = new ArrayList<>();
        public double totalHours;
        public int daysPresent;
        @XmlElement(name = "absence")
        public List<CountXml> absences = new ArrayList<>();

        static SummaryXml of(AttendanceSummary s) {
            SummaryXml x = new SummaryXml();
            x.placementId = s.placementId();
            x.from = EmploymentSupportWebService.iso(s.from());
            x.to = EmploymentSupportWebService.iso(s.to());
            s.days().forEach(d -> x.days.add(AttendanceXml.of(d)));
            x.totalHours = s.totalHours();
            x.daysPresent = s.daysPresent();
            s.absences().forEach((k, v) -> x.absences.add(CountXml.of(k, v)));
            return x;
        }
    }

    /** A count under a name: absences by reason, outcomes. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Count", namespace = EmploymentSupportWebService.NAMESPACE)
    public static class CountXml {
        public String name;
        public int count;

        static CountXml of(String name, int count) {
            CountXml x = new CountXml();
            x.name = name;
            x.count = count;
            return x;
        }
    }
}
