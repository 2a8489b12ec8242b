package se.kommunmeny.regionaloverview.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import se.kommunmeny.core.api.menu.Language;
import se.kommunmeny.core.api.menu.ServiceType;
import se.kommunmeny.core.api.menu.TargetGroup;
import se.kommunmeny.regionaloverview.internal.Overview.Cell;
import se.kommunmeny.regionaloverview.internal.Overview.CellRef;
import se.kommunmeny.regionaloverview.internal.Overview.MunicipalityView;
import se.kommunmeny.regionaloverview.internal.Overview.PlatformView;
import se.kommunmeny.regionaloverview.internal.Overview.Service;
import se.kommunmeny.regionaloverview.internal.Overview.SummaryView;
import se.kommunmeny.regionaloverview.internal.Overview.Unanswered;
import se.kommunmeny.core.api.web.Html;

/**
 * The overview as a page for a county officer: one row per municipality, the six service types as column groups with
 * the six target groups each, every cell coloured by who provides what is offered there (a gap colour where nothing
 * is), then the summary counts, the gaps and the platforms. Self-contained: inline CSS, no script, nothing external.
 * Every text a platform sent is escaped — a menu entry's name is untrusted input.
 */
public final class OverviewHtml {
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
    private static final String UNKNOWN = "UNKNOWN";

    private OverviewHtml() {
    }

    public static String render(Overview o, Language lang) {
        boolean en = lang == Language.EN;
        StringBuilder sb = new StringBuilder(32 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(en ? "en" : "sv").append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.escape(o.title())).append("</title><style>").append(CSS)
                .append("</style></head><body>\n");
        sb.append("<h1>").append(Html.escape(o.title())).append("</h1>\n");
        sb.append("<p class=\"meta\">").append(en ? "Compiled " : "Sammanst\u00e4lld ").append(time(o.generatedAt()))
                .append(" \u00b7 ").append(o.municipalities().size()).append(en ? " municipalities" : " kommuner")
                .append(" \u00b7 ").append(o.platforms().size()).append(en ? " platforms" : " plattformar")
                .append(" \u00b7 <a href=\"?lang=sv\" hreflang=\"sv\">Svenska</a> \u00b7 ")
                .append("<a href=\"?lang=en\" hreflang=\"en\">English</a> \u00b7 <a href=\"?refresh=true&amp;lang=")
                .append(en ? "en" : "sv").append("\">").append(en ? "Read again now" : "L\u00e4s om nu")
                .append("</a></p>\n");
        matrix(sb, o, lang);
        legend(sb, lang);
        summary(sb, o, lang);
        gaps(sb, o, lang);
        platforms(sb, o, lang);
        sb.append("</body></html>\n");
        return sb.toString();
    }

    // ---------------------------------------------------------------- matrix

