package se.kommunmeny.treatmentplan.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import se.kommunmeny.treatmentplan.api.ReportView;
import se.kommunmeny.treatmentplan.api.ReportView.AttendanceCount;
import se.kommunmeny.treatmentplan.api.ReportView.GoalProgress;
import se.kommunmeny.treatmentplan.api.ReportView.SkillRating;

/** Renders reports and reads them back with the JDK's XML parser: the document is well-formed as well as HTML5. */
class ReportDocumentTest {
    private static final String HOSTILE = "<script>alert(\"x\")</script> & 'y' </p><p>";
    private static final XPath XPATH = XPathFactory.newInstance().newXPath();

    static ReportView report(String kind, String month, String status, String legalBasis) {
        return new ReportView("rep-1", "enr-1", kind, month, status, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31),
                "kbt-12", "KBT 12 veckor", "1980", "Västerås stad", legalBasis, "ACTIVE",
                "Arbetslös sedan ett år.\nBor i andrahand.",
                List.of(new AttendanceCount("GROUP", 12, 10, 1, 0, 1), new AttendanceCount("INDIVIDUAL", 4, 3, 1, 0, 0),
                        new AttendanceCount("DRUG_TEST", 4, 4, 0, 0, 0)),
                List.of(new GoalProgress("Drogfrihet", "Negativa tester hela månaden."),
                        new GoalProgress("Egen bostad", "Har sökt två lägenheter.")),
                List.of(new SkillRating("HOUSING", 2, "Behöver stöd med ansökningar."),
                        new SkillRating("ECONOMY", 3, null)),
                4, 1, 1, 2, List.of("AUDIT 2025-03-04: 14 (skadligt bruk)", "DUDIT 2025-03-04: 3 (ingen indikation)"),
                "Månaden har gått bra.", "behandlare1", Instant.parse("2025-04-01T08:30:00Z"), "behandlare2",
                Instant.parse("2025-04-02T12:05:00Z"), "SENT".equals(status) ? Instant.parse("2025-04-03T07:00:00Z")
                        : null, "SENT".equals(status) ? "1980" : null, 3);
    }

    static ReportView monthly() {
        return report("MONTHLY", "2025-03", "REVIEWED", "SOL");
    }

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    static String text(Document doc, String xpath) throws XPathExpressionException {
        return XPATH.evaluate(xpath, doc).strip();
    }

    static List<String> texts(Document doc, String xpath) throws XPathExpressionException {
        NodeList nodes = (NodeList) XPATH.evaluate(xpath, doc, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    /** The value of a row of a facts table, by its label. */
    static String fact(Document doc, String label) throws XPathExpressionException {
        return text(doc, "//tr[th='" + label + "']/td");
    }

    @Test
    void isAWellFormedSwedishPrintableDocument() throws Exception {
        String html = ReportDocument.html(monthly(), "Arboga kommun");
        assertTrue(html.startsWith("<!DOCTYPE html>\n"), html);
        Document doc = parse(html);
        assertEquals("html", doc.getDocumentElement().getTagName());
        assertEquals("sv", doc.getDocumentElement().getAttribute("lang"));
        assertEquals("utf-8", text(doc, "/html/head/meta/@charset"));
        assertEquals("Månadsrapport mars 2025 – KBT 12 veckor", text(doc, "/html/head/title"));
        String style = text(doc, "/html/head/style");
        assertTrue(style.contains("@page") && style.contains("size: A4"), style);
        assertEquals(1, texts(doc, "//h1").size());
        assertEquals(List.of("Startsituation", "Närvaro", "Mål och framsteg", "Färdighetsskattning",
                "Drogtester, återfall och uppsökande insatser", "Bedömningar", "Sammanfattning"), texts(doc, "//h2"));
        assertEquals(0, texts(doc, "//*[@src or @href]").size(), "self-contained: nothing loaded from elsewhere");
    }

    @ParameterizedTest
    @CsvSource({ "ARRIVAL, , Ankomstrapport", "MONTHLY, 2025-03, Månadsrapport mars 2025",
            "MONTHLY, 2024-12, Månadsrapport december 2024", "MONTHLY, , Månadsrapport", "CLOSING, , Slutrapport" })
    void titleNamesTheKindOfReport(String kind, String month, String title) throws Exception {
        Document doc = parse(ReportDocument.html(report(kind, month, "REVIEWED", "SOL"), "Arboga kommun"));
        assertEquals(title, text(doc, "//h1"));
        assertTrue(text(doc, "/html/head/title").startsWith(title));
    }

    @Test
    void factsAreInSwedish() throws Exception {
        Document doc = parse(ReportDocument.html(monthly(), "Arboga kommun"));
        assertEquals("Arboga kommun", text(doc, "//header/p[@class='provider']"));
        assertEquals("Västerås stad (1980)", fact(doc, "Uppdragsgivare"));
        assertEquals("Arboga kommun", fact(doc, "Utförare"));
        assertEquals("KBT 12 veckor", fact(doc, "Program"));
        assertEquals("2025-03-01 – 2025-03-31", fact(doc, "Period"));
        assertEquals("SoL (frivillig)", fact(doc, "Lagrum"));
        assertEquals("pågående", fact(doc, "Insatsens status"));
        assertEquals("granskad", fact(doc, "Rapportens status"));
        assertEquals("Arbetslös sedan ett år.\nBor i andrahand.",
                text(doc, "//section[@id='startsituation']/p"));
        assertEquals("4", fact(doc, "Drogtester"));
        assertEquals("1", fact(doc, "varav positiva"));
        assertEquals("1", fact(doc, "Återfall"));
        assertEquals("2", fact(doc, "Uppsökande insatser"));
        assertEquals(List.of("AUDIT 2025-03-04: 14 (skadligt bruk)", "DUDIT 2025-03-04: 3 (ingen indikation)"),
                texts(doc, "//section[@id='bedomningar']/ul/li"));
        assertEquals("Månaden har gått bra.", text(doc, "//section[@id='sammanfattning']/p"));
        assertEquals("behandlare1", fact(doc, "Genererad av"));
        assertEquals("2025-04-01 10:30", fact(doc, "Genererad"), "Swedish summer time");
        assertEquals("behandlare2", fact(doc, "Granskad av"));
        assertEquals("2025-04-02 14:05", fact(doc, "Granskad"));
        assertEquals("–", fact(doc, "Skickad"));
        assertEquals(List.of(), texts(doc, "//p[@class='draft']"));
    }

    @ParameterizedTest
    @CsvSource({ "SOL, DRAFT, SoL (frivillig), utkast", "LVM, REVIEWED, LVM, granskad",
            "KRIMINALVARD, SENT, Kriminalvården, skickad" })
    void legalBasisAndStatusHaveSwedishLabels(String basis, String status, String basisLabel, String statusLabel)
            throws Exception {
        Document doc = parse(ReportDocument.html(report("MONTHLY", "2025-03", status, basis), "Arboga kommun"));
        assertEquals(basisLabel, fact(doc, "Lagrum"));
        assertEquals(statusLabel, fact(doc, "Rapportens status"));
        assertEquals("DRAFT".equals(status) ? 1 : 0, texts(doc, "//p[@class='draft']").size());
        if ("SENT".equals(status)) {
            assertEquals("2025-04-03 09:00 till 1980", fact(doc, "Skickad"));
        }
    }

    @Test
    void attendanceHasOneRowPerKindAndATotal() throws Exception {
        Document doc = parse(ReportDocument.html(monthly(), "Arboga kommun"));
        String table = "//section[@id='narvaro']/table";
        assertEquals(List.of("Insats", "Planerade", "Närvarande", "Uteblivna", "Inställda", "Återbud"),
                texts(doc, table + "/thead/tr/th"));
        assertEquals(3, texts(doc, table + "/tbody/tr").size());
        assertEquals(List.of("Gruppsession", "12", "10", "1", "0", "1"), texts(doc, table + "/tbody/tr[1]/*"));
        assertEquals(List.of("Enskilt samtal", "4", "3", "1", "0", "0"), texts(doc, table + "/tbody/tr[2]/*"));
        assertEquals(List.of("Drogtest", "4", "4", "0", "0", "0"), texts(doc, table + "/tbody/tr[3]/*"));
        assertEquals(List.of("Totalt", "20", "17", "2", "0", "1"), texts(doc, table + "/tfoot/tr/*"));
    }

    @Test
    void everySessionKindHasASwedishName() throws Exception {
        Map<String, String> names = Map.of("GROUP", "Gruppsession", "INDIVIDUAL", "Enskilt samtal", "CONTACT_PERSON",
                "Kontaktmannasamtal", "DRUG_TEST", "Drogtest", "PLANNING_TALK", "Planeringssamtal", "FOLLOW_UP",
                "Uppföljning", "RETURN_DAY", "Återvändardag", "SUPPORT_GROUP", "Självhjälpsgrupp");
        List<String> kinds = List.of("GROUP", "INDIVIDUAL", "CONTACT_PERSON", "DRUG_TEST", "PLANNING_TALK",
                "FOLLOW_UP", "RETURN_DAY", "SUPPORT_GROUP", "NEW_KIND");
        ReportView r = monthly();
        ReportView all = withLists(r, kinds.stream().map(k -> new AttendanceCount(k, 1, 1, 0, 0, 0)).toList(),
                r.goals(), r.skills(), r.assessments());
        Document doc = parse(ReportDocument.html(all, "Arboga kommun"));
        List<String> expected = new ArrayList<>(kinds.stream().map(k -> names.getOrDefault(k, k)).toList());
        assertEquals(expected, texts(doc, "//section[@id='narvaro']/table/tbody/tr/th"));
    }

    @Test
    void goalsAndSkillsAreTabulated() throws Exception {
        ReportView r = monthly();
        List<SkillRating> skills = Arrays.stream(new String[] { "HOUSING", "OCCUPATION", "ECONOMY", "NETWORK",
                "HEALTH", "DAILY_LIVING" }).map(a -> new SkillRating(a, 4, "ok")).toList();
        Document doc = parse(ReportDocument.html(withLists(r, r.attendance(), r.goals(), skills, r.assessments()),
                "Arboga kommun"));
        assertEquals(List.of("Drogfrihet", "Negativa tester hela månaden."),
                texts(doc, "//section[@id='mal']/table/tbody/tr[1]/td"));
        assertEquals(2, texts(doc, "//section[@id='mal']/table/tbody/tr").size());
        assertEquals(List.of("Boende", "Sysselsättning", "Ekonomi", "Nätverk", "Hälsa", "Vardagsliv"),
                texts(doc, "//section[@id='fardigheter']/table/tbody/tr/th"));
        assertEquals(List.of("Boende", "4 av 5", "ok"),
                texts(doc, "//section[@id='fardigheter']/table/tbody/tr[1]/*"));
        Document original = parse(ReportDocument.html(r, "Arboga kommun"));
        assertEquals(List.of("Ekonomi", "3 av 5", "–"),
                texts(original, "//section[@id='fardigheter']/table/tbody/tr[2]/*"));
    }

    @Test
    void hostileTextStaysText() throws Exception {
        ReportView h = new ReportView(HOSTILE, HOSTILE, "MONTHLY", HOSTILE, HOSTILE, null, null, HOSTILE, HOSTILE,
                HOSTILE, HOSTILE, HOSTILE, HOSTILE, HOSTILE, List.of(new AttendanceCount(HOSTILE, 1, 1, 0, 0, 0)),
                List.of(new GoalProgress(HOSTILE, HOSTILE)), List.of(new SkillRating(HOSTILE, 3, HOSTILE)), 0, 0, 0,
                0, List.of(HOSTILE), HOSTILE, HOSTILE, null, HOSTILE, null, Instant.EPOCH, HOSTILE, 0);
        String html = ReportDocument.html(h, HOSTILE);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("</p><p>"), html);
        Document doc = parse(html);
        assertEquals(0, doc.getElementsByTagName("script").getLength());
        assertEquals(HOSTILE.strip(), text(doc, "//section[@id='sammanfattning']/p"));
        assertEquals(HOSTILE.strip(), text(doc, "//header/p[@class='provider']"));
        assertEquals(HOSTILE.strip(), text(doc, "//section[@id='bedomningar']/ul/li"));
        assertEquals(HOSTILE.strip(), text(doc, "//section[@id='narvaro']/table/tbody/tr/th"));
        assertEquals("Månadsrapport " + HOSTILE.strip(), text(doc, "//h1"));
        assertEquals("1970-01-01 01:00 till " + HOSTILE.strip(), fact(doc, "Skickad"));
    }

    @Test
    void reportWithNothingInItRenders() throws Exception {
        ReportView empty = new ReportView(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, 0, 0, 0, 0, null, null, null, null, null, null, null, null, 0);
        Document doc = parse(ReportDocument.html(empty, null));
        assertEquals("Rapport", text(doc, "//h1"));
        for (String label : List.of("Uppdragsgivare", "Utförare", "Program", "Period", "Lagrum", "Insatsens status",
                "Rapportens status", "Genererad av", "Genererad", "Granskad av", "Granskad", "Skickad")) {
            assertEquals("–", fact(doc, label), label);
        }
        for (String section : List.of("startsituation", "narvaro", "mal", "fardigheter", "bedomningar",
                "sammanfattning")) {
            assertEquals("–", text(doc, "//section[@id='" + section + "']/p"), section);
        }
        assertEquals("0", fact(doc, "Drogtester"));
    }

    @Test
    void nullEntriesInListsAreSkippedAndNullFieldsDashed() throws Exception {
        ReportView r = monthly();
        List<AttendanceCount> attendance = new ArrayList<>(r.attendance());
        attendance.add(null);
        attendance.add(new AttendanceCount(null, 0, 0, 0, 0, 0));
        List<GoalProgress> goals = new ArrayList<>(r.goals());
        goals.add(null);
        goals.add(new GoalProgress(null, null));
        List<SkillRating> skills = new ArrayList<>();
        skills.add(null);
        List<String> assessments = new ArrayList<>();
        assessments.add(null);
        assessments.add(" ");
        Document doc = parse(ReportDocument.html(withLists(r, attendance, goals, skills, assessments), "Arboga kommun"));
        assertEquals(4, texts(doc, "//section[@id='narvaro']/table/tbody/tr").size());
        assertEquals("–", text(doc, "//section[@id='narvaro']/table/tbody/tr[4]/th"));
        assertEquals(List.of("–", "–"), texts(doc, "//section[@id='mal']/table/tbody/tr[3]/td"));
        assertEquals("–", text(doc, "//section[@id='fardigheter']/p"));
        assertEquals("–", text(doc, "//section[@id='bedomningar']/p"));
    }

    @Test
    void halfOpenPeriodsSaySo() throws Exception {
        ReportView r = monthly();
        ReportView from = new ReportView(r.id(), r.enrolmentId(), "ARRIVAL", null, r.status(), r.periodFrom(), null,
                r.programmeId(), null, null, "Västerås stad", r.legalBasis(), r.enrolmentStatus(), r.startSituation(),
                r.attendance(), r.goals(), r.skills(), 0, 0, 0, 0, r.assessments(), r.summary(), r.generatedBy(),
                r.generatedAt(), null, null, null, null, 0);
        Document doc = parse(ReportDocument.html(from, "Arboga kommun"));
        assertEquals("fr.o.m. 2025-03-01", fact(doc, "Period"));
        assertEquals("kbt-12", fact(doc, "Program"), "the programme id when the name is missing");
        assertEquals("Västerås stad", fact(doc, "Uppdragsgivare"));
    }

    static ReportView withLists(ReportView r, List<AttendanceCount> attendance, List<GoalProgress> goals,
            List<SkillRating> skills, List<String> assessments) {
        return new ReportView(r.id(), r.enrolmentId(), r.kind(), r.month(), r.status(), r.periodFrom(), r.periodTo(),
                r.programmeId(), r.programmeName(), r.commissionerCode(), r.commissionerName(), r.legalBasis(),
                r.enrolmentStatus(), r.startSituation(), attendance, goals, skills, r.drugTests(),
                r.positiveDrugTests(), r.relapses(), r.outreachTasks(), assessments, r.summary(), r.generatedBy(),
                r.generatedAt(), r.reviewedBy(), r.reviewedAt(), r.sentAt(), r.sentTo(), r.version());
    }
}
