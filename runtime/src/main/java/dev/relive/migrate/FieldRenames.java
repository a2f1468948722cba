package dev.relive.migrate;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Fields renamed between one generation and the next, as a refactoring that knows both names tells the engine.
 * Migration matches fields by name, so without this a renamed field is dropped under its old name and starts over
 * under its new one; with it, the old field's value is carried to the new name. A rename applies only where it is
 * unambiguous: the old class declares the old name and not the new one, and the new class the new name and not the
 * old one. Otherwise fields are matched by name as always.
 *
 * @param renames each renamed field, by the binary name of the class that declares it
 */
public record FieldRenames(Set<Rename> renames) {

    /** No field renamed. */
    public static final FieldRenames NONE = new FieldRenames(Set.of());

    /** One renamed field: {@code from} became {@code to} in class {@code className} (a binary name). */
    public record Rename(String className, String from, String to) {
        /** Fails fast on a missing part. */
        public Rename {
            Objects.requireNonNull(className, "Class name must not be null");
            Objects.requireNonNull(from, "Old name must not be null");
            Objects.requireNonNull(to, "New name must not be null");
        }
    }

    /** Copies the set. */
    public FieldRenames {
        renames = Set.copyOf(Objects.requireNonNull(renames, "Renames must not be null"));
    }

    /** The renames of {@code renames}. */
    public static FieldRenames of(Collection<Rename> renames) {
        return new FieldRenames(Set.copyOf(renames));
    }

    /** These renames and {@code more}. */
    public FieldRenames and(FieldRenames more) {
        Set<Rename> all = new LinkedHashSet<>(renames);
        all.addAll(more.renames());
        return new FieldRenames(all);
    }

    /** Whether no field is renamed. */
    public boolean isEmpty() {
        return renames.isEmpty();
    }

    /**
     * {@code oldFields} (by name) with each unambiguously renamed field keyed by its new name, so matching by name
     * against {@code newFields} carries it over.
     */
    Map<String, Field> matched(Map<String, Field> oldFields, Map<String, Field> newFields) {
        if (renames.isEmpty()) {
            return oldFields;
        }
        Map<String, Field> keyed = new LinkedHashMap<>(oldFields);
        for (Rename r : renames) {
            Field old = oldFields.get(r.from());
            Field renamed = newFields.get(r.to());
            if (old != null && renamed != null && !oldFields.containsKey(r.to()) && !newFields.containsKey(r.from())
                    && old.getDeclaringClass().getName().equals(r.className())
                    && renamed.getDeclaringClass().getName().equals(r.className())) {
                keyed.remove(r.from());
                keyed.put(r.to(), old);
            }
        }
        return keyed;
    }
}
