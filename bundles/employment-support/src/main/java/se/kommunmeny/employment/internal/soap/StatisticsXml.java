package se.kommunmeny.employment.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.employment.api.MonthlyOccupancy;
import se.kommunmeny.employment.api.PlaceStatistics;
import se.kommunmeny.employment.api.StatisticsView;

/** Statistics without identities (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Statistics", namespace = EmploymentSupportWebService.NAMESPACE)
public class StatisticsXml {
    public String from;
    public String to;
    @XmlElement(name = "workPlace")
    public List<PlaceXml> workPlaces = new ArrayList<>();
    @XmlElement(name = "kind")
    public List<PlaceXml> kinds = new ArrayList<>();

    static StatisticsXml of(StatisticsView v) {
        StatisticsXml x = new StatisticsXml();
        x.from = EmploymentSupportWebService.iso(v.from());
        x.to = EmploymentSupportWebService.iso(v.to());
        v.workPlaces().forEach(p -> x.workPlaces.add(PlaceXml.of(p)));
        v.kinds().forEach(p -> x.kinds.add(PlaceXml.of(p)));
        return x;
    }

    /** One work place's statistics, or a kind's totals. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "PlaceStatistics", namespace = EmploymentSupportWebService.NAMESPACE)
    public static class PlaceXml {
        public String kindId;
        public String workPlaceId;
        public String name;
        public int capacity;
        @XmlElement(name = "month")
        public List<MonthXml> months = new ArrayList<>();
        public int started;
        public int ended;
        public Double averageDaysOfEndedStays;
        @XmlElement(name = "outcome")
        public List<AttendanceXml.CountXml> outcomes = new ArrayList<>();

        static PlaceXml of(PlaceStatistics s) {
            PlaceXml x = new PlaceXml();
            x.kindId = s.kindId();
            x.workPlaceId = s.workPlaceId();
            x.name = s.name();
            x.capacity = s.capacity();
            s.months().forEach(m -> x.months.add(MonthXml.of(m)));
            x.started = s.started();
            x.ended = s.ended();
            x.averageDaysOfEndedStays = s.averageDaysOfEndedStays();
            s.outcomes().forEach((k, n) -> x.outcomes.add(AttendanceXml.CountXml.of(k, n)));
            return x;
        }
    }

    /** Occupancy in one calendar month. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "MonthlyOccupancy", namespace = EmploymentSupportWebService.NAMESPACE)
    public static class MonthXml {
        public String month;
        public double averageOccupied;
        public double rate;

        static MonthXml of(MonthlyOccupancy m) {
            MonthXml x = new MonthXml();
            x.month = m.month();
            x.averageOccupied = m.averageOccupied();
            x.rate = m.rate();
            return x;
        }
    }
}
