package se.kommunmeny.treatmentplan.internal.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.LRUMap;

/**
 * Reads and validates the cut-off data. Data is accepted only if every rule is complete, its thresholds ascend within
 * the instrument's score range, all rules of an instrument use the same levels, and for each instrument and sex the
 * age bands cover {@value #MIN_AGE}–{@value #MAX_AGE} without gaps or overlaps. Otherwise it is refused with every
 * problem listed.
 */
final class CutOffs {
    static final int MIN_AGE = 12;
    static final int MAX_AGE = 120;
    static final List<String> SEXES = List.of("FEMALE", "MALE");

    /** The file as written. Unknown fields are ignored; every field read here except the description is required. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FileJson(String description, List<RuleJson> rules) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RuleJson(String instrument, String sex, Integer minAge, Integer maxAge, String below,
            List<ThresholdJson> thresholds, String source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ThresholdJson(String level, Integer atLeast) {
    }

    /** The age band of a rule whose instrument, sex and ages are valid, with its position for messages. */
    private record Band(int index, Instrument instrument, String sex, int minAge, int maxAge) {
        @Override
        public String toString() {
            return "rules[" + index + "] (" + CutOffRule.name(instrument, sex, minAge, maxAge) + ")";
        }
    }

    private final Map<Instrument, Map<String, List<CutOffRule>>> rules;

    private CutOffs(Map<Instrument, Map<String, List<CutOffRule>>> rules) {
        this.rules = rules;
    }

