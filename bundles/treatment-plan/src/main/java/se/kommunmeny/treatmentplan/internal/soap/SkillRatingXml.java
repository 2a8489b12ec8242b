package se.kommunmeny.treatmentplan.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.treatmentplan.api.ReportView;

/** A skills rating for re-entry, 1 to 5 (SOAP), in reports and report reviews. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SkillRating", namespace = CourseWebService.NAMESPACE)
public class SkillRatingXml {
    public String area;
    public int rating;
    public String comment;

    ReportView.SkillRating toRecord() {
        return new ReportView.SkillRating(area, rating, comment);
    }

    static SkillRatingXml of(ReportView.SkillRating s) {
        SkillRatingXml x = new SkillRatingXml();
        x.area = s.area();
        x.rating = s.rating();
        x.comment = s.comment();
        return x;
    }
}
