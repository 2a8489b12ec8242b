package se.kommunmeny.purchasing.internal.soap;

import java.math.BigDecimal;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.purchasing.api.ChargeView;

/** A recorded charge on a placement (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Charge", namespace = PurchasingWebService.NAMESPACE)
public class ChargeXml {
    public String id;
    public String orderRef;
    public String day;
    public BigDecimal hours;
    public String item;
    public int quantity;
    public String recordedAt;

    static ChargeXml of(ChargeView v) {
        ChargeXml x = new ChargeXml();
        x.id = v.id();
        x.orderRef = v.orderRef();
        x.day = PurchasingWebService.iso(v.day());
        x.hours = v.hours();
        x.item = v.item();
        x.quantity = v.quantity();
        x.recordedAt = PurchasingWebService.iso(v.recordedAt());
        return x;
    }
}
