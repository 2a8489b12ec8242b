package se.kommunmeny.supportgroups.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** One answer of a paper questionnaire (SOAP): the question's id and the answer 1–5. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Answer", namespace = SupportGroupsWebService.NAMESPACE)
public class AnswerXml {
    public String questionId;
    public Integer value;
}
