package se.kommunmeny.employment.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.employment.api.KindView;
import se.kommunmeny.employment.api.StepRule;

/** A configured kind on the wire (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Kind", namespace = EmploymentSupportWebService.NAMESPACE)
public class KindXml {
    public String id;
    public String name;
    public String kind;
    @XmlElement(name = "step")
    public List<StepRuleXml> steps = new ArrayList<>();
    public int maxHoursPerWeek;
    public int followUpIntervalDays;
    public int capacity;
    public int freePlaces;

    static KindXml of(KindView v) {
        KindXml x = new KindXml();
        x.id = v.id();
        x.name = v.name();
        x.kind = v.kind();
        v.steps().forEach(s -> x.steps.add(StepRuleXml.of(s)));
        x.maxHoursPerWeek = v.maxHoursPerWeek();
        x.followUpIntervalDays = v.followUpIntervalDays();
        x.capacity = v.capacity();
        x.freePlaces = v.freePlaces();
        return x;
    }

    /** One step of a step model. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "StepRule", namespace = EmploymentSupportWebService.NAMESPACE)
    public static class StepRuleXml {
        public String step;
        public Integer minMonths;
        public Integer maxMonths;

        static StepRuleXml of(StepRule r) {
            StepRuleXml x = new StepRuleXml();
            x.step = r.step();
            x.minMonths = r.minMonths();
            x.maxMonths = r.maxMonths();
            return x;
        }
    }
}
