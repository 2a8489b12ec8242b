package se.kommunmeny.supportgroups.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.supportgroups.api.StatisticsView;

/** Counts per programme and year, no identities (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Statistics", namespace = SupportGroupsWebService.NAMESPACE)
public class StatisticsXml {
    public int year;
    @XmlElement(name = "programme")
    public List<ProgrammeFiguresXml> programmes = new ArrayList<>();

    /** One programme's figures. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "ProgrammeFigures", namespace = SupportGroupsWebService.NAMESPACE)
    public static class ProgrammeFiguresXml {
        public String programmeId;
        public String name;
        public int cohorts;
        public int meetingsHeld;
        public int participants;
        public int registered;
        public int anonymous;
        public int partner;
        @XmlElement(name = "partnerMunicipality")
        public List<PartnerCountXml> byPartner = new ArrayList<>();
        public int completed;
        public Double averageAttendanceRate;
        public int withdrawals;
        public int waiting;
        public int questionnaires;
        @XmlElement(name = "questionnaireAverage")
        public List<QuestionnaireXml.QuestionAverageXml> questionnaireAverages = new ArrayList<>();
    }

    /** Participants by partner municipality. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "PartnerCount", namespace = SupportGroupsWebService.NAMESPACE)
    public static class PartnerCountXml {
        public String code;
        public String name;
        public int participants;
    }

    static StatisticsXml of(StatisticsView v) {
        StatisticsXml x = new StatisticsXml();
        x.year = v.year();
        for (StatisticsView.ProgrammeFigures f : v.programmes()) {
            x.programmes.add(figures(f));
        }
        return x;
    }

    private static ProgrammeFiguresXml figures(StatisticsView.ProgrammeFigures f) {
        ProgrammeFiguresXml x = new ProgrammeFiguresXml();
        x.programmeId = f.programmeId();
        x.name = f.name();
        x.cohorts = f.cohorts();
        x.meetingsHeld = f.meetingsHeld();
        x.participants = f.participants();
        x.registered = f.registered();
        x.anonymous = f.anonymous();
        x.partner = f.partner();
        for (StatisticsView.PartnerCount c : f.byPartner()) {
            PartnerCountXml cx = new PartnerCountXml();
            cx.code = c.code();
            cx.name = c.name();
            cx.participants = c.participants();
            x.byPartner.add(cx);
        }
        x.completed = f.completed();
        x.averageAttendanceRate = f.averageAttendanceRate();
        x.withdrawals = f.withdrawals();
        x.waiting = f.waiting();
        x.questionnaires = f.questionnaires();
        x.questionnaireAverages = new ArrayList<>(f.questionnaireAverages().stream()
                .map(QuestionnaireXml.QuestionAverageXml::of).toList());
        return x;
    }
}
