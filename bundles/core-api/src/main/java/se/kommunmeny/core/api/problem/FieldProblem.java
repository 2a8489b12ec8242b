package se.kommunmeny.core.api.problem;

/**
 * What is wrong with one field of the input.
 *
 * @param field JSON pointer-like path of the field, e.g. {@code identityNumber} or {@code goals[0].text}
 * @param message what is wrong, without echoing the value
 */
public record FieldProblem(String field, String message) {
}
