package se.kommunmeny.treatmentplan.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.treatmentplan.api.DrugTestView;

/** A drug test and its results on the wire (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "DrugTest", namespace = CourseWebService.NAMESPACE)
public class DrugTestXml {
    public String id;
    public String enrolmentId;
    public String takenOn;
    public String method;
    @XmlElement(name = "result")
    public List<SubstanceResultXml> results = new ArrayList<>();
    public boolean anyPositive;
    public String recordedBy;
    public String recordedAt;

    static DrugTestXml of(DrugTestView v) {
        DrugTestXml x = new DrugTestXml();
        x.id = v.id();
        x.enrolmentId = v.enrolmentId();
        x.takenOn = CourseWebService.iso(v.takenOn());
        x.method = v.method();
        if (v.results() != null) {
            v.results().forEach(r -> x.results.add(SubstanceResultXml.of(r)));
        }
        x.anyPositive = v.anyPositive();
        x.recordedBy = v.recordedBy();
        x.recordedAt = CourseWebService.iso(v.recordedAt());
        return x;
    }
}
