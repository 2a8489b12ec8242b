package se.kommunmeny.treatmentplan.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.treatmentplan.api.NewAssessment;

/** An assessment to score (SOAP): one {@code answer} element per item, in item order. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "NewAssessment", namespace = CourseWebService.NAMESPACE)
public class NewAssessmentXml {
    public String instrument;
    public String takenOn;
    public String sex;
    public Integer age;
    @XmlElement(name = "answer")
    public List<Integer> answers = new ArrayList<>();

    NewAssessment toRecord() {
        return new NewAssessment(instrument, takenOn, sex, age,
                answers == null ? List.of() : answers.stream().toList());
    }
}
