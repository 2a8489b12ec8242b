package se.kommunmeny.core.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.core.api.person.PersonView;

/** A person on the wire (SOAP). Name and address are absent when hidden (protected identity). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Person", namespace = PersonWebService.NAMESPACE)
public class PersonXml {
    public String id;
    public String identityType;
    public String identityNumber;
    public String birthDate;
    public String gender;
    public String givenName;
    public String familyName;
    public String address;
    public boolean protectedIdentity;
    public boolean hidden;

    static PersonXml of(PersonView p) {
        PersonXml x = new PersonXml();
        x.id = p.id();
        x.identityType = p.identityType().name();
        x.identityNumber = p.identityNumber();
        x.birthDate = p.birthDate() == null ? null : p.birthDate().toString();
        x.gender = p.gender() == null ? null : p.gender().name();
        x.givenName = p.givenName();
        x.familyName = p.familyName();
        x.address = p.address();
        x.protectedIdentity = p.protectedIdentity();
        x.hidden = p.hidden();
        return x;
    }
}
