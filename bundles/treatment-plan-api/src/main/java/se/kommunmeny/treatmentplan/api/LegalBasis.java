package se.kommunmeny.treatmentplan.api;

/** The legal basis of a placement. */
public enum LegalBasis {
    /** Frivillig insats enligt socialtjänstlagen (SoL). */
    SOL,
    /** Tvångsvård enligt lagen om vård av missbrukare i vissa fall (LVM). */
    LVM,
    /** Placement by the prison service (kriminalvård: vårdvistelse, kontraktsvård). */
    KRIMINALVARD,
    /** Social stofmisbrugsbehandling efter serviceloven § 101 (Denmark): voluntary, within 14 days of the request. */
    SERVICELOVEN;

    /** Voluntary care (SoL in Sweden, serviceloven in Denmark), the only basis an anonymous contact can have. */
    public boolean voluntary() {
        return this == SOL || this == SERVICELOVEN;
    }
}
