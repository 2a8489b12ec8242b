package se.kommunmeny.purchasing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.purchasing.api.Decision;

/** The supplier's answer to an order (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Decision", namespace = PurchasingWebService.NAMESPACE)
public class DecisionXml {
    public Boolean accept;
    public String reason;

    Decision toRecord() {
        return new Decision(accept, reason);
    }
}
