package se.kommunmeny.regionaloverview.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import se.kommunmeny.core.api.menu.Language;
import se.kommunmeny.core.api.menu.ServiceType;
import se.kommunmeny.core.api.menu.TargetGroup;

/**
 * The summary of the survey "Vad finns på menyn?" (its nine numbered claims): each item counts the municipalities
 * with at least one menu entry that matches its rule. The rules look at the menus only, so a changed menu changes
 * the count. One method per rule.
 */
public final class SummaryRules {
    /** Methods that name 12-step treatment (compared case-insensitively, as part of the method's text). */
    static final List<String> TWELVE_STEP_METHODS = List.of("12-steg", "12-step", "tolvsteg", "12 steps", "12-trins");
    /** Names that say 12-step treatment. */
    static final List<String> TWELVE_STEP_NAMES = List.of("12-steg", "12-step", "12 steg");

    private static final Set<TargetGroup> WOMEN = EnumSet.of(TargetGroup.ADULT_WOMEN, TargetGroup.YOUNG_ADULT_WOMEN);
    private static final Set<TargetGroup> YOUNG_ADULTS = EnumSet.of(TargetGroup.YOUNG_ADULT_MEN,
            TargetGroup.YOUNG_ADULT_WOMEN);

    /** The summary items in the survey's order. */
    public enum Item {
        TWELVE_STEP("twelveStep", "12-stegsbehandling", "12-step treatment", SummaryRules::twelveStep),
        ADULT_RELATIVES("adultRelatives", "St\u00f6d till vuxna anh\u00f6riga", "Support to adult relatives",
                SummaryRules::adultRelatives),
        CHILDRENS_GROUPS("childrensGroups", "Barngrupper", "Children's groups", SummaryRules::childrensGroups),
        COOPERATION("cooperation", "Samverkan med annan kommun", "Cooperation with another municipality",
                SummaryRules::cooperation),
        ANONYMOUS("anonymous", "Anonyma insatser", "Anonymous services", SummaryRules::anonymous),
        WOMEN("women", "Insatser f\u00f6r kvinnor", "Services for women", SummaryRules::women),
        YOUNG_ADULTS("youngAdults", "Insatser f\u00f6r unga vuxna", "Services for young adults",
                SummaryRules::youngAdults),
        HOUSING_SUPPORT("housingSupport", "Bostadsst\u00f6d", "Housing support", SummaryRules::housingSupport),
        EMPLOYMENT_SUPPORT("employmentSupport", "Syssels\u00e4ttningsst\u00f6d", "Employment support",
                SummaryRules::employmentSupport);

        private final String key;
        private final String swedish;
        private final String english;
        private final Predicate<ReadEntry> rule;

        Item(String key, String swedish, String english, Predicate<ReadEntry> rule) {
            this.key = key;
            this.swedish = swedish;
            this.english = english;
            this.rule = rule;
        }

        public String key() {
            return key;
        }

        public String label(Language language) {
            return language == Language.EN ? english : swedish;
        }

        public boolean matches(ReadEntry entry) {
            return rule.test(entry);
        }
    }

    private SummaryRules() {
    }

    /** 12-step treatment: a 12-step method ("12-steg", "12-step", "tolvsteg", "12 steps", "12-trins"), or a name saying "12-steg", "12-step" or "12 steg". */
    public static boolean twelveStep(ReadEntry e) {
        return e.methods().stream().anyMatch(m -> containsAny(m, TWELVE_STEP_METHODS))
                || containsAny(e.name(), TWELVE_STEP_NAMES);
    }

    /** Support to adult relatives: the entry is for adult relatives. */
    public static boolean adultRelatives(ReadEntry e) {
        return e.targetGroups().contains(TargetGroup.RELATIVES_ADULTS);
    }

    /** Children's groups: the entry is for children (relatives). */
    public static boolean childrensGroups(ReadEntry e) {
        return e.targetGroups().contains(TargetGroup.RELATIVES_CHILDREN);
    }

    /** Cooperation with another municipality: the provider is a partner municipality (not a region or association). */
    public static boolean cooperation(ReadEntry e) {
        return e.providerKind() == ProviderCategory.PARTNER_MUNICIPALITY;
    }

    /** Anonymous services: the entry may be used anonymously (marked *). */
    public static boolean anonymous(ReadEntry e) {
        return e.anonymous();
    }

    /** Services for women: every target group is a women's column (adult and/or young-adult women). */
    public static boolean women(ReadEntry e) {
        return !e.targetGroups().isEmpty() && WOMEN.containsAll(e.targetGroups());
    }

    /** Services for young adults: every target group is a young-adult column. */
    public static boolean youngAdults(ReadEntry e) {
        return !e.targetGroups().isEmpty() && YOUNG_ADULTS.containsAll(e.targetGroups());
    }

    /** Housing support: an entry in the row Bostadsstöd. */
    public static boolean housingSupport(ReadEntry e) {
        return e.type() == ServiceType.HOUSING_SUPPORT;
    }

    /** Employment support: an entry in the row Arbetsstöd. */
    public static boolean employmentSupport(ReadEntry e) {
        return e.type() == ServiceType.WORK_SUPPORT;
    }

    private static boolean containsAny(String text, List<String> needles) {
        String t = text.toLowerCase(Locale.ROOT);
        return needles.stream().anyMatch(t::contains);
    }
}
