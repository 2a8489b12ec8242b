package se.kommunmeny.treatmentplan.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.treatmentplan.api.SubstanceResult;

/** One substance tested and its result (SOAP), in requests and responses. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SubstanceResult", namespace = CourseWebService.NAMESPACE)
public class SubstanceResultXml {
    public String substance;
    public String result;

    SubstanceResult toRecord() {
        return new SubstanceResult(substance, result);
    }

    static SubstanceResultXml of(SubstanceResult r) {
        SubstanceResultXml x = new SubstanceResultXml();
        x.substance = r.substance();
        x.result = r.result();
        return x;
    }
}
