package se.kommunmeny.treatmentplan.internal.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import se.kommunmeny.treatmentplan.api.ReportView;
import se.kommunmeny.core.api.web.Html;

/**
 * Renders a report to the commissioner (ankomstrapport, månadsrapport, slutrapport) as a readable, printable HTML5
 * document in Swedish.
 *
 * <p>The markup is also well-formed XML (XHTML-compatible HTML5: closed void elements, no named entities other than
 * XML's), so it can be parsed or converted to PDF by XML tools. Every value is escaped; missing values show as a dash.
 */
public final class ReportDocument {
    /** Shown for a missing value. */
    static final String NONE = "–";
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    static final Map<String, String> SESSION_KINDS = Map.of("GROUP", "Gruppsession", "INDIVIDUAL", "Enskilt samtal",
            "CONTACT_PERSON", "Kontaktmannasamtal", "DRUG_TEST", "Drogtest", "PLANNING_TALK", "Planeringssamtal",
            "FOLLOW_UP", "Uppföljning", "RETURN_DAY", "Återvändardag", "SUPPORT_GROUP", "Självhjälpsgrupp");
    static final Map<String, String> SKILL_AREAS = Map.of("HOUSING", "Boende", "OCCUPATION", "Sysselsättning",
            "ECONOMY", "Ekonomi", "NETWORK", "Nätverk", "HEALTH", "Hälsa", "DAILY_LIVING", "Vardagsliv");
    static final Map<String, String> LEGAL_BASES = Map.of("SOL", "SoL (frivillig)", "LVM", "LVM", "KRIMINALVARD",
            "Kriminalvården", "SERVICELOVEN", "Serviceloven § 101 (frivillig)");
    static final Map<String, String> REPORT_STATUSES = Map.of("DRAFT", "utkast", "REVIEWED", "granskad", "SENT",
            "skickad");
    static final Map<String, String> ENROLMENT_STATUSES = Map.of("WAITING", "väntar på plats", "ACTIVE", "pågående",
            "COMPLETED", "slutförd", "DISCHARGED", "utskriven", "DROPPED_OUT", "avbruten");
    private static final List<String> MONTHS = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
            "augusti", "september", "oktober", "november", "december");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private static final String STYLE = """
            @page { size: A4; margin: 18mm 16mm 20mm 16mm; }
            html { font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; font-size: 11pt; color: #111; }
            body { max-width: 178mm; margin: 0 auto; padding: 10mm 0; line-height: 1.4; }
            h1 { font-size: 18pt; margin: 0 0 3mm 0; }
            h2 { font-size: 13pt; margin: 7mm 0 2mm 0; padding-bottom: 1mm; border-bottom: 0.5pt solid #888;
                 break-after: avoid; page-break-after: avoid; }
            .provider { margin: 0; color: #444; }
            .draft { display: inline-block; margin: 0 0 3mm 0; padding: 1mm 3mm; border: 1pt solid #111;
                     font-weight: bold; }
            table { width: 100%; border-collapse: collapse; }
            th, td { text-align: left; vertical-align: top; padding: 1.2mm 2mm; border-bottom: 0.3pt solid #bbb; }
            thead th { border-bottom: 0.8pt solid #111; }
            tfoot td, tfoot th { border-top: 0.8pt solid #111; font-weight: bold; }
            .num { text-align: right; }
            .facts th { width: 35%; font-weight: normal; color: #444; }
            .text { white-space: pre-line; }
            .note { color: #444; font-size: 9.5pt; }
            thead { display: table-header-group; }
            tr, li { break-inside: avoid; page-break-inside: avoid; }
            footer { margin-top: 8mm; font-size: 9.5pt; }
            @media print { body { max-width: none; padding: 0; } }
            """;

    private ReportDocument() {
    }

    /** The report as a complete, self-contained HTML5 document in Swedish (lang="sv"), printable (A4 print CSS). */
    public static String html(ReportView report, String providerName) {
        Objects.requireNonNull(report, "report");
        StringBuilder h = new StringBuilder(8192);
        String title = title(report);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"sv\" xml:lang=\"sv\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>").append(Html.escape(title));
        if (notBlank(report.programmeName())) {
            h.append(" – ").append(Html.escape(report.programmeName()));
        }
        h.append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<header>\n");
        h.append("<p class=\"provider\">").append(text(providerName)).append("</p>\n");
        h.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        if ("DRAFT".equals(report.status())) {
            h.append("<p class=\"draft\">Utkast – ej granskad</p>\n");
        }
        h.append("</header>\n");

        h.append("<div id=\"uppgifter\">\n<table class=\"facts\">\n<tbody>\n");
        fact(h, "Uppdragsgivare", commissioner(report));
        fact(h, "Utförare", text(providerName));
        fact(h, "Program", text(notBlank(report.programmeName()) ? report.programmeName() : report.programmeId()));
        fact(h, "Period", period(report.periodFrom(), report.periodTo()));
        fact(h, "Lagrum", label(LEGAL_BASES, report.legalBasis()));
        fact(h, "Insatsens status", label(ENROLMENT_STATUSES, report.enrolmentStatus()));
        fact(h, "Rapportens status", label(REPORT_STATUSES, report.status()));
        h.append("</tbody>\n</table>\n</div>\n");

        h.append("<section id=\"startsituation\">\n<h2>Startsituation</h2>\n<p class=\"text\">")
                .append(text(report.startSituation())).append("</p>\n</section>\n");
        attendance(h, report.attendance());
        goals(h, report.goals());
        skills(h, report.skills());

        h.append("<section id=\"drogtester\">\n<h2>Drogtester, återfall och uppsökande insatser</h2>\n")
                .append("<table class=\"facts\">\n<tbody>\n");
        fact(h, "Drogtester", String.valueOf(report.drugTests()));
        fact(h, "varav positiva", String.valueOf(report.positiveDrugTests()));
        fact(h, "Återfall", String.valueOf(report.relapses()));
        fact(h, "Uppsökande insatser", String.valueOf(report.outreachTasks()));
        h.append("</tbody>\n</table>\n</section>\n");

        h.append("<section id=\"bedomningar\">\n<h2>Bedömningar</h2>\n");
        List<String> assessments = report.assessments() == null ? List.of()
                : report.assessments().stream().filter(ReportDocument::notBlank).toList();
        if (assessments.isEmpty()) {
            h.append("<p>").append(NONE).append("</p>\n");
        } else {
            h.append("<ul>\n");
            assessments.forEach(a -> h.append("<li>").append(Html.escape(a)).append("</li>\n"));
            h.append("</ul>\n");
        }
        h.append("</section>\n");

        h.append("<section id=\"sammanfattning\">\n<h2>Sammanfattning</h2>\n<p class=\"text\">")
                .append(text(report.summary())).append("</p>\n</section>\n");

        h.append("<footer>\n<table class=\"facts\">\n<tbody>\n");
        fact(h, "Genererad av", text(report.generatedBy()));
        fact(h, "Genererad", time(report.generatedAt()));
        fact(h, "Granskad av", text(report.reviewedBy()));
        fact(h, "Granskad", time(report.reviewedAt()));
        String sent = time(report.sentAt());
        if (report.sentAt() != null && notBlank(report.sentTo())) {
            sent += " till " + Html.escape(report.sentTo());
        }
        fact(h, "Skickad", sent);
        h.append("</tbody>\n</table>\n</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    /** The document's heading: the kind of report, and for a monthly report the month in Swedish. */
    /** The report's title, e.g. "Månadsrapport 2026-10". */
    public static String title(ReportView report) {
        return switch (String.valueOf(report.kind())) {
            case "ARRIVAL" -> "Ankomstrapport";
            case "MONTHLY" -> report.month() == null ? "Månadsrapport" : "Månadsrapport " + month(report.month());
            case "CLOSING" -> "Slutrapport";
            default -> "Rapport";
        };
    }

    /** {@code 2025-03} as {@code mars 2025}; anything else as given. */
    static String month(String yearMonth) {
        try {
            YearMonth m = YearMonth.parse(yearMonth);
            return MONTHS.get(m.getMonthValue() - 1) + " " + m.getYear();
        } catch (DateTimeParseException e) {
            return yearMonth;
        }
    }

    private static void attendance(StringBuilder h, List<ReportView.AttendanceCount> rows) {
        h.append("<section id=\"narvaro\">\n<h2>Närvaro</h2>\n");
        List<ReportView.AttendanceCount> counts = rows == null ? List.of()
                : rows.stream().filter(Objects::nonNull).toList();
        if (counts.isEmpty()) {
            h.append("<p>").append(NONE).append("</p>\n</section>\n");
            return;
        }
        h.append("<table>\n<thead>\n<tr><th scope=\"col\">Insats</th><th scope=\"col\" class=\"num\">Planerade</th>")
                .append("<th scope=\"col\" class=\"num\">Närvarande</th><th scope=\"col\" class=\"num\">Uteblivna</th>")
                .append("<th scope=\"col\" class=\"num\">Inställda</th><th scope=\"col\" class=\"num\">Återbud</th>")
                .append("</tr>\n</thead>\n<tbody>\n");
        int[] total = new int[5];
        for (ReportView.AttendanceCount c : counts) {
            int[] n = { c.planned(), c.attended(), c.noShow(), c.cancelled(), c.excused() };
            h.append("<tr><th scope=\"row\">").append(label(SESSION_KINDS, c.kind())).append("</th>");
            for (int i = 0; i < n.length; i++) {
                h.append("<td class=\"num\">").append(n[i]).append("</td>");
                total[i] += n[i];
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n<tfoot>\n<tr><th scope=\"row\">Totalt</th>");
        for (int t : total) {
            h.append("<td class=\"num\">").append(t).append("</td>");
        }
        h.append("</tr>\n</tfoot>\n</table>\n</section>\n");
    }

    private static void goals(StringBuilder h, List<ReportView.GoalProgress> rows) {
        h.append("<section id=\"mal\">\n<h2>Mål och framsteg</h2>\n");
        List<ReportView.GoalProgress> goals = rows == null ? List.of()
                : rows.stream().filter(Objects::nonNull).toList();
        if (goals.isEmpty()) {
            h.append("<p>").append(NONE).append("</p>\n</section>\n");
            return;
        }
        h.append("<table>\n<thead>\n<tr><th scope=\"col\">Mål</th><th scope=\"col\">Framsteg</th></tr>\n</thead>\n")
                .append("<tbody>\n");
        for (ReportView.GoalProgress g : goals) {
            h.append("<tr><td>").append(text(g.goal())).append("</td><td class=\"text\">").append(text(g.progress()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void skills(StringBuilder h, List<ReportView.SkillRating> rows) {
        h.append("<section id=\"fardigheter\">\n<h2>Färdighetsskattning</h2>\n");
        List<ReportView.SkillRating> skills = rows == null ? List.of()
                : rows.stream().filter(Objects::nonNull).toList();
        if (skills.isEmpty()) {
            h.append("<p>").append(NONE).append("</p>\n</section>\n");
            return;
        }
        h.append("<p class=\"note\">Skala 1–5: 1 = behöver fullt stöd, 5 = klarar sig på egen hand.</p>\n")
                .append("<table>\n<thead>\n<tr><th scope=\"col\">Område</th><th scope=\"col\" class=\"num\">")
                .append("Skattning</th><th scope=\"col\">Kommentar</th></tr>\n</thead>\n<tbody>\n");
        for (ReportView.SkillRating s : skills) {
            String rating = s.rating() >= 1 && s.rating() <= 5 ? s.rating() + " av 5" : String.valueOf(s.rating());
            h.append("<tr><th scope=\"row\">").append(label(SKILL_AREAS, s.area())).append("</th><td class=\"num\">")
                    .append(rating).append("</td><td class=\"text\">").append(text(s.comment())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void fact(StringBuilder h, String label, String escapedValue) {
        h.append("<tr><th scope=\"row\">").append(label).append("</th><td>").append(escapedValue).append("</td></tr>\n");
    }

    private static String commissioner(ReportView r) {
        if (!notBlank(r.commissionerName()) && !notBlank(r.commissionerCode())) {
            return NONE;
        }
        String name = text(r.commissionerName());
        return notBlank(r.commissionerCode()) ? name + " (" + Html.escape(r.commissionerCode()) + ")" : name;
    }

    private static String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return NONE;
        }
        if (to == null) {
            return "fr.o.m. " + from;
        }
        if (from == null) {
            return "t.o.m. " + to;
        }
        return from + " – " + to;
    }

    /** The Swedish label of a code, the code itself when unknown, or a dash; escaped. */
    private static String label(Map<String, String> labels, String code) {
        return notBlank(code) ? Html.escape(labels.getOrDefault(code, code)) : NONE;
    }

    private static String time(Instant instant) {
        return instant == null ? NONE : TIME.format(instant);
    }

    /** Escaped text, or a dash when missing. */
    private static String text(String s) {
        return notBlank(s) ? Html.escape(s) : NONE;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
