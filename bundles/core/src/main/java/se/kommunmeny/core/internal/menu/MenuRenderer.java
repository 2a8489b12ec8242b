package se.kommunmeny.core.internal.menu;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import se.kommunmeny.core.api.menu.Language;
import se.kommunmeny.core.api.menu.MenuEntry;
import se.kommunmeny.core.api.menu.ServiceDescription;
import se.kommunmeny.core.api.menu.ServiceType;
import se.kommunmeny.core.api.menu.TargetGroup;
import se.kommunmeny.core.api.municipality.Municipality;
import se.kommunmeny.core.api.web.Html;

/** Renders the menu as CSV and as an HTML page laid out like the survey's tables. */
public final class MenuRenderer {
    private static final TargetGroup[] COLUMNS = TargetGroup.values();

    private MenuRenderer() {
    }

    /** The text in the language asked for. */
    static String t(Language lang, String swedish, String english, String danish) {
        return switch (lang) {
            case EN -> english;
            case DA -> danish;
            default -> swedish;
        };
    }

    // ---------------------------------------------------------------- CSV

    public static String csv(List<MenuEntry> entries, Language lang) {
        StringBuilder sb = new StringBuilder();
        row(sb, "id", t(lang, "namn", "name", "navn"), t(lang, "typ", "type", "type"), t(lang, "malgrupper", "target_groups", "malgrupper"),
                t(lang, "anonym", "anonymous", "anonym"), t(lang, "biståndsbeslut", "decision_required", "bevilling"), t(lang, "utförare", "provider", "udfører"),
                t(lang, "utförarens_namn", "provider_name", "udførerens_navn"), t(lang, "platser", "capacity", "pladser"),
                t(lang, "lediga_platser", "free_places", "ledige_pladser"), t(lang, "metoder", "methods", "metoder"), t(lang, "modul", "offering", "modul"),
                t(lang, "behov", "need", "behov"), t(lang, "erbjudande", "offer", "tilbud"), t(lang, "innehåll", "content", "indhold"),
                t(lang, "målgrupp", "target_group", "målgruppe"), t(lang, "omfattning", "scope", "omfang"), t(lang, "personal", "staff", "personale"),
                t(lang, "historik", "since", "historik"));
        for (MenuEntry e : entries) {
            ServiceDescription d = e.description();
            row(sb, e.id(), e.name(), e.type().label(lang),
                    e.targetGroups().stream().sorted().map(Enum::name).collect(Collectors.joining(" ")),
                    Boolean.toString(e.anonymous()), Boolean.toString(e.decisionRequired()), e.provider().kind().name(),
                    e.provider().name(), e.capacity() == null ? "" : e.capacity().toString(),
                    e.freePlaces() == null ? "" : e.freePlaces().toString(), String.join(" ", e.methods()),
                    e.offering(), d.need(), d.offer(), d.content(), d.targetGroup(), d.scope(), d.staff(), d.since());
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(csvCell(cells[i]));
        }
        sb.append("\r\n");
    }