    /**
     * Reads and validates.
     *
     * @param origin names the data in messages
     * @throws InvalidCutOffsException listing every problem found
     */
    static CutOffs read(InputStream in, String origin) {
        FileJson file;
        try {
            // Its own type cache: Jackson's shared one would keep this bundle's classes after it is uninstalled.
            file = new ObjectMapper()
                    .setTypeFactory(TypeFactory.defaultInstance().withCache(new LRUMap<Object, JavaType>(16, 200)))
                    .readValue(in, FileJson.class);
        } catch (IOException e) {
            throw new InvalidCutOffsException(origin, List.of("cannot be read: " + e.getMessage()));
        }
        if (file == null || file.rules() == null || file.rules().isEmpty()) {
            throw new InvalidCutOffsException(origin, List.of("rules are required"));
        }
        List<String> problems = new ArrayList<>();
        List<Band> bands = new ArrayList<>();
        List<CutOffRule> valid = new ArrayList<>();
        Map<Instrument, String> firstOfInstrument = new EnumMap<>(Instrument.class);
        Map<Instrument, List<String>> levelsOfInstrument = new EnumMap<>(Instrument.class);
        for (int i = 0; i < file.rules().size(); i++) {
            Optional<CutOffRule> rule = rule(i, file.rules().get(i), bands, problems);
            if (rule.isEmpty()) {
                continue;
            }
            valid.add(rule.get());
            String at = "rules[" + i + "] (" + rule.get().name() + ")";
            List<String> levels = levels(rule.get());
            List<String> expected = levelsOfInstrument.putIfAbsent(rule.get().instrument(), levels);
            firstOfInstrument.putIfAbsent(rule.get().instrument(), at);
            if (expected != null && !expected.equals(levels)) {
                problems.add(at + ": levels " + levels + " differ from " + expected + " in "
                        + firstOfInstrument.get(rule.get().instrument()));
            }
        }
        for (Instrument instrument : Instrument.values()) {
            for (String sex : SEXES) {
                coverage(instrument + " " + sex,
                        bands.stream().filter(b -> b.instrument() == instrument && b.sex().equals(sex)).toList(), problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCutOffsException(origin, problems);
        }
        Map<Instrument, Map<String, List<CutOffRule>>> byInstrument = new EnumMap<>(Instrument.class);
        for (CutOffRule rule : valid.stream().sorted(Comparator.comparingInt(CutOffRule::minAge)).toList()) {
            byInstrument.computeIfAbsent(rule.instrument(), k -> new TreeMap<>())
                    .computeIfAbsent(rule.sex(), k -> new ArrayList<>()).add(rule);
        }
        return new CutOffs(byInstrument);
    }

    /** The rule for this instrument, sex and age; validation guarantees there is exactly one. */
    CutOffRule rule(Instrument instrument, String sex, int age) {
        return rules.get(instrument).get(sex).stream().filter(r -> r.covers(age)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + instrument + " rule for " + sex + " " + age));
    }

    /** Every rule, by instrument, sex and age. */
    List<CutOffRule> all() {
        return rules.values().stream().flatMap(bySex -> bySex.values().stream()).flatMap(List::stream).toList();
    }

    private static List<String> levels(CutOffRule rule) {
        List<String> levels = new ArrayList<>();
        levels.add(rule.below());
        rule.thresholds().forEach(t -> levels.add(t.level()));
        return levels;
    }

    /**
     * The rule if it is complete and consistent; otherwise its problems are added. Its age band is added to
     * {@code bands} whenever instrument, sex and ages are valid, so that coverage is checked even for a faulty rule.
     */
    private static Optional<CutOffRule> rule(int i, RuleJson json, List<Band> bands, List<String> problems) {
        String at = "rules[" + i + "]";
        if (json == null) {
            problems.add(at + " is empty");
            return Optional.empty();
        }
        int before = problems.size();
        Optional<Instrument> instrument = Instrument.parse(json.instrument())
                .filter(found -> found.name().equals(json.instrument()));
        if (instrument.isEmpty()) {
            problems.add(at + ".instrument must be AUDIT, DUDIT or ASI");
        }
        if (!SEXES.contains(json.sex())) {
            problems.add(at + ".sex must be FEMALE or MALE");
        }
        boolean agesValid = false;
        if (json.minAge() == null || json.maxAge() == null) {
            problems.add(at + ": minAge and maxAge are required");
        } else if (json.minAge() < MIN_AGE || json.maxAge() > MAX_AGE || json.minAge() > json.maxAge()) {
            problems.add(at + ": ages " + json.minAge() + "-" + json.maxAge() + " must lie within " + MIN_AGE + "-"
                    + MAX_AGE + " with minAge <= maxAge");
        } else {
            agesValid = true;
        }
        if (instrument.isPresent() && SEXES.contains(json.sex()) && agesValid) {
            bands.add(new Band(i, instrument.get(), json.sex(), json.minAge(), json.maxAge()));
        }
        if (json.below() == null || json.below().isBlank()) {
            problems.add(at + ".below is required");
        }
        if (json.source() == null || json.source().isBlank()) {
            problems.add(at + ".source is required");
        }
        List<CutOffRule.Threshold> thresholds = thresholds(at, json, instrument.orElse(null), problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new CutOffRule(instrument.get(), json.sex(), json.minAge(), json.maxAge(), json.below(),
                thresholds, json.source()));
    }

    /** The thresholds of a rule, with a problem added for each that is incomplete, out of range or not ascending. */
    private static List<CutOffRule.Threshold> thresholds(String at, RuleJson json, Instrument instrument,
            List<String> problems) {
        List<CutOffRule.Threshold> thresholds = new ArrayList<>();
        if (json.thresholds() == null || json.thresholds().isEmpty()) {
            problems.add(at + ".thresholds are required");
            return thresholds;
        }
        Set<String> names = new HashSet<>();
        if (json.below() != null) {
            names.add(json.below());
        }
        for (int k = 0; k < json.thresholds().size(); k++) {
            ThresholdJson t = json.thresholds().get(k);
            String tAt = at + ".thresholds[" + k + "]";
            if (t == null || t.level() == null || t.level().isBlank() || t.atLeast() == null) {
                problems.add(tAt + " needs a level and atLeast");
                continue;
            }
            if (!names.add(t.level())) {
                problems.add(tAt + ": level " + t.level() + " appears more than once");
            }
            if (instrument != null && (t.atLeast() < 1 || t.atLeast() > instrument.maxScore())) {
                problems.add(tAt + ".atLeast must be between 1 and " + instrument.maxScore() + " for " + instrument);
            }
            CutOffRule.Threshold threshold = new CutOffRule.Threshold(t.level(), t.atLeast());
            if (!thresholds.isEmpty() && threshold.atLeast() <= thresholds.get(thresholds.size() - 1).atLeast()) {
                problems.add(at + ": thresholds must ascend, but " + threshold + " follows "
                        + thresholds.get(thresholds.size() - 1));
            }
            thresholds.add(threshold);
        }
        return thresholds;
    }

    /** Adds a problem for each gap or overlap between these bands and for ages not covered at either end. */
    private static void coverage(String group, List<Band> bands, List<String> problems) {
        List<Band> sorted = bands.stream()
                .sorted(Comparator.comparingInt(Band::minAge).thenComparingInt(Band::maxAge)).toList();
        int next = MIN_AGE;
        Band previous = null;
        for (Band band : sorted) {
            if (band.minAge() > next) {
                problems.add(group + ": no rule for " + ages(next, band.minAge() - 1));
            } else if (band.minAge() < next) {
                problems.add(group + ": " + previous + " and " + band + " overlap at "
                        + ages(band.minAge(), Math.min(band.maxAge(), next - 1)));
            }
            if (band.maxAge() >= next) {
                next = band.maxAge() + 1;
                previous = band;
            }
        }
        if (next <= MAX_AGE) {
            problems.add(group + ": no rule for " + ages(next, MAX_AGE));
        }
    }

    private static String ages(int from, int to) {
        return from == to ? "age " + from : "ages " + from + "-" + to;
    }
}
