package se.kommunmeny.supportgroups.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.supportgroups.api.GuardianConsent;

/** A guardian's consent (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "GuardianConsent", namespace = SupportGroupsWebService.NAMESPACE)
public class GuardianConsentXml {
    public String guardianName;
    public String guardianContact;
    public String consentedOn;
    public String scope;

    GuardianConsent toRecord() {
        return new GuardianConsent(guardianName, guardianContact, consentedOn, scope);
    }

    static GuardianConsentXml of(GuardianConsent c) {
        if (c == null) {
            return null;
        }
        GuardianConsentXml x = new GuardianConsentXml();
        x.guardianName = c.guardianName();
        x.guardianContact = c.guardianContact();
        x.consentedOn = c.consentedOn();
        x.scope = c.scope();
        return x;
    }
}
