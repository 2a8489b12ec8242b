package se.kommunmeny.employment.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.employment.api.WorkPlaceRequest;

/** A work place to register or update (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "WorkPlaceRequest", namespace = EmploymentSupportWebService.NAMESPACE)
public class WorkPlaceRequestXml {
    public String id;
    public String kindId;
    public String name;
    public WorkPlaceXml.ProviderXml provider;
    public String workType;
    public Integer places;
    @XmlElement(name = "reservation")
    public List<WorkPlaceXml.ReservationXml> reservations = new ArrayList<>();
    public WorkPlaceXml.SupervisorXml supervisor;
    public Boolean active;
    public Long version;

    WorkPlaceRequest toRecord() {
        return new WorkPlaceRequest(id, kindId, name, provider == null ? null : provider.toRecord(), workType, places,
                reservations.stream().map(WorkPlaceXml.ReservationXml::toRecord).toList(),
                supervisor == null ? null : supervisor.toRecord(), active, version);
    }
}
