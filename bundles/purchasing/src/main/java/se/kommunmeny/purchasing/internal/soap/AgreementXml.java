package se.kommunmeny.purchasing.internal.soap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.purchasing.api.AgreementView;

/** An agreement as stored, with its placements now (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Agreement", namespace = PurchasingWebService.NAMESPACE)
public class AgreementXml {
    public String id;
    public String partnerId;
    public String partnerName;
    public String role;
    public String number;
    public String serviceId;
    public String serviceName;
    public String serviceType;
    @XmlElement(name = "targetGroup")
    public List<String> targetGroups = new ArrayList<>();
    public PriceModelXml price;
    public int reservedPlaces;
    public int vacancyGraceDays;
    public BigDecimal vacancyPercent;
    public int noticeDays;
    public String validFrom;
    public String validTo;
    public String buyerReference;
    public String jointPool;
    public Integer jointPoolPlaces;
    public Integer minAge;
    public Integer maxAge;
    public int activePlacements;
    public Integer capacity;
    public Integer freePlaces;
    public String freePlacesReadAt;
    public String registeredAt;
    public String registeredBy;

    static AgreementXml of(AgreementView v) {
        AgreementXml x = new AgreementXml();
        x.id = v.id();
        x.partnerId = v.partnerId();
        x.partnerName = v.partnerName();
        x.role = v.role();
        x.number = v.number();
        x.serviceId = v.serviceId();
        x.serviceName = v.serviceName();
        x.serviceType = v.serviceType();
        PurchasingWebService.addAll(x.targetGroups, v.targetGroups(), g -> g);
        x.price = PriceModelXml.of(v.price());
        x.reservedPlaces = v.reservedPlaces();
        x.vacancyGraceDays = v.vacancyGraceDays();
        x.vacancyPercent = v.vacancyPercent();
        x.noticeDays = v.noticeDays();
        x.validFrom = PurchasingWebService.iso(v.validFrom());
        x.validTo = PurchasingWebService.iso(v.validTo());
        x.buyerReference = v.buyerReference();
        x.jointPool = v.jointPool();
        x.jointPoolPlaces = v.jointPoolPlaces();
        x.minAge = v.minAge();
        x.maxAge = v.maxAge();
        x.activePlacements = v.activePlacements();
        x.capacity = v.capacity();
        x.freePlaces = v.freePlaces();
        x.freePlacesReadAt = PurchasingWebService.iso(v.freePlacesReadAt());
        x.registeredAt = PurchasingWebService.iso(v.registeredAt());
        x.registeredBy = v.registeredBy();
        return x;
    }
}
