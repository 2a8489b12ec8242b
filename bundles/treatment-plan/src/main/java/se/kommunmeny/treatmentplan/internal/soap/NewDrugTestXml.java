package se.kommunmeny.treatmentplan.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.treatmentplan.api.NewDrugTest;

/** A drug test to record (SOAP): one {@code result} element per substance tested. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "NewDrugTest", namespace = CourseWebService.NAMESPACE)
public class NewDrugTestXml {
    public String takenOn;
    public String method;
    @XmlElement(name = "result")
    public List<SubstanceResultXml> results = new ArrayList<>();

    NewDrugTest toRecord() {
        return new NewDrugTest(takenOn, method, results == null ? List.of()
                : results.stream().map(r -> r == null ? null : r.toRecord()).toList());
    }
}
