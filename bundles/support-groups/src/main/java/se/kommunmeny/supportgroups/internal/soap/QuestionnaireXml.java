package se.kommunmeny.supportgroups.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.supportgroups.api.QuestionnaireSummary;

/** The questionnaires of a cohort, counted and averaged (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Questionnaire", namespace = SupportGroupsWebService.NAMESPACE)
public class QuestionnaireXml {
    public String cohortId;
    public int count;
    @XmlElement(name = "question")
    public List<QuestionAverageXml> questions = new ArrayList<>();

    /** The average answer to one question. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "QuestionAverage", namespace = SupportGroupsWebService.NAMESPACE)
    public static class QuestionAverageXml {
        public String id;
        public String text;
        public int answers;
        public Double average;

        static QuestionAverageXml of(QuestionnaireSummary.QuestionAverage a) {
            QuestionAverageXml x = new QuestionAverageXml();
            x.id = a.id();
            x.text = a.text();
            x.answers = a.answers();
            x.average = a.average();
            return x;
        }
    }

    static QuestionnaireXml of(QuestionnaireSummary s) {
        QuestionnaireXml x = new QuestionnaireXml();
        x.cohortId = s.cohortId();
        x.count = s.count();
        x.questions = new ArrayList<>(s.questions().stream().map(QuestionAverageXml::of).toList());
        return x;
    }
}
