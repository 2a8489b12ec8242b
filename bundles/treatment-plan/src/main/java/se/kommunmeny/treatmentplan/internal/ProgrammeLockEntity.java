package se.kommunmeny.treatmentplan.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row per programme, locked while its places are counted and taken. */
@Entity
@Table(name = "tp_programme_lock")
public class ProgrammeLockEntity {
    @Id
    @Column(name = "programme_id")
    private String programmeId;

    protected ProgrammeLockEntity() {
    }

    ProgrammeLockEntity(String programmeId) {
        this.programmeId = programmeId;
    }
}
