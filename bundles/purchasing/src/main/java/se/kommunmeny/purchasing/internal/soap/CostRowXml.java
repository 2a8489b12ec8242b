package se.kommunmeny.purchasing.internal.soap;

import java.math.BigDecimal;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.purchasing.api.CostRow;

/** One row of a month's costs, without identities (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CostRow", namespace = PurchasingWebService.NAMESPACE)
public class CostRowXml {
    public String month;
    public String provision;
    public String supplier;
    public String service;
    public String targetGroup;
    public int placements;
    public int placementDays;
    public BigDecimal amount;
    public BigDecimal perPlaceDay;
    public String currency;
    public String source;

    static CostRowXml of(CostRow r) {
        CostRowXml x = new CostRowXml();
        x.month = r.month();
        x.provision = r.provision();
        x.supplier = r.supplier();
        x.service = r.service();
        x.targetGroup = r.targetGroup();
        x.placements = r.placements();
        x.placementDays = r.placementDays();
        x.amount = r.amount();
        x.perPlaceDay = r.perPlaceDay();
        x.currency = r.currency();
        x.source = r.source();
        return x;
    }
}
