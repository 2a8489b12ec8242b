package se.kommunmeny.purchasing.internal.soap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.purchasing.api.AgreementRequest;

/** An agreement to register (SOAP); dates yyyy-mm-dd. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "AgreementRequest", namespace = PurchasingWebService.NAMESPACE)
public class AgreementRequestXml {
    public String partnerId;
    public String role;
    public String number;
    public String serviceId;
    public String serviceName;
    public String serviceType;
    @XmlElement(name = "targetGroup")
    public List<String> targetGroups = new ArrayList<>();
    public PriceModelXml price;
    public Integer reservedPlaces;
    public Integer vacancyGraceDays;
    public BigDecimal vacancyPercent;
    public Integer noticeDays;
    public String validFrom;
    public String validTo;
    public String buyerReference;
    public String jointPool;
    public Integer jointPoolPlaces;
    public Integer minAge;
    public Integer maxAge;

    AgreementRequest toRecord() {
        return new AgreementRequest(partnerId, role, number, serviceId, serviceName, serviceType,
                targetGroups.stream().toList(), price == null ? null : price.toRecord(), reservedPlaces,
                vacancyGraceDays, vacancyPercent, noticeDays, validFrom, validTo, buyerReference, jointPool,
                jointPoolPlaces, minAge, maxAge);
    }
}
