package se.kommunmeny.supportgroups.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.supportgroups.api.ProgrammeView;

/** A configured group programme on the wire (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Programme", namespace = SupportGroupsWebService.NAMESPACE)
public class ProgrammeXml {
    public String id;
    public String templateId;
    public String name;
    public String audience;
    public int minAge;
    public int maxAge;
    public int meetings;
    public int minutesPerMeeting;
    @XmlElement(name = "theme")
    public List<String> themes = new ArrayList<>();
    public int maxParticipants;
    public boolean anonymous;
    public int parallelParentMeetings;
    public String method;
    @XmlElement(name = "question")
    public List<QuestionXml> questions = new ArrayList<>();
    @XmlElement(name = "targetGroup")
    public List<String> targetGroups = new ArrayList<>();
    public boolean decisionRequired;
    public String providerKind;
    public String providerName;
    public String jointWith;

    /** A question of the end-of-group questionnaire. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Question", namespace = SupportGroupsWebService.NAMESPACE)
    public static class QuestionXml {
        public String id;
        public String text;
    }

    static ProgrammeXml of(ProgrammeView v) {
        ProgrammeXml x = new ProgrammeXml();
        x.id = v.id();
        x.templateId = v.templateId();
        x.name = v.name();
        x.audience = v.audience();
        x.minAge = v.minAge();
        x.maxAge = v.maxAge();
        x.meetings = v.meetings();
        x.minutesPerMeeting = v.minutesPerMeeting();
        x.themes = new ArrayList<>(v.themes());
        x.maxParticipants = v.maxParticipants();
        x.anonymous = v.anonymous();
        x.parallelParentMeetings = v.parallelParentMeetings();
        x.method = v.method();
        for (ProgrammeView.Question q : v.questions()) {
            QuestionXml qx = new QuestionXml();
            qx.id = q.id();
            qx.text = q.text();
            x.questions.add(qx);
        }
        x.targetGroups = new ArrayList<>(v.targetGroups());
        x.decisionRequired = v.decisionRequired();
        x.providerKind = v.providerKind();
        x.providerName = v.providerName();
        x.jointWith = v.jointWith();
        return x;
    }
}
