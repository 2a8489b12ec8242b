package se.kommunmeny.purchasing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.purchasing.api.ExtentChange;

/** A change between full and half time from a day on (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ExtentChange", namespace = PurchasingWebService.NAMESPACE)
public class ExtentChangeXml {
    public String extent;
    public String from;

    ExtentChange toRecord() {
        return new ExtentChange(extent, from);
    }
}
