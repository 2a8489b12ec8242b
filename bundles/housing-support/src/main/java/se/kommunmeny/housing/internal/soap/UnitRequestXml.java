package se.kommunmeny.housing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.housing.api.UnitRequest;

/** A unit as registered or updated (SOAP); a rule left out takes the kind's default. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "UnitRequest", namespace = HousingSupportWebService.NAMESPACE)
public class UnitRequestXml {
    public String kindId;
    public String name;
    public String address;
    public String landlord;
    public Integer places;
    public Integer maxStayMonths;
    public Integer contractTransferAfterMonths;
    public Integer evictionNoticeHours;
    public String staffing;
    public Boolean active;
    public Long version;

    UnitRequest toRecord() {
        return new UnitRequest(kindId, name, address, landlord, places, maxStayMonths, contractTransferAfterMonths,
                evictionNoticeHours, staffing, active, version);
    }

    static UnitRequestXml of(UnitRequest r) {
        UnitRequestXml x = new UnitRequestXml();
        x.kindId = r.kindId();
        x.name = r.name();
        x.address = r.address();
        x.landlord = r.landlord();
        x.places = r.places();
        x.maxStayMonths = r.maxStayMonths();
        x.contractTransferAfterMonths = r.contractTransferAfterMonths();
        x.evictionNoticeHours = r.evictionNoticeHours();
        x.staffing = r.staffing();
        x.active = r.active();
        x.version = r.version();
        return x;
    }
}