    static String csvCell(String value) {
        String v = value == null ? "" : value;
        // Cells that a spreadsheet would run as a formula are prefixed (CSV injection).
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    // ---------------------------------------------------------------- HTML

    public static String html(Municipality municipality, List<MenuEntry> entries, Language lang) {
        StringBuilder sb = new StringBuilder(8192);
        String title = (t(lang, "Vad finns på menyn? ", "What is on the menu? ", "Hvad er på menuen? "))
                + (municipality == null ? "" : municipality.name()
                        + municipality.district().map(d -> ", " + d).orElse(""));
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(t(lang, "sv", "en", "da")).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.escape(title)).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2rem;max-width:80rem}")
                .append("table.menu{border-collapse:collapse;width:100%;table-layout:fixed}")
                .append("table.menu th,table.menu td{border:1px solid #555;padding:.35rem .5rem;vertical-align:top}")
                .append("table.menu thead th{background:#e8eef4}table.menu tbody th{background:#f4f4f4;text-align:left;width:11rem}")
                .append("td.entry{background:#fbfbf3}.anon{font-weight:bold}dl{margin:.2rem 0 1rem}dt{font-style:italic;float:left;width:8rem}")
                .append("dd{margin-left:8.5rem}section.entry{border-top:1px solid #ccc;padding-top:.5rem}")
                .append("</style></head><body>\n");
        sb.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        if (municipality != null) {
            sb.append("<p class=\"municipality\">").append(Html.escape(municipality.name()))
                    .append(municipality.district().map(d -> ", " + Html.escape(d)).orElse("")).append(' ')
                    .append(Html.escape(municipality.code())).append(", ").append(Html.escape(municipality.county())).append("</p>\n");
        }
        sb.append("<p><a href=\"?lang=sv\" hreflang=\"sv\">Svenska</a> · <a href=\"?lang=en\" hreflang=\"en\">English</a> · <a href=\"?lang=da\" hreflang=\"da\">Dansk</a></p>\n");
        table(sb, entries, lang);
        sb.append("<p>* = ").append(t(lang, "tjänsten kan erbjudas anonymt, utan registrering",
                "the service can be used anonymously, without registration",
                "tilbuddet kan benyttes anonymt, uden registrering")).append("</p>\n");
        descriptions(sb, entries, lang);
        sb.append("</body></html>\n");
        return sb.toString();
    }

    private static void table(StringBuilder sb, List<MenuEntry> entries, Language lang) {
        sb.append("<table class=\"menu\"><colgroup><col style=\"width:12rem\"><col span=\"6\"></colgroup>")
                .append("<thead><tr><th rowspan=\"2\">").append(t(lang, "Typ \\ Fokus", "Type \\ Focus", "Type \\ Fokus"))
                .append("</th>");
        for (TargetGroup.Band band : TargetGroup.Band.values()) {
            sb.append("<th colspan=\"2\">").append(Html.escape(band.label(lang))).append("</th>");
        }
        sb.append("</tr><tr>");
        for (TargetGroup column : COLUMNS) {
            sb.append("<th>").append(Html.escape(column.label(lang))).append("</th>");
        }
        sb.append("</tr></thead><tbody>\n");
        for (ServiceType type : ServiceType.values()) {
            List<MenuEntry> ofType = entries.stream().filter(e -> e.type() == type).toList();
            List<Line> lines = layout(ofType);
            for (int l = 0; l < lines.size(); l++) {
                sb.append("<tr data-type=\"").append(type.name()).append("\">");
                if (l == 0) {
                    sb.append("<th scope=\"row\" rowspan=\"").append(lines.size()).append("\">")
                            .append(Html.escape(type.label(lang))).append("</th>");
                }
                Line line = lines.get(l);
                int c = 0;
                while (c < COLUMNS.length) {
                    Cell cell = line.cells[c];
                    if (cell == null) {
                        sb.append("<td></td>");
                        c++;
                    } else {
                        int span = cell.to - cell.from + 1;
                        sb.append("<td class=\"entry\"").append(span > 1 ? " colspan=\"" + span + "\"" : "")
                                .append(" data-entry=\"").append(Html.escape(cell.entry.id())).append("\">")
                                .append("<a href=\"#").append(Html.escape(anchor(cell.entry))).append("\">")
                                .append(Html.escape(cell.entry.name())).append("</a>")
                                .append(cell.entry.district() == null ? ""
                                        : " <span class=\"district\">(" + Html.escape(cell.entry.district()) + ")</span>")
                                .append(cell.entry.anonymous() ? " <span class=\"anon\">*</span>" : "")
                                .append(freePlaces(cell.entry, lang)).append("</td>");
                        c += span;
                    }
                }
                sb.append("</tr>\n");
            }
        }
        sb.append("</tbody></table>\n");
    }

    /** When a figure from another platform was read, in the platform's time zone. */
    private static final java.time.format.DateTimeFormatter READ_AT = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(se.kommunmeny.core.api.problem.DateFields.ZONE);

    private static String freePlaces(MenuEntry e, Language lang) {
        if (e.capacity() == null) {
            return "";
        }
        String free = e.freePlaces() == null ? "" : e.freePlaces() + "/";
        return " <small>(" + free + e.capacity() + t(lang, " platser", " places", " pladser") + ")</small>";
    }

    private record Cell(MenuEntry entry, int from, int to) {
    }

    private static final class Line {
        final Cell[] cells = new Cell[COLUMNS.length];

        boolean free(int from, int to) {
            for (int i = from; i <= to; i++) {
                if (cells[i] != null) {
                    return false;
                }
            }
            return true;
        }

        void put(Cell cell) {
            for (int i = cell.from; i <= cell.to; i++) {
                cells[i] = cell;
            }
        }
    }

    /**
     * Lays a row type's entries out in lines: an entry spanning adjacent columns gets one cell across them (as the
     * survey removes the column rule), an entry over non-adjacent columns one cell per run.
     */
    private static List<Line> layout(List<MenuEntry> entries) {
        List<Line> lines = new ArrayList<>();
        for (MenuEntry entry : entries) {
            for (int[] run : runs(entry.targetGroups())) {
                Cell cell = new Cell(entry, run[0], run[1]);
                Line target = lines.stream().filter(l -> l.free(run[0], run[1])).findFirst().orElse(null);
                if (target == null) {
                    target = new Line();
                    lines.add(target);
                }
                target.put(cell);
            }
        }
        if (lines.isEmpty()) {
            lines.add(new Line());
        }
        return lines;
    }

    private static List<int[]> runs(Set<TargetGroup> groups) {
        Set<TargetGroup> set = groups.isEmpty() ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(groups);
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= COLUMNS.length; i++) {
            boolean in = i < COLUMNS.length && set.contains(COLUMNS[i]);
            if (in && start < 0) {
                start = i;
            } else if (!in && start >= 0) {
                runs.add(new int[] {start, i - 1});
                start = -1;
            }
        }
        return runs;
    }

    private static void descriptions(StringBuilder sb, List<MenuEntry> entries, Language lang) {
        sb.append("<h2>").append(t(lang, "Beskrivning av tjänsterna", "Description of the services", "Beskrivelse af tilbuddene")).append("</h2>\n");
        for (MenuEntry e : entries) {
            ServiceDescription d = e.description();
            sb.append("<section class=\"entry\" id=\"").append(Html.escape(anchor(e))).append("\"><h3>").append(Html.escape(e.name()))
                    .append(e.anonymous() ? " *" : "").append("</h3><dl>");
            if (e.district() != null) {
                term(sb, t(lang, "Kommundel", "District", "Bydel"), e.district());
            }
            term(sb, t(lang, "Behov", "Need", "Behov"), d.need());
            term(sb, t(lang, "Erbjudande", "Offer", "Tilbud"), d.offer());
            term(sb, t(lang, "Innehåll", "Content", "Indhold"), d.content());
            term(sb, t(lang, "Målgrupp", "Target group", "Målgruppe"), d.targetGroup());
            term(sb, t(lang, "Omfattning", "Scope", "Omfang"), d.scope());
            term(sb, t(lang, "Personal", "Staff", "Personale"), d.staff());
            term(sb, t(lang, "Historik", "Since", "Historik"), d.since());
            String provider = e.provider().kind().label(lang)
                    + (e.provider().name().isEmpty() ? "" : ": " + e.provider().name());
            term(sb, t(lang, "Utförare", "Provider", "Udfører"), provider);
            if (e.capacity() != null) {
                term(sb, t(lang, "Platser", "Places", "Pladser"), e.capacity() + (e.freePlaces() == null ? ""
                        : e.freePlacesReadAt() == null ? (t(lang, ", lediga nu: ", ", free now: ", ", ledige nu: ")) + e.freePlaces()
                        : (t(lang, ", lediga: ", ", free: ", ", ledige: ")) + e.freePlaces() + (t(lang, " (läst ", " (read ", " (læst "))
                                + READ_AT.format(e.freePlacesReadAt()) + ")"));
            }
            if (!e.methods().isEmpty()) {
                term(sb, t(lang, "Metoder", "Methods", "Metoder"), String.join(", ", e.methods()));
            }
            term(sb, t(lang, "Biståndsbeslut", "Decision needed", "Bevilling"), e.decisionRequired() ? (t(lang, "ja", "yes", "ja"))
                    : (t(lang, "nej", "no", "nej")));
            sb.append("</dl></section>\n");
        }
    }

    private static void term(StringBuilder sb, String label, String value) {
        if (value != null && !value.isEmpty()) {
            sb.append("<dt>").append(Html.escape(label)).append("</dt><dd>").append(Html.escape(value)).append("</dd>");
        }
    }

    private static String anchor(MenuEntry e) {
        return "e-" + e.id().replaceAll("[^A-Za-z0-9-]", "-");
    }

}
