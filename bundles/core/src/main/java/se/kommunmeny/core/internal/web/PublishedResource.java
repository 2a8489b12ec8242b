package se.kommunmeny.core.internal.web;

/** A REST resource as published: its address under {@code /kommunmeny} and its class. */
public record PublishedResource(String address, Class<?> resourceClass) {
}
