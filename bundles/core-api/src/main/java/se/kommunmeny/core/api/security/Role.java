package se.kommunmeny.core.api.security;

import java.util.List;

/** The roles of the platform's JAAS realm (see DESIGN.md). */
public final class Role {
    /** Handläggare: case officer; registers persons, commissions and decides services. */
    public static final String HANDLAGGARE = "handlaggare";
    /** Behandlare: practitioner; plans, sessions, notes and groups for assigned clients. */
    public static final String BEHANDLARE = "behandlare";
    /** Enhetschef: unit manager; capacity, waiting lists, agreements, statistics without identities. */
    public static final String ENHETSCHEF = "enhetschef";
    /** Loggranskare: audit reviewer; reads the audit log. */
    public static final String LOGGRANSKARE = "loggranskare";
    /** IT operator: features, configuration, health; no personal data. */
    public static final String OPERATOR = "operator";
    /** Another municipality's platform: purchasing and joint-group endpoints only. */
    public static final String PARTNER = "partner";

    public static final List<String> ALL = List.of(HANDLAGGARE, BEHANDLARE, ENHETSCHEF, LOGGRANSKARE, OPERATOR, PARTNER);

    /** The municipality's own staff and operators: every role but {@link #PARTNER}. */
    public static final String[] STAFF = {HANDLAGGARE, BEHANDLARE, ENHETSCHEF, LOGGRANSKARE, OPERATOR};

    /**
     * Who may read the menu: the staff, and partner accounts — partner municipalities and the county's overview read
     * what a municipality offers (the menu holds no personal data).
     */
    public static final String[] MENU_READERS = {HANDLAGGARE, BEHANDLARE, ENHETSCHEF, LOGGRANSKARE, OPERATOR, PARTNER};

    private Role() {
    }
}
