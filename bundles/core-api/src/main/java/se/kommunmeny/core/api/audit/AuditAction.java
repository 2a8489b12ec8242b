package se.kommunmeny.core.api.audit;

/** What was done to personal data. */
public enum AuditAction {
    READ,
    /** A read of the name or address of a person with skyddad identitet (protected identity). */
    READ_PROTECTED,
    SEARCH,
    CREATE,
    UPDATE,
    DELETE,
    /** An attempt the caller's role or assignment does not allow; the object names what was tried. */
    DENIED,
    /** An attempt refused as bad input or a conflict (a closed plan, a full programme, dates out of order). */
    REJECTED
}
