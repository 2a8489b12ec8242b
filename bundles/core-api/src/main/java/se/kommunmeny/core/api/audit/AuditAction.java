package se.kommunmeny.core.api.audit;

/** What was done to personal data. */
public enum AuditAction {
    READ,
    /** A read of the name or address of a person with skyddad identitet (protected identity). */
    READ_PROTECTED,
    SEARCH,
    CREATE,
    UPDATE,
    DELETE
}
