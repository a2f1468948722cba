package dev.relive.migrate;

import dev.relive.compile.FieldInitializers;
import dev.relive.load.LoadedGeneration;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Migrates the running state of one generation into the next: the static fields of every sketch class and
 * the fields of the entry instance, by the rules of runtime/README.md (Migration), with objects reachable from them carried
 * over deeply by an {@link ObjectTranslator}. It only reads the old state, so a swap that is rejected after
 * migration leaves the old generation exactly as it was.
 */
public final class StateMigrator {

    /** One side of a migration: a loaded generation and its field initializer texts. */
    public record Side(LoadedGeneration loaded, FieldInitializers initializers) {
        public Side {
            Objects.requireNonNull(loaded, "Loaded generation must not be null");
            Objects.requireNonNull(initializers, "Initializers must not be null");
        }
    }

    /**
     * How many objects the migration into each generation met, by its loader: the migration out of it sizes its
     * table by that, so a million objects are not rehashed as the table grows. Only a hint; weak, so a generation's
     * classes can still be unloaded. Written by the thread that migrates (the runtime thread).
     */
    private static final Map<ClassLoader, Integer> OBJECTS_MET =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private final Side from;
    private final Side to;
    private final boolean onlyKept;
    private final MigrationReport.Builder report = new MigrationReport.Builder();
    private final ObjectTranslator translator;

    private final FieldRenames renames;

    private StateMigrator(Side from, Side to, boolean onlyKept, FieldRenames renames) {
        this.from = from;
        this.to = to;
        this.onlyKept = onlyKept;
        this.renames = Objects.requireNonNull(renames, "Renames must not be null");
        this.translator = new ObjectTranslator(to.loaded(), from.initializers(), to.initializers(), report,
                OBJECTS_MET.getOrDefault(from.loaded().loader(), 0), renames);
    }

    /**
     * Migrates statics from {@code from} to {@code to}, then the fields of {@code oldInstance} into
     * {@code newInstance} (either may be null, as in script mode).
     */
    public static MigrationReport migrate(Side from, Side to, Object oldInstance, Object newInstance) {
        return migrate(from, to, oldInstance, newInstance, FieldRenames.NONE);
    }

    /** Like {@link #migrate(Side, Side, Object, Object)}, carrying each field of {@code renames} to its new name. */
    public static MigrationReport migrate(Side from, Side to, Object oldInstance, Object newInstance, FieldRenames renames) {
        StateMigrator migrator = new StateMigrator(from, to, false, renames);
        if (oldInstance != null && newInstance != null) {
            migrator.translator.alias(oldInstance, newInstance); // inner objects' outer reference is the new instance
        }
        migrator.migrateStatics();
        if (oldInstance != null && newInstance != null) {
            migrator.migrateFields(oldInstance.getClass(), oldInstance, newInstance.getClass(), newInstance, false);
        }
        OBJECTS_MET.put(to.loaded().loader(), migrator.translator.objectsMet());
        return migrator.report.build();
    }

    /**
     * Script mode: every run of {@code main} is a fresh program, as in hotload and pylivecode, so only statics
     * marked {@code @Keep} carry over.
     */
    public static MigrationReport migrateKeptStatics(Side from, Side to) {
        StateMigrator migrator = new StateMigrator(from, to, true, FieldRenames.NONE);
        migrator.migrateStatics();
        return migrator.report.build();
    }

    private void migrateStatics() {
        for (Map.Entry<String, Class<?>> e : from.loaded().classes().entrySet()) {
            Class<?> oldClass = e.getValue();
            Class<?> newClass = to.loaded().find(e.getKey()).orElse(null);
            if (newClass == null) {
                staticFields(oldClass).keySet().forEach(f ->
                        report.dropped(ObjectTranslator.shortName(oldClass) + "." + f, "class deleted"));
            } else if (!isAnonymous(newClass)) {
                migrateFields(oldClass, null, newClass, null, true);
            }
        }
        for (Class<?> newClass : to.loaded().classes().values()) {
            if (from.loaded().find(newClass.getName()).isEmpty() && !isAnonymous(newClass)) {
                staticFields(newClass).keySet().forEach(f -> report.added(ObjectTranslator.shortName(newClass) + "." + f));
            }
        }
    }

    private void migrateFields(Class<?> oldClass, Object oldObject, Class<?> newClass, Object newObject, boolean statics) {
        Map<String, Field> newFields = statics ? staticFields(newClass) : ObjectTranslator.instanceFields(newClass, false);
        Map<String, Field> oldFields = renames.matched(
                statics ? staticFields(oldClass) : ObjectTranslator.instanceFields(oldClass, false), newFields);
        for (Map.Entry<String, Field> e : newFields.entrySet()) {
            Field newField = e.getValue();
            Field oldField = oldFields.get(e.getKey());
            String name = ObjectTranslator.shortName(newField.getDeclaringClass()) + "." + newField.getName();
            if (oldField == null) {
                report.added(name);
                continue;
            }
            FieldRule rule = FieldRule.of(newField,
                    from.initializers().of(oldField.getDeclaringClass().getName(), oldField.getName()).orElse(null),
                    to.initializers().of(newField.getDeclaringClass().getName(), newField.getName()).orElse(null));
            if (onlyKept && !newField.isAnnotationPresent(dev.relive.api.Keep.class)) {
                report.reset(name, null);
            } else if (rule != FieldRule.KEEP) {
                report.reset(name, !oldField.getType().getName().equals(newField.getType().getName())
                        ? "type changed from " + oldField.getType().getSimpleName() + " to " + newField.getType().getSimpleName()
                        : Modifier.isFinal(newField.getModifiers()) && statics ? "static final with an edited initializer" : null);
            } else {
                carry(oldField, oldObject, newField, newObject, name);
            }
        }
        oldFields.forEach((fieldName, f) -> {
            if (!newFields.containsKey(fieldName)) {
                report.dropped(ObjectTranslator.shortName(f.getDeclaringClass()) + "." + f.getName(), null);
            }
        });
    }

    private void carry(Field oldField, Object oldObject, Field newField, Object newObject, String name) {
        try {
            Object value = translator.translate(oldField.get(oldObject), newField.getType());
            if (Modifier.isStatic(newField.getModifiers())) {
                Allocator.writeStatic(newField, value);
            } else {
                newField.set(newObject, value);
            }
            report.kept(name);
        } catch (Untranslatable u) {
            report.reset(name, u.getMessage());
        } catch (IllegalAccessException e) {
            report.reset(name, "cannot be written: " + e.getMessage());
        }
    }

    private static boolean isAnonymous(Class<?> type) {
        return type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic();
    }

    private static Map<String, Field> staticFields(Class<?> type) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Field f : type.getDeclaredFields()) {
            // A static final of a primitive type or String is a constant that javac may have inlined into other
            // classes: it always takes the new value. Any other static final (a list, a map) is state.
            boolean constant = Modifier.isFinal(f.getModifiers()) && (f.getType().isPrimitive() || f.getType() == String.class);
            if (Modifier.isStatic(f.getModifiers()) && !constant && !f.isSynthetic() && !f.isEnumConstant()) {
                f.setAccessible(true);
                fields.put(f.getName(), f);
            }
        }
        return fields;
    }
}
