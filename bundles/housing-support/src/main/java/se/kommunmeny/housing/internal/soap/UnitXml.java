package se.kommunmeny.housing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.housing.api.UnitView;

/** A unit of the housing stock on the wire (SOAP), with its effective rules. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Unit", namespace = HousingSupportWebService.NAMESPACE)
public class UnitXml {
    public String id;
    public String kindId;
    public String name;
    public String address;
    public String landlord;
    public int places;
    public int occupied;
    public int free;
    public int maxStayMonths;
    public int contractTransferAfterMonths;
    public int evictionNoticeHours;
    public String staffing;
    public boolean ownRules;
    public boolean active;
    public long version;

    static UnitXml of(UnitView v) {
        UnitXml x = new UnitXml();
        x.id = v.id();
        x.kindId = v.kindId();
        x.name = v.name();
        x.address = v.address();
        x.landlord = v.landlord();
        x.places = v.places();
        x.occupied = v.occupied();
        x.free = v.free();
        x.maxStayMonths = v.maxStayMonths();
        x.contractTransferAfterMonths = v.contractTransferAfterMonths();
        x.evictionNoticeHours = v.evictionNoticeHours();
        x.staffing = v.staffing();
        x.ownRules = v.ownRules();
        x.active = v.active();
        x.version = v.version();
        return x;
    }
}
