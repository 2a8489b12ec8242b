package se.kommunmeny.purchasing.internal.soap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.purchasing.api.PriceModel;

/** What an agreement costs (SOAP), both ways; amounts as xs:decimal. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "PriceModel", namespace = PurchasingWebService.NAMESPACE)
public class PriceModelXml {
    public String currency;
    public BigDecimal monthFullTime;
    public BigDecimal monthHalfTime;
    public BigDecimal perDay;
    public BigDecimal perHour;
    public String hourServiceName;
    @XmlElement(name = "item")
    public List<ItemXml> items = new ArrayList<>();
    public String indexName;
    public BigDecimal indexBase;
    public BigDecimal indexCurrent;

    static PriceModelXml of(PriceModel p) {
        if (p == null) {
            return null;
        }
        PriceModelXml x = new PriceModelXml();
        x.currency = p.currency();
        x.monthFullTime = p.monthFullTime();
        x.monthHalfTime = p.monthHalfTime();
        x.perDay = p.perDay();
        x.perHour = p.perHour();
        x.hourServiceName = p.hourServiceName();
        PurchasingWebService.addAll(x.items, p.items(), ItemXml::of);
        x.indexName = p.indexName();
        x.indexBase = p.indexBase();
        x.indexCurrent = p.indexCurrent();
        return x;
    }

    PriceModel toRecord() {
        return new PriceModel(currency, monthFullTime, monthHalfTime, perDay, perHour, hourServiceName,
                items.stream().map(i -> i == null ? null : i.toRecord()).toList(), indexName, indexBase, indexCurrent);
    }

    /** A priced item, e.g. drogtest. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "PriceItem", namespace = PurchasingWebService.NAMESPACE)
    public static class ItemXml {
        public String code;
        public String name;
        public BigDecimal unitPrice;

        static ItemXml of(PriceModel.Item i) {
            ItemXml x = new ItemXml();
            x.code = i.code();
            x.name = i.name();
            x.unitPrice = i.unitPrice();
            return x;
        }

        PriceModel.Item toRecord() {
            return new PriceModel.Item(code, name, unitPrice);
        }
    }
}
