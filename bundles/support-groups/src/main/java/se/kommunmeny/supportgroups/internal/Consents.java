package se.kommunmeny.supportgroups.internal;

import java.time.LocalDate;

import se.kommunmeny.core.api.problem.DateFields;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.supportgroups.api.GuardianConsent;

/** Vårdnadshavares samtycke: a participant under 18 takes part only with a guardian's consent, given and dated. */
final class Consents {
    static final String FIELD = "guardianConsent";

    private Consents() {
    }

    /** The consent as it will be stored, or {@code null}; adds field problems for a missing or incomplete one. */
    static GuardianConsent check(ValidationException.Collector problems, GuardianConsent consent, boolean minor,
            LocalDate today) {
        if (consent == null) {
            if (minor) {
                problems.add(FIELD, "is required for a participant under 18");
            }
            return null;
        }
        String name = Texts.required(problems, FIELD + ".guardianName", consent.guardianName(), 200);
        String contact = Texts.required(problems, FIELD + ".guardianContact", consent.guardianContact(), 200);
        LocalDate on = DateFields.pastDay(problems, FIELD + ".consentedOn", consent.consentedOn(), today, null, null);
        String scope = Texts.required(problems, FIELD + ".scope", consent.scope(), Texts.MAX_TEXT);
        IdentityShapes.reject(problems, FIELD + ".guardianName", name, today);
        IdentityShapes.reject(problems, FIELD + ".guardianContact", contact, today);
        return new GuardianConsent(name, contact, on == null ? null : on.toString(), scope);
    }
}
