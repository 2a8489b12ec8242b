package se.kommunmeny.core.internal.soap;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kommunmeny.core.api.person.AnonymousContact;
import se.kommunmeny.core.api.person.PersonRegistration;
import se.kommunmeny.core.api.person.PersonService;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.CurrentCaller;
import se.kommunmeny.core.api.web.SoapEndpoint;

/** The person register over SOAP: the same operations and rules as REST. */
@Component(service = SoapEndpoint.class, property = SoapEndpoint.NAME + "=PersonRegister")
@WebService(serviceName = "PersonRegister", portName = "PersonRegisterPort", name = "PersonRegisterPortType",
        targetNamespace = PersonWebService.NAMESPACE)
public class PersonWebService implements SoapEndpoint {
    public static final String NAMESPACE = "urn:se:kommunmeny:person:1";

    private final PersonService persons;

    @Activate
    public PersonWebService(@Reference PersonService persons) {
        this.persons = persons;
    }

    @WebMethod
    @WebResult(name = "person")
    public PersonXml registerPerson(@WebParam(name = "registration") PersonRegistrationXml r) {
        if (r == null) {
            throw new ValidationException("registration", "is required");
        }
        return PersonXml.of(persons.register(CurrentCaller.require(),
                new PersonRegistration(r.identityNumber, r.givenName, r.familyName, r.address, r.protectedIdentity)));
    }

    @WebMethod
    @WebResult(name = "person")
    public PersonXml findPersonByIdentityNumber(@WebParam(name = "identityNumber") String identityNumber) {
        return PersonXml.of(persons.findByIdentityNumber(CurrentCaller.require(), identityNumber));
    }

    @WebMethod
    @WebResult(name = "person")
    public PersonXml getPerson(@WebParam(name = "id") String id) {
        return PersonXml.of(persons.get(CurrentCaller.require(), id));
    }

    @WebMethod
    @WebResult(name = "person")
    public List<PersonXml> searchPersonsByName(@WebParam(name = "name") String name,
            @WebParam(name = "limit") Integer limit) {
        return persons.searchByName(CurrentCaller.require(), name, limit == null ? 20 : limit).stream()
                .map(PersonXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "code")
    public String createAnonymousContact() {
        AnonymousContact contact = persons.createAnonymousContact(CurrentCaller.require());
        return contact.code();
    }
}
