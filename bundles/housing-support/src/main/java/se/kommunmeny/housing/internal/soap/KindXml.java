package se.kommunmeny.housing.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.housing.api.KindView;

/** A configured housing kind on the wire (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Kind", namespace = HousingSupportWebService.NAMESPACE)
public class KindXml {
    public String id;
    public String kind;
    public String name;
    public int maxStayMonths;
    public int contractTransferAfterMonths;
    public int evictionNoticeHours;
    public String staffing;
    public int caseload;
    public int followUpIntervalDays;
    @XmlElement(name = "targetGroup")
    public List<String> targetGroups = new ArrayList<>();
    public boolean anonymous;
    public boolean decisionRequired;
    public int capacity;
    public int freePlaces;
    public int waiting;

    static KindXml of(KindView v) {
        KindXml x = new KindXml();
        x.id = v.id();
        x.kind = v.kind();
        x.name = v.name();
        x.maxStayMonths = v.maxStayMonths();
        x.contractTransferAfterMonths = v.contractTransferAfterMonths();
        x.evictionNoticeHours = v.evictionNoticeHours();
        x.staffing = v.staffing();
        x.caseload = v.caseload();
        x.followUpIntervalDays = v.followUpIntervalDays();
        x.targetGroups.addAll(v.targetGroups());
        x.anonymous = v.anonymous();
        x.decisionRequired = v.decisionRequired();
        x.capacity = v.capacity();
        x.freePlaces = v.freePlaces();
        x.waiting = v.waiting();
        return x;
    }
}
