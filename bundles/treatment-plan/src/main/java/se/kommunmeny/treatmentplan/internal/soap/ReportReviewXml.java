package se.kommunmeny.treatmentplan.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.treatmentplan.api.ReportReview;

/** The practitioner's part of a report (SOAP): one {@code goal} and one {@code skill} element each. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ReportReview", namespace = CourseWebService.NAMESPACE)
public class ReportReviewXml {
    public Long version;
    public String summary;
    @XmlElement(name = "goal")
    public List<GoalProgressXml> goals = new ArrayList<>();
    @XmlElement(name = "skill")
    public List<SkillRatingXml> skills = new ArrayList<>();

    ReportReview toRecord() {
        return new ReportReview(version, summary,
                goals == null ? List.of() : goals.stream().map(g -> g == null ? null : g.toRecord()).toList(),
                skills == null ? List.of() : skills.stream().map(s -> s == null ? null : s.toRecord()).toList());
    }
}
