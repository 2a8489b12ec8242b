package se.kommunmeny.housing.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.housing.api.StatisticsView;

/** Occupancy and outcomes per unit and kind, without identities (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Statistics", namespace = HousingSupportWebService.NAMESPACE)
public class StatisticsXml {
    public String from;
    public String to;
    @XmlElement(name = "unit")
    public List<OccupancyXml> units = new ArrayList<>();
    @XmlElement(name = "kind")
    public List<OccupancyXml> kinds = new ArrayList<>();

    static StatisticsXml of(StatisticsView v) {
        StatisticsXml x = new StatisticsXml();
        x.from = HousingSupportWebService.iso(v.from());
        x.to = HousingSupportWebService.iso(v.to());
        v.units().forEach(o -> x.units.add(OccupancyXml.of(o)));
        v.kinds().forEach(o -> x.kinds.add(OccupancyXml.of(o)));
        return x;
    }

    /** The figures of one unit or kind. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Occupancy", namespace = HousingSupportWebService.NAMESPACE)
    public static class OccupancyXml {
        public String id;
        public String name;
        public String kindId;
        public int capacity;
        @XmlElement(name = "month")
        public List<MonthXml> months = new ArrayList<>();
        public int started;
        public int ended;
        public Double averageStayDays;
        @XmlElement(name = "outcome")
        public List<OutcomeXml> outcomes = new ArrayList<>();

        static OccupancyXml of(StatisticsView.Occupancy o) {
            OccupancyXml x = new OccupancyXml();
            x.id = o.id();
            x.name = o.name();
            x.kindId = o.kindId();
            x.capacity = o.capacity();
            o.months().forEach(m -> x.months.add(MonthXml.of(m)));
            x.started = o.started();
            x.ended = o.ended();
            x.averageStayDays = o.averageStayDays();
            o.outcomes().forEach(c -> x.outcomes.add(OutcomeXml.of(c)));
            return x;
        }
    }

    /** One calendar month's occupancy. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "MonthOccupancy", namespace = HousingSupportWebService.NAMESPACE)
    public static class MonthXml {
        public String month;
        public double averageOccupied;
        public Double rate;

        static MonthXml of(StatisticsView.MonthOccupancy m) {
            MonthXml x = new MonthXml();
            x.month = m.month();
            x.averageOccupied = m.averageOccupied();
            x.rate = m.rate();
            return x;
        }
    }

    /** Ended placements by end status and reason. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "OutcomeCount", namespace = HousingSupportWebService.NAMESPACE)
    public static class OutcomeXml {
        public String status;
        public String reason;
        public int count;

        static OutcomeXml of(StatisticsView.OutcomeCount c) {
            OutcomeXml x = new OutcomeXml();
            x.status = c.status();
            x.reason = c.reason();
            x.count = c.count();
            return x;
        }
    }
}
