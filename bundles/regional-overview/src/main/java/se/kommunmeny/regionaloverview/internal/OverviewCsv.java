package se.kommunmeny.regionaloverview.internal;

import java.util.stream.Collectors;

import se.kommunmeny.core.api.menu.Language;
import se.kommunmeny.regionaloverview.internal.Overview.Cell;
import se.kommunmeny.regionaloverview.internal.Overview.MunicipalityView;
import se.kommunmeny.regionaloverview.internal.Overview.Service;

/**
 * The overview as CSV for a spreadsheet: one line per municipality × row × column, semicolon-separated (as Swedish
 * spreadsheets expect), quoted per RFC 4180 where needed, and safe against formula injection.
 */
public final class OverviewCsv {
    static final String HEADER = "municipality_code;municipality;row;column;count;services";

    private OverviewCsv() {
    }

    public static String render(Overview overview, Language lang) {
        StringBuilder sb = new StringBuilder(HEADER).append("\r\n");
        for (MunicipalityView m : overview.municipalities()) {
            for (Cell cell : m.cells()) {
                line(sb, m.code(), m.name(), cell.row().label(lang),
                        cell.column().band().label(lang) + " \u2013 " + cell.column().label(lang),
                        Integer.toString(cell.services().size()),
                        cell.services().stream().map(OverviewCsv::service).collect(Collectors.joining(" | ")));
            }
        }
        return sb.toString();
    }

    private static String service(Service s) {
        return s.name() + (s.anonymous() ? " *" : "") + (s.district() == null ? "" : " (" + s.district() + ")");
    }

    private static void line(StringBuilder sb, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(';');
            }
            sb.append(cell(cells[i]));
        }
        sb.append("\r\n");
    }

    /** A field: a leading = + - @ (or tab, CR) gets an apostrophe so no spreadsheet runs it; quoted where needed. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(';') >= 0 || v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
                || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
