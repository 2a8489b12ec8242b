package se.kommunmeny.treatmentplan.internal.assessment;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The shape of each instrument: how many answers, which values each answer may take, and how the answers make a
 * score. What a score means lives in the cut-off data, not here.
 */
enum Instrument {
    /** AUDIT: items 1–8 score 0–4, items 9 and 10 only 0, 2 or 4; the score is the sum (0–40). */
    AUDIT(10, 8, 4, false),
    /** DUDIT: items 1–9 score 0–4, items 10 and 11 only 0, 2 or 4; the score is the sum (0–44). */
    DUDIT(11, 9, 4, false),
    /** ASI: one interviewer severity rating 0–9 per domain; the score is the highest rating. */
    ASI(7, 7, 9, true);

    /** The ASI domains, in the order their ratings are given. */
    static final List<String> ASI_DOMAINS = List.of("MEDICAL", "EMPLOYMENT_SUPPORT", "ALCOHOL", "DRUGS", "LEGAL",
            "FAMILY_SOCIAL", "PSYCHIATRIC");

    final int items;
    private final int fullScaleItems;
    private final int itemMax;
    private final boolean highestRating;

    Instrument(int items, int fullScaleItems, int itemMax, boolean highestRating) {
        this.items = items;
        this.fullScaleItems = fullScaleItems;
        this.itemMax = itemMax;
        this.highestRating = highestRating;
    }

    /** The instrument with this name, ignoring case and surrounding blanks. */
    static Optional<Instrument> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toUpperCase(Locale.ROOT);
        for (Instrument i : values()) {
            if (i.name().equals(wanted)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** Whether the answer at this zero-based position may take this value. */
    boolean allows(int index, int value) {
        if (index < fullScaleItems) {
            return value >= 0 && value <= itemMax;
        }
        return value == 0 || value == 2 || value == 4;
    }

    /** The problem message for a value outside {@link #allows}. */
    String allowedValues(int index) {
        return index < fullScaleItems ? "must be between 0 and " + itemMax : "must be 0, 2 or 4";
    }

    /** The highest score the instrument can give. */
    int maxScore() {
        return highestRating ? itemMax : fullScaleItems * itemMax + (items - fullScaleItems) * 4;
    }

    /** The score of valid answers: their sum, or for ASI their highest rating. */
    int score(List<Integer> answers) {
        int score = 0;
        for (Integer answer : answers) {
            score = highestRating ? Math.max(score, answer) : score + answer;
        }
        return score;
    }

    /** The domains the answers stand for: the ASI domains, none for the screening questionnaires. */
    List<String> domains() {
        return this == ASI ? ASI_DOMAINS : List.of();
    }
}
