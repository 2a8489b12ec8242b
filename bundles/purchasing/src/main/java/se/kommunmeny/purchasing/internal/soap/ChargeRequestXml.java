package se.kommunmeny.purchasing.internal.soap;

import java.math.BigDecimal;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.purchasing.api.Charge;

/** Something to bill on a placement besides its days: hours or an item (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ChargeRequest", namespace = PurchasingWebService.NAMESPACE)
public class ChargeRequestXml {
    public String day;
    public BigDecimal hours;
    public String item;
    public Integer quantity;

    Charge toRecord() {
        return new Charge(day, hours, item, quantity);
    }
}
