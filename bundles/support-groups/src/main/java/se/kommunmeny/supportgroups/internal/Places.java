package se.kommunmeny.supportgroups.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.supportgroups.api.PartnerShare;

/**
 * Place arithmetic of a cohort: the partners' shares (samverkan) are carved out of the places and the host keeps
 * the rest; each pool fills on its own.
 */
final class Places {
    private static final String CODE = "[0-9]{4}";

    private Places() {
    }

    /** The host's own places: all places less the partners' shares. */
    static int hostPlaces(int places, List<ShareEntity> shares) {
        return places - shares.stream().mapToInt(s -> s.places).sum();
    }

    static boolean hasPlace(int poolPlaces, int enrolled) {
        return enrolled < poolPlaces;
    }

    static int free(int poolPlaces, int enrolled) {
        return Math.max(0, poolPlaces - enrolled);
    }

    /** The cohort's places: at most the template's maximum; the maximum when not given. */
    static int places(ValidationException.Collector problems, Integer asked, int max) {
        if (asked == null) {
            return max;
        }
        if (asked < 1 || asked > max) {
            problems.add("places", "must be 1-" + max + " (the programme's maximum)");
        }
        return asked;
    }

    /** Checks the shares: four-digit codes once each, at least one place each, together at most the places. */
    static void checkShares(ValidationException.Collector problems, List<PartnerShare> shares, int places) {
        if (shares == null) {
            return;
        }
        Set<String> codes = new HashSet<>();
        int sum = 0;
        for (int i = 0; i < shares.size(); i++) {
            PartnerShare s = shares.get(i);
            String f = "partnerShares[" + i + "]";
            if (s == null) {
                problems.add(f, "is empty");
                continue;
            }
            if (s.code() == null || !s.code().trim().matches(CODE)) {
                problems.add(f + ".code", "must be the municipality's four-digit code");
            } else if (!codes.add(s.code().trim())) {
                problems.add(f + ".code", "is given twice");
            }
            problems.require(f + ".name", s.name()).maxLength(f + ".name", Texts.trimmed(s.name()), 100);
            if (s.places() == null || s.places() < 1) {
                problems.add(f + ".places", "must be at least 1");
            } else {
                sum += s.places();
            }
            if (!Texts.isUserName(Texts.trimmed(s.user()))) {
                problems.add(f + ".user", "must be the user name of the partner's platform user");
            }
        }
        if (sum > places) {
            problems.add("partnerShares", "the shares (" + sum + " places) exceed the cohort's " + places + " places");
        }
    }
}
