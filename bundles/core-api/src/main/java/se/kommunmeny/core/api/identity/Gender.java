package se.kommunmeny.core.api.identity;

/** Legal gender as encoded in an identity number. */
public enum Gender {
    FEMALE,
    MALE
}
