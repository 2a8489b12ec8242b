package se.kommunmeny.treatmentplan.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.treatmentplan.api.ReportView;

/** A report to the commissioner on the wire (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Report", namespace = CourseWebService.NAMESPACE)
public class ReportXml {
    public String id;
    public String enrolmentId;
    public String kind;
    public String month;
    public String status;
    public String periodFrom;
    public String periodTo;
    public String programmeId;
    public String programmeName;
    public String commissionerCode;
    public String commissionerName;
    public String legalBasis;
    public String enrolmentStatus;
    public String startSituation;
    @XmlElement(name = "attendance")
    public List<AttendanceCountXml> attendance = new ArrayList<>();
    @XmlElement(name = "goal")
    public List<GoalProgressXml> goals = new ArrayList<>();
    @XmlElement(name = "skill")
    public List<SkillRatingXml> skills = new ArrayList<>();
    public int drugTests;
    public int positiveDrugTests;
    public int relapses;
    public int outreachTasks;
    @XmlElement(name = "assessment")
    public List<String> assessments = new ArrayList<>();
    public String summary;
    public String generatedBy;
    public String generatedAt;
    public String reviewedBy;
    public String reviewedAt;
    public String sentAt;
    public String sentTo;
    public long version;

    /** Sessions of one kind in the report's period. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "AttendanceCount", namespace = CourseWebService.NAMESPACE)
    public static class AttendanceCountXml {
        public String kind;
        public int planned;
        public int attended;
        public int noShow;
        public int cancelled;
        public int excused;

        static AttendanceCountXml of(ReportView.AttendanceCount c) {
            AttendanceCountXml x = new AttendanceCountXml();
            x.kind = c.kind();
            x.planned = c.planned();
            x.attended = c.attended();
            x.noShow = c.noShow();
            x.cancelled = c.cancelled();
            x.excused = c.excused();
            return x;
        }
    }

    static ReportXml of(ReportView v) {
        ReportXml x = new ReportXml();
        x.id = v.id();
        x.enrolmentId = v.enrolmentId();
        x.kind = v.kind();
        x.month = v.month();
        x.status = v.status();
        x.periodFrom = CourseWebService.iso(v.periodFrom());
        x.periodTo = CourseWebService.iso(v.periodTo());
        x.programmeId = v.programmeId();
        x.programmeName = v.programmeName();
        x.commissionerCode = v.commissionerCode();
        x.commissionerName = v.commissionerName();
        x.legalBasis = v.legalBasis();
        x.enrolmentStatus = v.enrolmentStatus();
        x.startSituation = v.startSituation();
        if (v.attendance() != null) {
            v.attendance().forEach(c -> x.attendance.add(AttendanceCountXml.of(c)));
        }
        if (v.goals() != null) {
            v.goals().forEach(g -> x.goals.add(GoalProgressXml.of(g)));
        }
        if (v.skills() != null) {
            v.skills().forEach(s -> x.skills.add(SkillRatingXml.of(s)));
        }
        x.drugTests = v.drugTests();
        x.positiveDrugTests = v.positiveDrugTests();
        x.relapses = v.relapses();
        x.outreachTasks = v.outreachTasks();
        if (v.assessments() != null) {
            x.assessments.addAll(v.assessments());
        }
        x.summary = v.summary();
        x.generatedBy = v.generatedBy();
        x.generatedAt = CourseWebService.iso(v.generatedAt());
        x.reviewedBy = v.reviewedBy();
        x.reviewedAt = CourseWebService.iso(v.reviewedAt());
        x.sentAt = CourseWebService.iso(v.sentAt());
        x.sentTo = v.sentTo();
        x.version = v.version();
        return x;
    }
}
