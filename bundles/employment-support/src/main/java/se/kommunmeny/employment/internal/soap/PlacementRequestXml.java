package se.kommunmeny.employment.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.employment.api.PlacementRequest;

/** A placement to make (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "PlacementRequest", namespace = EmploymentSupportWebService.NAMESPACE)
public class PlacementRequestXml {
    public String personRef;
    public String workPlaceId;
    public String reservation;
    public String startDate;
    public String plannedEndDate;
    public WorkPlanXml workPlan;
    public Boolean waitIfFull;

    PlacementRequest toRecord() {
        return new PlacementRequest(personRef, workPlaceId, reservation, startDate, plannedEndDate,
                workPlan == null ? null : workPlan.toRecord(), waitIfFull);
    }
}
