package se.kommunmeny.treatmentplan.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.treatmentplan.api.ProgrammeDetail;

/** A programme on the wire (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Programme", namespace = TreatmentPlanWebService.NAMESPACE)
public class ProgrammeXml {
    public String id;
    public String name;
    public String template;
    public Integer weeks;
    @XmlElement(name = "phase")
    public List<String> phases = new ArrayList<>();
    public Integer capacity;
    public int activePlans;
    @XmlElement(name = "session")
    public List<String> sessions = new ArrayList<>();
    @XmlElement(name = "documentDue")
    public List<String> documentsDue = new ArrayList<>();
    public boolean capacitySharedWithAftercare;

    static ProgrammeXml of(ProgrammeDetail d) {
        ProgrammeXml x = new ProgrammeXml();
        x.id = d.programme().id();
        x.name = d.programme().name();
        x.template = d.programme().template();
        x.weeks = d.programme().weeks();
        x.phases.addAll(d.programme().phases());
        x.capacity = d.programme().capacity();
        x.activePlans = d.programme().activePlans();
        x.sessions.addAll(d.sessions());
        x.documentsDue.addAll(d.documentsDue());
        x.capacitySharedWithAftercare = d.capacitySharedWithAftercare();
        return x;
    }
}
