package se.kommunmeny.supportgroups.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.supportgroups.api.PartnerShare;

/** A partner municipality's share of a cohort's places (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "PartnerShare", namespace = SupportGroupsWebService.NAMESPACE)
public class PartnerShareXml {
    public String code;
    public String name;
    public Integer places;
    public String user;
    public Integer enrolled;
    public Integer waiting;

    PartnerShare toRecord() {
        return new PartnerShare(code, name, places, user, enrolled, waiting);
    }

    static PartnerShareXml of(PartnerShare s) {
        PartnerShareXml x = new PartnerShareXml();
        x.code = s.code();
        x.name = s.name();
        x.places = s.places();
        x.user = s.user();
        x.enrolled = s.enrolled();
        x.waiting = s.waiting();
        return x;
    }
}