    private static void matrix(StringBuilder sb, Overview o, Language lang) {
        boolean en = lang == Language.EN;
        int columns = TargetGroup.values().length;
        sb.append("<div class=\"scroll\"><table class=\"matrix\"><thead><tr><th rowspan=\"3\" class=\"name\">")
                .append(en ? "Municipality" : "Kommun").append("</th>");
        for (ServiceType row : ServiceType.values()) {
            sb.append("<th colspan=\"").append(columns).append("\" class=\"g\" data-group=\"").append(row.name())
                    .append("\">").append(Html.escape(row.label(lang))).append("</th>");
        }
        sb.append("</tr>\n<tr>");
        for (int i = 0; i < ServiceType.values().length; i++) {
            boolean first = true;
            for (TargetGroup.Band band : TargetGroup.Band.values()) {
                long span = EnumSet.allOf(TargetGroup.class).stream().filter(t -> t.band() == band).count();
                sb.append("<th colspan=\"").append(span).append("\"").append(first ? " class=\"g\"" : "").append('>')
                        .append(Html.escape(band.label(lang))).append("</th>");
                first = false;
            }
        }
        sb.append("</tr>\n<tr>");
        for (int i = 0; i < ServiceType.values().length; i++) {
            for (TargetGroup column : TargetGroup.values()) {
                sb.append("<th class=\"sub").append(column.ordinal() == 0 ? " g" : "").append("\" title=\"")
                        .append(Html.escape(column.band().label(lang) + " \u2013 " + column.label(lang))).append("\">")
                        .append(Html.escape(column.label(lang).substring(0, 1))).append("</th>");
            }
        }
        sb.append("</tr></thead><tbody>\n");
        if (o.municipalities().isEmpty()) {
            sb.append("<tr><td colspan=\"").append(1 + ServiceType.values().length * columns).append("\">")
                    .append(en ? "No platform has answered yet." : "Ingen plattform har svarat \u00e4nnu.")
                    .append("</td></tr>\n");
        }
        for (MunicipalityView m : o.municipalities()) {
            sb.append("<tr data-municipality=\"").append(Html.escape(m.code())).append("\"")
                    .append(m.stale() ? " class=\"stale\"" : "").append("><th scope=\"row\" class=\"name\">")
                    .append(Html.escape(m.name()));
            if (!m.districts().isEmpty()) {
                sb.append(" <small>(").append(en ? "incl. " : "inkl. ").append(Html.escape(String.join(", ", m.districts())))
                        .append(")</small>");
            }
            if (m.stale()) {
                sb.append("<br><span class=\"warn\">\u26a0 ").append(en ? "not answering; as read " : "svarar inte; som l\u00e4st ")
                        .append(time(m.readAt())).append("</span>");
            }
            sb.append("</th>");
            for (Cell cell : m.cells()) {
                cell(sb, cell, lang);
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody></table></div>\n");
    }

    private static void cell(StringBuilder sb, Cell cell, Language lang) {
        List<Service> services = cell.services();
        List<String> kinds = new ArrayList<>();
        for (ProviderCategory kind : ProviderCategory.values()) {
            if (services.stream().anyMatch(s -> kind.name().equals(s.provider().kind()))) {
                kinds.add(kind.name());
            }
        }
        if (services.stream().anyMatch(s -> s.provider().kind() == null)) {
            kinds.add(UNKNOWN);
        }
        String css = services.isEmpty() ? "none" : kinds.size() == 1 ? kindClass(kinds.get(0)) : "mixed";
        sb.append("<td data-row=\"").append(cell.row().name()).append("\" data-column=\"").append(cell.column().name())
                .append("\" data-count=\"").append(services.size()).append("\" class=\"").append(css)
                .append(cell.column().ordinal() == 0 ? " g" : "").append('"');
        if (kinds.size() > 1) {
            sb.append(" style=\"background:").append(stripes(kinds)).append('"');
        }
        StringBuilder title = new StringBuilder(cell.row().label(lang)).append(" \u2013 ")
                .append(cell.column().band().label(lang)).append(' ').append(cell.column().label(lang).toLowerCase(Locale.ROOT));
        if (services.isEmpty()) {
            title.append(lang == Language.EN ? ": nothing offered" : ": inget erbjuds");
        }
        for (Service s : services) {
            title.append('\n').append(s.name()).append(s.anonymous() ? " *" : "")
                    .append(" \u2013 ").append(providerLabel(s.provider(), lang))
                    .append(s.district() == null ? "" : " (" + s.district() + ")");
        }
        sb.append(" title=\"").append(Html.escape(title.toString()).replace("\n", "&#10;")).append("\">");
        if (!services.isEmpty()) {
            sb.append(services.size());
            if (services.stream().anyMatch(Service::anonymous)) {
                sb.append("<span class=\"anon\">*</span>");
            }
        }
        sb.append("</td>");
    }

    private static String providerLabel(Overview.Provider p, Language lang) {
        String kind = p.kind() == null ? (lang == Language.EN ? "provider unknown" : "ok\u00e4nd utf\u00f6rare")
                : ProviderCategory.valueOf(p.kind()).label(lang);
        return p.name().isEmpty() ? kind : kind + ": " + p.name();
    }

    private static String kindClass(String kind) {
        return "k-" + kind.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String colour(String kind) {
        return switch (kind) {
            case "OWN" -> "#7cc47f";
            case "PARTNER_MUNICIPALITY" -> "#7fb1e0";
            case "PURCHASED" -> "#f0c36d";
            case "OTHER_ORGANISATION" -> "#c3a6e0";
            default -> "#cfcfcf";
        };
    }

    /** Diagonal stripes of each provider's colour, for a cell several kinds of provider share. */
    private static String stripes(List<String> kinds) {
        StringBuilder g = new StringBuilder("repeating-linear-gradient(135deg");
        int step = 8;
        for (int i = 0; i < kinds.size(); i++) {
            g.append(',').append(colour(kinds.get(i))).append(' ').append(i * step).append("px ")
                    .append((i + 1) * step).append("px");
        }
        return g.append(')').toString();
    }

    private static void legend(StringBuilder sb, Language lang) {
        boolean en = lang == Language.EN;
        sb.append("<div class=\"legend\"><strong>").append(en ? "Legend" : "F\u00f6rklaring").append(":</strong> ");
        sb.append("<span class=\"sw none\"></span> ").append(en ? "nothing offered (gap)" : "inget erbjuds (lucka)");
        for (ProviderCategory kind : ProviderCategory.values()) {
            sb.append(" <span class=\"sw ").append(kindClass(kind.name())).append("\"></span> ")
                    .append(Html.escape(kind.label(lang)));
        }
        sb.append(" <span class=\"sw mixed\" style=\"background:")
                .append(stripes(List.of("OWN", "PURCHASED"))).append("\"></span> ")
                .append(en ? "several kinds of provider" : "flera slags utf\u00f6rare")
                .append(" \u00b7 ").append(en ? "M/W = men/women, A/C = adults/children; number = services; * = can be "
                        + "used anonymously; hover a cell for the services" : "M/K = m\u00e4n/kvinnor, V/B = vuxna/barn; "
                        + "siffra = antal insatser; * = kan anv\u00e4ndas anonymt; h\u00e5ll muspekaren \u00f6ver "
                        + "en ruta f\u00f6r insatserna")
                .append("</div>\n");
    }

    // ---------------------------------------------------------------- summary, gaps, platforms

    private static void summary(StringBuilder sb, Overview o, Language lang) {
        boolean en = lang == Language.EN;
        sb.append("<h2>").append(en ? "Summary" : "Sammanfattning").append("</h2>\n<table class=\"list\"><thead><tr><th>")
                .append(en ? "Service" : "Insats").append("</th><th>").append(en ? "Municipalities" : "Kommuner")
                .append("</th><th>").append(en ? "Which" : "Vilka").append("</th><th>")
                .append(en ? "Without" : "Saknas i").append("</th></tr></thead><tbody>\n");
        for (SummaryView s : o.summary()) {
            sb.append("<tr data-summary=\"").append(Html.escape(s.key())).append("\" data-count=\"").append(s.count())
                    .append("\"><td>").append(Html.escape(en ? s.labelEn() : s.label())).append("</td><td class=\"num\">")
                    .append(s.count()).append(" / ").append(o.municipalities().size()).append("</td><td>")
                    .append(Html.escape(String.join(", ", s.municipalities()))).append("</td><td>")
                    .append(Html.escape(String.join(", ", s.without()))).append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n");
    }

    private static void gaps(StringBuilder sb, Overview o, Language lang) {
        boolean en = lang == Language.EN;
        sb.append("<h2>").append(en ? "Gaps" : "Luckor").append("</h2>\n<h3>")
                .append(en ? "Offered by no municipality in the county" : "Erbjuds av ingen kommun i l\u00e4net")
                .append("</h3>\n");
        if (o.gaps().uncoveredCells().isEmpty()) {
            sb.append("<p>").append(en ? "Every cell is covered somewhere." : "Varje ruta t\u00e4cks n\u00e5gonstans.")
                    .append("</p>\n");
        } else {
            sb.append("<ul class=\"gaps\">");
            Set<ServiceType> rows = EnumSet.noneOf(ServiceType.class);
            o.gaps().uncoveredCells().forEach(c -> rows.add(c.row()));
            for (ServiceType row : rows) {
                sb.append("<li><strong>").append(Html.escape(row.label(lang))).append("</strong>: ");
                List<String> columns = new ArrayList<>();
                for (CellRef c : o.gaps().uncoveredCells()) {
                    if (c.row() == row) {
                        columns.add(c.column().band().label(lang) + " " + c.column().label(lang).toLowerCase(Locale.ROOT));
                    }
                }
                sb.append(Html.escape(String.join(", ", columns))).append("</li>");
            }
            sb.append("</ul>\n");
        }
        sb.append("<h3>").append(en ? "Platforms not answering" : "Plattformar som inte svarar").append("</h3>\n");
        if (o.gaps().unanswered().isEmpty()) {
            sb.append("<p>").append(en ? "All platforms answered." : "Alla plattformar svarade.").append("</p>\n");
        } else {
            sb.append("<ul class=\"gaps\">");
            for (Unanswered u : o.gaps().unanswered()) {
                sb.append("<li class=\"warn\">").append(Html.escape(u.municipality())).append(" (").append(Html.escape(u.platform()))
                        .append("): ").append(Html.escape(u.reason()));
                if (u.stale()) {
                    sb.append(en ? " \u2013 last known menu shown, read " : " \u2013 senast k\u00e4nda meny visas, l\u00e4st ")
                            .append(time(u.readAt()));
                } else {
                    sb.append(en ? " \u2013 not in the counts" : " \u2013 ing\u00e5r inte i r\u00e4kningen");
                }
                sb.append("</li>");
            }
            sb.append("</ul>\n");
        }
    }

    private static void platforms(StringBuilder sb, Overview o, Language lang) {
        boolean en = lang == Language.EN;
        sb.append("<h2>").append(en ? "Platforms" : "Plattformar").append("</h2>\n<table class=\"list\"><thead><tr><th>")
                .append(en ? "Platform" : "Plattform").append("</th><th>").append(en ? "Municipality" : "Kommun")
                .append("</th><th>Status</th><th>").append(en ? "Menu read" : "Menyn l\u00e4st").append("</th><th>")
                .append(en ? "Platform's time" : "Plattformens tid").append("</th><th>")
                .append(en ? "Services" : "Insatser").append("</th></tr></thead><tbody>\n");
        for (PlatformView p : o.platforms()) {
            boolean ok = "OK".equals(p.status());
            sb.append("<tr data-platform=\"").append(Html.escape(p.id())).append("\" data-status=\"").append(Html.escape(p.status()))
                    .append("\"").append(ok ? "" : " class=\"warn\"").append("><td>").append(Html.escape(p.label()))
                    .append("<br><small>").append(Html.escape(p.url())).append("</small></td><td>")
                    .append(p.municipality() == null ? "" : Html.escape(p.municipality().name() + " " + p.municipality().code()))
                    .append("</td><td>").append(Html.escape(status(p.status(), lang)));
            if (p.reason() != null) {
                sb.append(": ").append(Html.escape(p.reason()));
            }
            if (p.stale()) {
                sb.append(en ? " (stale: last known menu shown)" : " (inaktuell: senast k\u00e4nda meny visas)");
            }
            sb.append("</td><td>").append(time(p.readAt())).append("</td><td>").append(time(p.menuReadAt()))
                    .append("</td><td class=\"num\">").append(p.entries()).append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n");
    }

    private static String status(String status, Language lang) {
        boolean en = lang == Language.EN;
        return switch (status) {
            case "OK" -> "OK";
            case "UNANSWERED" -> en ? "Not answering" : "Svarar inte";
            case "INVALID_CONFIGURATION" -> en ? "Invalid configuration" : "Felaktig konfiguration";
            default -> status;
        };
    }

    private static String time(Instant at) {
        return at == null ? "\u2013" : TIME.format(at);
    }

    private static final String CSS = "body{font-family:system-ui,sans-serif;margin:1.5rem;color:#222}"
            + "h1{margin-bottom:.2rem}.meta{color:#555;margin-top:0}.scroll{overflow-x:auto}"
            + "table.matrix{border-collapse:collapse;font-size:.85rem}"
            + "table.matrix th,table.matrix td{border:1px solid #999;padding:.15rem .15rem;text-align:center;min-width:1.3rem}"
            + "table.matrix thead th{background:#e8eef4;font-weight:600}table.matrix th.sub{font-weight:normal;font-size:.75rem}"
            + "table.matrix th.name{text-align:left;background:#f4f4f4;white-space:nowrap;position:sticky;left:0}"
            + "table.matrix .g{border-left:3px solid #333}"
            + "td.none{background:#f4c7c3}td.k-own{background:#7cc47f}td.k-partner-municipality{background:#7fb1e0}"
            + "td.k-purchased{background:#f0c36d}td.k-other-organisation{background:#c3a6e0}td.k-unknown{background:#cfcfcf}"
            + ".anon{font-weight:bold;margin-left:1px}tr.stale th.name{background:#fff3cd}"
            + ".warn{color:#8a4b00}tr.warn td{background:#fff3cd}"
            + ".legend{margin:.6rem 0 1rem;font-size:.85rem;line-height:1.8}"
            + ".sw{display:inline-block;width:1.1rem;height:.9rem;border:1px solid #777;vertical-align:middle;margin-left:.6rem}"
            + ".sw.none{background:#f4c7c3}.sw.k-own{background:#7cc47f}.sw.k-partner-municipality{background:#7fb1e0}"
            + ".sw.k-purchased{background:#f0c36d}.sw.k-other-organisation{background:#c3a6e0}"
            + "table.list{border-collapse:collapse;font-size:.9rem}table.list th,table.list td{border:1px solid #bbb;"
            + "padding:.25rem .5rem;text-align:left;vertical-align:top}table.list thead th{background:#e8eef4}"
            + "td.num{text-align:right;white-space:nowrap}ul.gaps li{margin:.2rem 0}";
}
