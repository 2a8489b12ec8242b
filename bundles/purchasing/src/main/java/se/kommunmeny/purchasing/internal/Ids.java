package se.kommunmeny.purchasing.internal;

import java.util.UUID;

/** Ids are random UUIDs written in lower case; anything else is not looked up. */
final class Ids {
    private Ids() {
    }

    static boolean isId(String id) {
        try {
            return id != null && id.length() == 36 && UUID.fromString(id).toString().equals(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
