package se.kommunmeny.purchasing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.purchasing.api.ServiceAvailability;

/** A sold service's capacity and free places now (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ServiceAvailability", namespace = FederationWebService.NAMESPACE)
public class ServiceAvailabilityXml {
    public String serviceId;
    public String serviceName;
    public Integer capacity;
    public Integer freePlaces;
    public String readAt;

    static ServiceAvailabilityXml of(ServiceAvailability a) {
        ServiceAvailabilityXml x = new ServiceAvailabilityXml();
        x.serviceId = a.serviceId();
        x.serviceName = a.serviceName();
        x.capacity = a.capacity();
        x.freePlaces = a.freePlaces();
        x.readAt = PurchasingWebService.iso(a.readAt());
        return x;
    }
}
