package se.kommunmeny.regionaloverview.internal;

import java.time.Instant;
import java.util.List;

import se.kommunmeny.core.api.menu.ServiceType;
import se.kommunmeny.core.api.menu.TargetGroup;

/** The county overview as served: JSON as it is, CSV and HTML rendered from it. */
public record Overview(String title, Instant generatedAt, List<PlatformView> platforms,
        List<MunicipalityView> municipalities, List<SummaryView> summary, Gaps gaps) {

    /**
     * @param readAt when the menu shown was read (by this overview); for a stale platform the last good reading
     * @param menuReadAt the platform's own {@code readAt} of that menu
     * @param attemptedAt the last attempt to read it
     */
    public record PlatformView(String id, String url, String label, MunicipalityRef municipality, String status,
            String reason, Instant readAt, Instant menuReadAt, boolean stale, int entries, Instant attemptedAt) {
    }

    /** A municipality with its 36 cells (6 rows × 6 columns), in the order of rows, then columns. */
    public record MunicipalityView(String code, String name, String county, String country, List<String> districts,
            List<String> platforms, boolean stale, Instant readAt, List<Cell> cells) {

        public Cell cell(ServiceType row, TargetGroup column) {
            return cells.get(row.ordinal() * TargetGroup.values().length + column.ordinal());
        }
    }

    public record Cell(ServiceType row, TargetGroup column, List<Service> services) {
    }

    public record Service(String id, String name, boolean anonymous, Provider provider, Integer capacity,
            String district, String platform) {
    }

    /** @param kind {@code OWN}, {@code PARTNER_MUNICIPALITY}, {@code PURCHASED}, {@code OTHER_ORGANISATION} or null */
    public record Provider(String kind, String name) {
    }

    public record SummaryView(String key, String label, String labelEn, int count, List<String> municipalities,
            List<String> without) {
    }

    /**
     * @param summary per summary item, the municipalities without it
     * @param uncoveredCells the row × column cells no municipality covers
     * @param unanswered the platforms that did not answer (with or without a last good menu)
     */
    public record Gaps(List<MissingItem> summary, List<CellRef> uncoveredCells, List<Unanswered> unanswered) {
    }

    public record MissingItem(String key, String label, String labelEn, List<String> municipalities) {
    }

    public record CellRef(ServiceType row, TargetGroup column) {
    }

    /** @param municipality the municipality's name from its last good menu, else the platform's label */
    public record Unanswered(String platform, String municipality, String status, String reason, boolean stale,
            Instant readAt) {
    }
}
