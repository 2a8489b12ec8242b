package se.kommunmeny.treatmentplan.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.treatmentplan.api.EnrolmentView;

/** An enrolment on the wire (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Enrolment", namespace = TreatmentPlanWebService.NAMESPACE)
public class EnrolmentXml {
    public String id;
    public String personRef;
    public String programmeId;
    public String legalBasis;
    public String commissionerCode;
    public String commissionerName;
    public String phase;
    public String status;
    public String grantedFrom;
    public String grantedTo;
    public Integer waitingPosition;
    @XmlElement(name = "previousEnd")
    public List<String> extensions = new ArrayList<>();
    public long version;

    static EnrolmentXml of(EnrolmentView v) {
        EnrolmentXml x = new EnrolmentXml();
        x.id = v.id();
        x.personRef = v.personRef();
        x.programmeId = v.programmeId();
        x.legalBasis = v.legalBasis().name();
        x.commissionerCode = v.commissionerCode();
        x.commissionerName = v.commissionerName();
        x.phase = v.phase();
        x.status = v.status();
        x.grantedFrom = v.grantedFrom().toString();
        x.grantedTo = v.grantedTo().toString();
        x.waitingPosition = v.waitingPosition();
        v.extensions().forEach(d -> x.extensions.add(d.toString()));
        x.version = v.version();
        return x;
    }
}
