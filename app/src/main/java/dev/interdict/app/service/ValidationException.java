package dev.interdict.app.service;

import java.util.List;

/** Input that cannot be accepted, with one message per problem (at most {@link #MAX_ERRORS}). */
public final class ValidationException extends RuntimeException {

    public static final int MAX_ERRORS = 20;
    private final List<String> errors;

    public ValidationException(List<String> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0)
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        this.errors = List.copyOf(errors.subList(0, Math.min(errors.size(), MAX_ERRORS)));
    }

    public ValidationException(String error) {
        this(List.of(error));
    }

    public List<String> errors() {
        return errors;
    }
}
