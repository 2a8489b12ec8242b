package se.kommunmeny.treatmentplan.api;

/** The legal basis of a placement. */
public enum LegalBasis {
    /** Frivillig insats enligt socialtjänstlagen (SoL). */
    SOL,
    /** Tvångsvård enligt lagen om vård av missbrukare i vissa fall (LVM). */
    LVM,
    /** Placement by the prison service (kriminalvård: vårdvistelse, kontraktsvård). */
    KRIMINALVARD
}
