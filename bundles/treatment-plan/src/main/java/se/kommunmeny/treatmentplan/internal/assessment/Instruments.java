package se.kommunmeny.treatmentplan.internal.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import se.kommunmeny.core.api.problem.ValidationException;

/**
 * Scores and interprets the assessment instruments AUDIT, DUDIT and ASI. How a score is read — the cut-offs per
 * instrument, sex and age band — is data ({@value #SHIPPED}), so that a municipality can change it without code.
 * Instances are immutable and thread-safe.
 */
public final class Instruments {
    /** The class-path resource holding the shipped cut-offs. */
    static final String SHIPPED = "assessment/cutoffs.json";
    private static Instruments shipped;
    private final CutOffs cutOffs;

    private Instruments(CutOffs cutOffs) {
        this.cutOffs = cutOffs;
    }

    /**
     * Loads the cut-offs shipped in the bundle (class-path resource {@code assessment/cutoffs.json}).
     *
     * @throws InvalidCutOffsException if the shipped file is missing or does not validate
     */
    public static synchronized Instruments shipped() {
        if (shipped == null) {
            try (InputStream in = Instruments.class.getResourceAsStream("/" + SHIPPED)) {
                if (in == null) {
                    throw new InvalidCutOffsException(SHIPPED, List.of("not found on the class path"));
                }
                shipped = read(in, SHIPPED);
            } catch (IOException e) {
                throw new InvalidCutOffsException(SHIPPED, List.of("cannot be read: " + e.getMessage()));
            }
        }
        return shipped;
    }

    /**
     * Reads cut-offs in the format of the shipped file, e.g. a municipality's own.
     *
     * @param origin names the data in messages
     * @throws InvalidCutOffsException listing every problem if the data cannot be read or does not validate
     */
    public static Instruments read(InputStream in, String origin) {
        return new Instruments(CutOffs.read(in, origin));
    }

    /** The ASI domains in the order {@link #score} expects their severity ratings. */
    public static List<String> asiDomains() {
        return Instrument.ASI_DOMAINS;
    }

    /**
     * Scores the answers and interprets the score by the rule for this sex and age.
     *
     * @param instrument AUDIT, DUDIT or ASI, in any case and with blanks around
     * @param answers the item scores in questionnaire order; for ASI the interviewer ratings in {@link #asiDomains()} order
     * @param sex FEMALE or MALE, in any case and with blanks around
     * @param age the client's age, {@value CutOffs#MIN_AGE}–{@value CutOffs#MAX_AGE}
     * @throws ValidationException listing every problem with the fields {@code instrument}, {@code answers},
     *         {@code answers[i]} (zero-based), {@code sex} and {@code age}
     */
    public Scored score(String instrument, List<Integer> answers, String sex, int age) {
        ValidationException.Collector problems = new ValidationException.Collector();
        problems.require("instrument", instrument);
        Optional<Instrument> kind = Instrument.parse(instrument);
        if (instrument != null && !instrument.isBlank() && kind.isEmpty()) {
            problems.add("instrument", "must be AUDIT, DUDIT or ASI");
        }
        problems.require("sex", sex);
        String sexName = sex == null ? null : sex.trim().toUpperCase(Locale.ROOT);
        if (sex != null && !sex.isBlank() && !CutOffs.SEXES.contains(sexName)) {
            problems.add("sex", "must be FEMALE or MALE");
        }
        if (age < CutOffs.MIN_AGE || age > CutOffs.MAX_AGE) {
            problems.add("age", "must be between " + CutOffs.MIN_AGE + " and " + CutOffs.MAX_AGE);
        }
        if (answers == null) {
            problems.add("answers", "is required");
        } else {
            kind.filter(k -> answers.size() != k.items).ifPresent(
                    k -> problems.add("answers", "must hold exactly " + k.items + " answers for " + k.name()));
            for (int i = 0; i < answers.size(); i++) {
                Integer answer = answers.get(i);
                String field = "answers[" + i + "]";
                if (answer == null) {
                    problems.add(field, "is required");
                } else if (kind.isPresent() && i < kind.get().items && !kind.get().allows(i, answer)) {
                    problems.add(field, kind.get().allowedValues(i));
                }
            }
        }
        problems.throwIfAny();

        Instrument valid = kind.orElseThrow();
        int score = valid.score(answers);
        CutOffRule rule = cutOffs.rule(valid, sexName, age);
        return new Scored(valid.name(), score, rule.level(score), rule.describe(), valid.domains());
    }

    /** Every rule in force, by instrument, sex and age. */
    List<CutOffRule> rules() {
        return cutOffs.all();
    }
}
