package se.kommunmeny.regionaloverview.internal;

/** A platform's answer that is not a menu; the message is a short reason that can be shown as it is. */
public class InvalidMenuException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidMenuException(String reason) {
        super(reason, null, false, false);
    }
}
