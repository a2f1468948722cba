package dev.relive.compile;

import java.util.Map;
import java.util.Optional;

/**
 * The source text of every field's initializer, per sketch class, so migration can tell an edited
 * initializer ({@code double speed = 2.5} became {@code 3.0}) from an untouched one. A field declared
 * without an initializer has the empty text.
 *
 * @param byClass binary class name to field name to initializer text
 */
public record FieldInitializers(Map<String, Map<String, String>> byClass) {

    /** No classes known. */
    public static final FieldInitializers NONE = new FieldInitializers(Map.of());

    public FieldInitializers {
        byClass = Map.copyOf(byClass);
    }

    /** The initializer text of a field, or empty when the class or field is unknown. */
    public Optional<String> of(String className, String field) {
        Map<String, String> fields = byClass.get(className);
        return fields == null ? Optional.empty() : Optional.ofNullable(fields.get(field));
    }
}
