package se.kommunmeny.housing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.housing.api.ContractTerms;

/** The tenancy of a placement (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Contract", namespace = HousingSupportWebService.NAMESPACE)
public class ContractXml {
    public String type;
    public Integer rentPerMonth;

    ContractTerms toRecord() {
        return new ContractTerms(type, rentPerMonth);
    }

    static ContractXml of(ContractTerms c) {
        if (c == null) {
            return null;
        }
        ContractXml x = new ContractXml();
        x.type = c.type();
        x.rentPerMonth = c.rentPerMonth();
        return x;
    }
}
