package se.kommunmeny.employment.internal;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/** A participant of a network meeting: the organisation and, optionally, a name. */
@Embeddable
public class ParticipantValue {
    @Column(name = "organisation", nullable = false)
    String organisation;
    @Column(name = "name")
    String name;

    protected ParticipantValue() {
    }

    ParticipantValue(String organisation, String name) {
        this.organisation = organisation;
        this.name = name;
    }
}
