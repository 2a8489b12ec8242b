package se.kommunmeny.treatmentplan.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.treatmentplan.api.AssessmentView;

/** A scored AUDIT, DUDIT or ASI on the wire (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Assessment", namespace = CourseWebService.NAMESPACE)
public class AssessmentXml {
    public String id;
    public String enrolmentId;
    public String instrument;
    public String takenOn;
    public String sex;
    public int age;
    @XmlElement(name = "answer")
    public List<Integer> answers = new ArrayList<>();
    public int score;
    public String level;
    public String cutOff;
    @XmlElement(name = "domain")
    public List<String> domains = new ArrayList<>();
    public String recordedBy;
    public String recordedAt;

    static AssessmentXml of(AssessmentView v) {
        AssessmentXml x = new AssessmentXml();
        x.id = v.id();
        x.enrolmentId = v.enrolmentId();
        x.instrument = v.instrument();
        x.takenOn = CourseWebService.iso(v.takenOn());
        x.sex = v.sex();
        x.age = v.age();
        if (v.answers() != null) {
            x.answers.addAll(v.answers());
        }
        x.score = v.score();
        x.level = v.level();
        x.cutOff = v.cutOff();
        if (v.domains() != null) {
            x.domains.addAll(v.domains());
        }
        x.recordedBy = v.recordedBy();
        x.recordedAt = CourseWebService.iso(v.recordedAt());
        return x;
    }
}
