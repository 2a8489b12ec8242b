package se.kommunmeny.housing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.housing.api.KeyEventView;

/** A key event on the wire (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "KeyEvent", namespace = HousingSupportWebService.NAMESPACE)
public class KeyEventXml {
    public String id;
    public String placementId;
    public String event;
    public String keyLabel;
    public String occurredOn;
    public String note;
    public String recordedBy;
    public String recordedAt;

    static KeyEventXml of(KeyEventView v) {
        KeyEventXml x = new KeyEventXml();
        x.id = v.id();
        x.placementId = v.placementId();
        x.event = v.event();
        x.keyLabel = v.keyLabel();
        x.occurredOn = HousingSupportWebService.iso(v.occurredOn());
        x.note = v.note();
        x.recordedBy = v.recordedBy();
        x.recordedAt = HousingSupportWebService.iso(v.recordedAt());
        return x;
    }
}
