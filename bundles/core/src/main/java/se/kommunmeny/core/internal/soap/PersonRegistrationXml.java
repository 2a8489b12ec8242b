package se.kommunmeny.core.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** What a case officer sends to register a person (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "PersonRegistration", namespace = PersonWebService.NAMESPACE)
public class PersonRegistrationXml {
    public String identityNumber;
    public String givenName;
    public String familyName;
    public String address;
    public boolean protectedIdentity;
}
