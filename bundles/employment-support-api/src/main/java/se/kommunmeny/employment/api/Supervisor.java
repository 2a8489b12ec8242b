package se.kommunmeny.employment.api;

/** Arbetshandledare: the work place's supervisor (staff, not client data). */
public record Supervisor(String name, String phone) {
}
