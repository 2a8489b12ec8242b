package se.kommunmeny.treatmentplan.internal.export;

import java.util.List;
import java.util.Objects;

import se.kommunmeny.treatmentplan.api.PlanContent;
import se.kommunmeny.treatmentplan.api.PlanView;
import se.kommunmeny.core.api.web.Html;

/**
 * The approved implementation plan (genomförandeplan) as a self-contained HTML5 document in Swedish, as it is sent to
 * the commissioning municipality. Every value is escaped; missing values show as a dash.
 */
public final class PlanDocument {
    private static final String STYLE = """
            body { font-family: "DejaVu Sans", Arial, sans-serif; max-width: 48rem; margin: 0 auto; padding: 1rem;
                   line-height: 1.45; color: #1b1b1b; }
            h1 { font-size: 1.5rem; margin-bottom: .2rem; } h2 { font-size: 1.15rem; margin-top: 1.4rem; }
            table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top;
                   padding: .3rem .5rem; border-bottom: 1px solid #ccc; }
            .provider { color: #555; margin: 0; }
            """;

    private PlanDocument() {
    }

    /** The plan's title as the commissioner sees it. */
    public static String title(PlanView plan) {
        return "Genomförandeplan, version " + (plan.approvedRevision() == null ? plan.revision()
                : plan.approvedRevision());
    }

    public static String html(PlanView plan, String programmeName, String providerName) {
        Objects.requireNonNull(plan, "plan");
        PlanContent c = plan.content();
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
                .append(Html.escape(title(plan))).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<header>\n<p class=\"provider\">")
                .append(text(providerName)).append("</p>\n<h1>").append(Html.escape(title(plan)))
                .append("</h1>\n</header>\n<table>\n<tbody>\n");
        fact(h, "Program", text(programmeName == null ? plan.programmeId() : programmeName));
        fact(h, "Start", text(plan.startDate() == null ? null : plan.startDate().toString()));
        fact(h, "Godkänd av klienten", text(plan.approvedOn() == null ? null : plan.approvedOn().toString()));
        fact(h, "Nästa uppföljning", text(plan.nextFollowUpDue() == null ? null : plan.nextFollowUpDue().toString()));
        h.append("</tbody>\n</table>\n");
        section(h, "Startsituation", c == null ? null : c.startSituation());
        list(h, "Mål", plan.goals());
        if (c != null) {
            list(h, "Långsiktiga mål", c.longTermGoals());
            list(h, "Delmål", c.subGoals());
            if (c.activities() != null && !c.activities().isEmpty()) {
                h.append("<section>\n<h2>Aktiviteter</h2>\n<table>\n<thead><tr><th>Vad</th><th>Vem</th><th>När</th>"
                        + "<th>Hur</th><th>Mål</th></tr></thead>\n<tbody>\n");
                for (PlanContent.Activity a : c.activities()) {
                    h.append("<tr><td>").append(text(a.what())).append("</td><td>").append(text(a.who()))
                            .append("</td><td>").append(text(a.when())).append("</td><td>").append(text(a.how()))
                            .append("</td><td>").append(text(a.goal())).append("</td></tr>\n");
                }
                h.append("</tbody>\n</table>\n</section>\n");
            }
            section(h, "Återfallsplan", c.relapsePlan());
        }
        return h.append("</body>\n</html>\n").toString();
    }

    private static void fact(StringBuilder h, String label, String escapedValue) {
        h.append("<tr><th scope=\"row\">").append(label).append("</th><td>").append(escapedValue).append("</td></tr>\n");
    }

    private static void section(StringBuilder h, String heading, String value) {
        h.append("<section>\n<h2>").append(heading).append("</h2>\n<p>").append(text(value)).append("</p>\n</section>\n");
    }

    private static void list(StringBuilder h, String heading, List<String> items) {
        if (items == null || items.isEmpty()) {
            return;
        }
        h.append("<section>\n<h2>").append(heading).append("</h2>\n<ul>\n");
        items.forEach(i -> h.append("<li>").append(text(i)).append("</li>\n"));
        h.append("</ul>\n</section>\n");
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? "–" : Html.escape(s);
    }
}
