package se.kommunmeny.purchasing.internal.invoicing;

import java.util.Objects;

/**
 * A seller or buyer on an invoice: a municipality or a provider, addressed in Peppol by its endpoint.
 *
 * @param legalId organisation number (Sweden, 10 digits) or CVR (Denmark, 8 digits), or {@code null}
 * @param vatId VAT number (SE + organisation number + 01, DK + CVR); the seller's is required on a VAT-exempt
 *        Peppol invoice
 * @param endpointId the Peppol electronic address
 * @param endpointScheme its EAS scheme: "0007" Swedish organisation number, "0184" CVR, "0088" GLN/EAN
 * @param countryCode SE or DK (ISO 3166-1 alpha-2)
 * @param bankAccount IBAN or Swedish bankgiro number, or {@code null}
 * @param paymentMeansCode UNCL 4461 code of the account, e.g. "30" credit transfer, "58" SEPA credit transfer;
 *        required with an account
 * @param contactName optional
 * @param contactEmail optional
 */
public record Party(String name, String legalId, String vatId, String endpointId, String endpointScheme,
        String street, String city, String postalCode, String countryCode, String bankAccount,
        String paymentMeansCode, String contactName, String contactEmail) {

    public Party {
        Objects.requireNonNull(name, "party name");
        Objects.requireNonNull(endpointId, "endpoint id of " + name);
        Objects.requireNonNull(endpointScheme, "endpoint scheme of " + name);
        if (countryCode == null || !countryCode.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("Country of " + name + " must be a two-letter code: " + countryCode);
        }
        if (bankAccount != null && paymentMeansCode == null) {
            throw new IllegalArgumentException("The bank account of " + name + " needs a payment means code");
        }
    }

    /** The ICD scheme of the legal id by country: "0007" in Sweden, "0184" in Denmark, otherwise {@code null}. */
    String legalIdScheme() {
        return switch (countryCode) {
            case "SE" -> "0007";
            case "DK" -> "0184";
            default -> null;
        };
    }

    /** Whether the account is a Swedish bankgiro number (digits with an optional hyphen) rather than an IBAN. */
    boolean bankgiro() {
        return bankAccount != null && bankAccount.matches("\\d{3,4}-?\\d{4}");
    }
}
