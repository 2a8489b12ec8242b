package se.kommunmeny.employment.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.employment.api.Reservation;
import se.kommunmeny.employment.api.Supervisor;
import se.kommunmeny.employment.api.WorkPlaceProvider;
import se.kommunmeny.employment.api.WorkPlaceView;

/** A work place on the wire (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "WorkPlace", namespace = EmploymentSupportWebService.NAMESPACE)
public class WorkPlaceXml {
    public String id;
    public String kindId;
    public String name;
    public ProviderXml provider;
    public String workType;
    public int places;
    @XmlElement(name = "reservation")
    public List<ReservationXml> reservations = new ArrayList<>();
    public SupervisorXml supervisor;
    public boolean active;
    public int occupiedPlaces;
    public int freePlaces;
    public long version;

    static WorkPlaceXml of(WorkPlaceView v) {
        WorkPlaceXml x = new WorkPlaceXml();
        x.id = v.id();
        x.kindId = v.kindId();
        x.name = v.name();
        x.provider = ProviderXml.of(v.provider());
        x.workType = v.workType();
        x.places = v.places();
        v.reservations().forEach(r -> x.reservations.add(ReservationXml.of(r)));
        x.supervisor = SupervisorXml.of(v.supervisor());
        x.active = v.active();
        x.occupiedPlaces = v.occupiedPlaces();
        x.freePlaces = v.freePlaces();
        x.version = v.version();
        return x;
    }

    /** Who runs the work place: OWN, PARTNER or PURCHASED. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "WorkPlaceProvider", namespace = EmploymentSupportWebService.NAMESPACE)
    public static class ProviderXml {
        public String kind;
        public String name;
        public String organisationNumber;

        static ProviderXml of(WorkPlaceProvider p) {
            if (p == null) {
                return null;
            }
            ProviderXml x = new ProviderXml();
            x.kind = p.kind();
            x.name = p.name();
            x.organisationNumber = p.organisationNumber();
            return x;
        }

        WorkPlaceProvider toRecord() {
            return new WorkPlaceProvider(kind, name, organisationNumber);
        }
    }

    /** Reserved places: AGE_18_25 or LIGHT. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Reservation", namespace = EmploymentSupportWebService.NAMESPACE)
    public static class ReservationXml {
        public String type;
        public Integer places;

        static ReservationXml of(Reservation r) {
            ReservationXml x = new ReservationXml();
            x.type = r.type();
            x.places = r.places();
            return x;
        }

        Reservation toRecord() {
            return new Reservation(type, places);
        }
    }

    /** The work place's supervisor (arbetshandledare). */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Supervisor", namespace = EmploymentSupportWebService.NAMESPACE)
    public static class SupervisorXml {
        public String name;
        public String phone;

        static SupervisorXml of(Supervisor s) {
            if (s == null) {
                return null;
            }
            SupervisorXml x = new SupervisorXml();
            x.name = s.name();
            x.phone = s.phone();
            return x;
        }

        Supervisor toRecord() {
            return new Supervisor(name, phone);
        }
    }
}
