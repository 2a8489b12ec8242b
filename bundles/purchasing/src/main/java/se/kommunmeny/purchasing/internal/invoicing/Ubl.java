package se.kommunmeny.purchasing.internal.invoicing;

/** Names and identifiers of UBL 2.1 as Peppol BIS Billing 3.0 uses them. */
final class Ubl {
    static final String INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    static final String CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    static final String CUSTOMIZATION_ID =
            "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    static final String PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
    static final String INVOICE_TYPE = "380";
    static final String CREDIT_NOTE_TYPE = "381";

    /** VAT category E, exempt: article 132(1)(g) of the VAT directive, social welfare and social security. */
    static final String VAT_EXEMPT = "E";
    static final String VAT_EXEMPTION_CODE = "VATEX-EU-132-1G";
    static final String BANKGIRO = "SE:BANKGIRO";

    private Ubl() {
    }
}
