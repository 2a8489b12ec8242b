package se.kommunmeny.regionaloverview.internal;

import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import se.kommunmeny.core.api.menu.Language;
import se.kommunmeny.core.api.menu.ServiceType;
import se.kommunmeny.core.api.menu.TargetGroup;
import se.kommunmeny.regionaloverview.internal.Overview.Cell;
import se.kommunmeny.regionaloverview.internal.Overview.CellRef;
import se.kommunmeny.regionaloverview.internal.Overview.Gaps;
import se.kommunmeny.regionaloverview.internal.Overview.MissingItem;
import se.kommunmeny.regionaloverview.internal.Overview.MunicipalityView;
import se.kommunmeny.regionaloverview.internal.Overview.PlatformView;
import se.kommunmeny.regionaloverview.internal.Overview.Service;
import se.kommunmeny.regionaloverview.internal.Overview.SummaryView;
import se.kommunmeny.regionaloverview.internal.Overview.Unanswered;

/**
 * Builds the county picture from the platforms' states. A platform's last good menu counts, also when it did not
 * answer this time (it is then marked stale); menus reporting the same municipality code are merged into that
 * municipality (a district's own platform).
 */
public final class OverviewBuilder {

    private OverviewBuilder() {
    }

    /** Names in Swedish order (å, ä, ö last). */
    static Comparator<String> byName() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
        return (a, b) -> collator.compare(a, b);
    }

    /** One platform's menu within a municipality. */
    private record Part(PlatformState state, PlatformMenu menu) {
    }

    public static Overview build(String title, Instant now, List<PlatformState> states) {
        List<PlatformView> platforms = new ArrayList<>();
        Map<String, List<Part>> byCode = new LinkedHashMap<>();
        for (PlatformState state : states) {
            platforms.add(platformView(state));
            Reading good = state.settings().valid() ? state.lastGood() : null;
            if (good != null) {
                byCode.computeIfAbsent(good.menu().municipality().code(), c -> new ArrayList<>())
                        .add(new Part(state, good.menu()));
            }
        }
        Comparator<String> names = byName();
        List<MunicipalityView> municipalities = new ArrayList<>();
        Map<MunicipalityView, List<ReadEntry>> entriesOf = new IdentityHashMap<>();
        for (List<Part> parts : byCode.values()) {
            MunicipalityView view = municipality(parts);
            municipalities.add(view);
            entriesOf.put(view, parts.stream().flatMap(p -> p.menu().entries().stream()).toList());
        }
        municipalities.sort(Comparator.comparing(MunicipalityView::name, names)
                .thenComparing(MunicipalityView::code));

        List<SummaryView> summary = new ArrayList<>();
        List<MissingItem> missing = new ArrayList<>();
        for (SummaryRules.Item item : SummaryRules.Item.values()) {
            List<String> with = new ArrayList<>();
            List<String> without = new ArrayList<>();
            for (MunicipalityView m : municipalities) {
                (entriesOf.get(m).stream().anyMatch(item::matches) ? with : without).add(m.name());
            }
            String sv = item.label(Language.SV);
            String en = item.label(Language.EN);
            summary.add(new SummaryView(item.key(), sv, en, with.size(), with, without));
            missing.add(new MissingItem(item.key(), sv, en, without));
        }

        List<CellRef> uncovered = new ArrayList<>();
        for (ServiceType row : ServiceType.values()) {
            for (TargetGroup column : TargetGroup.values()) {
                if (municipalities.stream().allMatch(m -> m.cell(row, column).services().isEmpty())) {
                    uncovered.add(new CellRef(row, column));
                }
            }
        }

        List<Unanswered> unanswered = new ArrayList<>();
        for (PlatformState state : states) {
            if (state.status() != PlatformState.Status.OK) {
                Reading good = state.settings().valid() ? state.lastGood() : null;
                unanswered.add(new Unanswered(state.settings().id(), good != null
                        ? good.menu().municipality().name() : state.settings().displayName(), state.status().name(),
                        state.reason(), state.stale(), good == null ? null : good.at()));
            }
        }
        return new Overview(title, now, platforms, municipalities, summary,
                new Gaps(missing, uncovered, unanswered));
    }

    private static PlatformView platformView(PlatformState state) {
        PlatformSettings s = state.settings();
        Reading good = s.valid() ? state.lastGood() : null;
        PlatformMenu menu = good == null ? null : good.menu();
        return new PlatformView(s.id(), s.url(), s.displayName(), menu == null ? null : menu.municipality(),
                state.status().name(), state.reason(), good == null ? null : good.at(),
                menu == null ? null : menu.menuReadAt(), state.stale(), menu == null ? 0 : menu.entries().size(),
                state.lastAttempt() == null ? null : state.lastAttempt().at());
    }

    private static MunicipalityView municipality(List<Part> parts) {
        // The municipality's own platform names it; a district's platform may say the same or less.
        Part main = parts.stream().filter(p -> p.menu().entries().stream().anyMatch(e -> e.district() == null))
                .findFirst().orElse(parts.get(0));
        MunicipalityRef ref = main.menu().municipality();
        TreeSet<String> districts = new TreeSet<>(byName());
        List<String> platformIds = new ArrayList<>();
        boolean stale = false;
        Instant readAt = null;
        for (Part part : parts) {
            platformIds.add(part.state().settings().id());
            stale |= part.state().stale();
            Instant at = part.state().lastGood().at();
            readAt = readAt == null || at.isBefore(readAt) ? at : readAt;
            part.menu().entries().stream().map(ReadEntry::district).filter(Objects::nonNull).forEach(districts::add);
        }
        List<Cell> cells = new ArrayList<>();
        for (ServiceType row : ServiceType.values()) {
            for (TargetGroup column : TargetGroup.values()) {
                List<Service> services = new ArrayList<>();
                for (Part part : parts) {
                    for (ReadEntry e : part.menu().entries()) {
                        if (e.type() == row && e.targetGroups().contains(column)) {
                            services.add(new Service(e.id(), e.name(), e.anonymous(), new Overview.Provider(
                                    e.providerKind() == null ? null : e.providerKind().name(), e.providerName()),
                                    e.capacity(), e.district(), part.state().settings().id()));
                        }
                    }
                }
                cells.add(new Cell(row, column, services));
            }
        }
        return new MunicipalityView(ref.code(), ref.name(), ref.county(), ref.country(), List.copyOf(districts),
                platformIds, stale, readAt, cells);
    }
}
