package dev.relive.migrate;

import dev.relive.api.Keep;
import dev.relive.api.Reset;

import java.lang.reflect.Field;
import java.util.Objects;

/**
 * The migration rule for one field that exists in both generations (see the package javadoc):
 * {@code @Reset} and an edited initializer take the new value, {@code @Keep} and everything else keep the
 * running one, converted if the type changed.
 */
enum FieldRule {
    /** Carry the running value over. */
    KEEP,
    /** The field is annotated {@code @Reset}. */
    RESET_ANNOTATED,
    /** The initializer text was edited. */
    RESET_EDITED;

    /** The rule for {@code newField}, given the initializer texts of both generations (null when unknown). */
    static FieldRule of(Field newField, String oldInitializer, String newInitializer) {
        if (newField.isAnnotationPresent(Reset.class)) {
            return RESET_ANNOTATED;
        }
        if (newField.isAnnotationPresent(Keep.class)) {
            return KEEP;
        }
        if (oldInitializer != null && newInitializer != null && !Objects.equals(oldInitializer, newInitializer)) {
            return RESET_EDITED;
        }
        return KEEP;
    }

}
