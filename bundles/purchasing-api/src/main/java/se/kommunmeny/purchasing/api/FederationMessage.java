package se.kommunmeny.purchasing.api;

/**
 * One message between two municipality platforms about a placement order, signed by its sender. A message is
 * delivered at least once and processed at most once: its id makes a retry harmless.
 *
 * @param messageId a UUID chosen by the sender, never reused
 * @param type from the buyer: ORDER, EXTENT, NOTICE, CANCEL; from the supplier: DECISION, STARTED, ENDED, CHARGE,
 *        DOCUMENT, INVOICE
 * @param orderRef the buyer's order id: the key both platforms share
 * @param agreementNumber the agreement the order falls under
 * @param sender the sending municipality's code
 * @param recipient the receiving municipality's code
 * @param sentAt when the sender first queued it (ISO-8601 instant)
 * @param payload the type's content as a JSON object
 * @param signature base64 Ed25519 signature of the sender over the canonical form of all the fields above
 */
public record FederationMessage(String messageId, String type, String orderRef, String agreementNumber,
        String sender, String recipient, String sentAt, String payload, String signature) {

    /** The bytes that are signed: each field on a line of its own, the payload last. */
    public String canonicalForm() {
        return String.join("\n", "kommunmeny-federation-1", nz(messageId), nz(type), nz(orderRef),
                nz(agreementNumber), nz(sender), nz(recipient), nz(sentAt), nz(payload));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
