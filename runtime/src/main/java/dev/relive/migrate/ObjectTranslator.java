package dev.relive.migrate;

import dev.relive.compile.FieldInitializers;
import dev.relive.load.GenerationLoader;
import dev.relive.load.LoadedGeneration;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Carries a value from an old generation into the new one, deeply. Objects of old sketch classes become
 * objects of the same-named new classes, arrays and JDK collections and maps are copied with their
 * contents translated, and identity is kept: one old object becomes exactly one new object, so aliasing
 * and cycles survive. The old graph is only read, never written.
 */
final class ObjectTranslator {

    private final LoadedGeneration to;
    private final FieldInitializers fromInits;
    private final FieldInitializers toInits;
    private final MigrationReport.Builder report;
    private final IdentityHashMap<Object, Object> done = new IdentityHashMap<>();
    private final Map<Class<?>, ClassPlan> plans = new HashMap<>();

    ObjectTranslator(LoadedGeneration to, FieldInitializers fromInits, FieldInitializers toInits,
                     MigrationReport.Builder report) {
        this.to = to;
        this.fromInits = fromInits;
        this.toInits = toInits;
        this.report = report;
    }

    /** {@code value} as it should be in the new generation, fitting a field of type {@code target}. */
    Object translate(Object value, Class<?> target) throws Untranslatable {
        Object result = translate(value);
        if (!Conversions.fits(result, target)) {
            return Conversions.widen(result, target);
        }
        return result;
    }

    /** Records that {@code old} becomes {@code twin}, such as the entry instance and its newly constructed successor. */
    void alias(Object old, Object twin) {
        done.put(old, twin);
    }

    /** Whether {@code type} is a sketch class of some generation other than the new one. */
    boolean isOldSketchClass(Class<?> type) {
        return type.getClassLoader() instanceof GenerationLoader loader && loader != to.loader();
    }

    /** The new generation's class for an old class, mapping array and sketch types by name. */
    Class<?> mapType(Class<?> type) throws Untranslatable {
        if (type.isArray()) {
            return mapType(type.getComponentType()).arrayType();
        }
        if (!isOldSketchClass(type)) {
            return type;
        }
        return to.find(type.getName())
                .orElseThrow(() -> new Untranslatable("class " + type.getName() + " was deleted"));
    }

    private Object translate(Object value) throws Untranslatable {
        if (value == null) {
            return null;
        }
        Object known = done.get(value);
        if (known != null) {
            return known;
        }
        Class<?> type = value.getClass();
        if (type.isArray()) { // before the sketch-class test: an array of sketch objects has its component's loader
            return translateArray(value, type);
        }
        if (isOldSketchClass(type)) {
            return translateSketchObject(value, type);
        }
        if (value instanceof Collection<?> c && type.getName().startsWith("java.util")) {
            return translateCollection(c);
        }
        if (value instanceof Map<?, ?> m && type.getName().startsWith("java.util")) {
            return translateMap(m);
        }
        if (value instanceof Optional<?> o) {
            return o.isPresent() ? Optional.ofNullable(translate(o.get())) : o;
        }
        if (value instanceof AtomicReference<?> ref) {
            AtomicReference<Object> copy = new AtomicReference<>();
            done.put(value, copy);
            copy.set(translate(ref.get()));
            return copy;
        }
        return value; // JDK values and library objects are shared as they are
    }

    private Object translateSketchObject(Object value, Class<?> type) throws Untranslatable {
        if (type.isHidden() || type.isSynthetic() || type.getName().contains("$$Lambda")) {
            throw new Untranslatable("a lambda held in state cannot move to new code");
        }
        if (type.isAnonymousClass() || type.isLocalClass()) {
            throw new Untranslatable("an anonymous or local class (" + type.getName() + ") held in state cannot move to new code");
        }
        Class<?> newType = mapType(type);
        if (type.isEnum() || (type.getSuperclass() != null && type.getSuperclass().isEnum())) {
            return translateEnum((Enum<?>) value, newType.isEnum() ? newType : newType.getSuperclass());
        }
        if (type.isRecord()) {
            return translateRecord(value, type, newType);
        }
        ClassPlan plan = plans.computeIfAbsent(type, t -> new ClassPlan(t, newType));
        Object twin = Allocator.allocate(newType);
        done.put(value, twin);
        plan.copy(value, twin);
        return twin;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object translateEnum(Enum<?> value, Class<?> newType) throws Untranslatable {
        if (!newType.isEnum()) {
            throw new Untranslatable(newType.getName() + " is no longer an enum");
        }
        try {
            Object constant = Enum.valueOf((Class) newType, value.name());
            done.put(value, constant);
            return constant;
        } catch (IllegalArgumentException e) {
            throw new Untranslatable("enum constant " + value.getDeclaringClass().getSimpleName() + "." + value.name()
                    + " was removed");
        }
    }

    private Object translateRecord(Object value, Class<?> type, Class<?> newType) throws Untranslatable {
        if (!newType.isRecord()) {
            throw new Untranslatable(newType.getName() + " is no longer a record");
        }
        Map<String, Object> old = new HashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            try {
                c.getAccessor().setAccessible(true);
                old.put(c.getName(), c.getAccessor().invoke(value));
            } catch (ReflectiveOperationException e) {
                throw new Untranslatable("cannot read record component " + c.getName() + ": " + e.getMessage());
            }
        }
        RecordComponent[] components = newType.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            if (old.containsKey(components[i].getName())) {
                args[i] = translate(old.get(components[i].getName()), types[i]);
            } else {
                args[i] = defaultValue(types[i]);
                report.added(shortName(newType) + "." + components[i].getName());
            }
        }
        try {
            Constructor<?> canonical = newType.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            Object rebuilt = canonical.newInstance(args);
            done.put(value, rebuilt);
            return rebuilt;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new Untranslatable("record " + newType.getSimpleName() + " rejected its old values: " + e);
        }
    }

    private Object translateArray(Object array, Class<?> type) throws Untranslatable {
        Class<?> component = type.getComponentType();
        if (component.isPrimitive()) {
            int length = Array.getLength(array);
            Object copy = Array.newInstance(component, length);
            System.arraycopy(array, 0, copy, 0, length);
            done.put(array, copy);
            return copy;
        }
        Object[] old = (Object[]) array;
        Object[] copy = (Object[]) Array.newInstance(mapType(component), old.length);
        done.put(array, copy);
        for (int i = 0; i < old.length; i++) {
            copy[i] = translate(old[i]);
        }
        return copy;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object translateCollection(Collection<?> old) throws Untranslatable {
        List<Object> items = new ArrayList<>(old.size());
        Collection<Object> copy = emptyLike(old);
        if (copy == null) {
            for (Object item : old) {
                items.add(translate(item));
            }
            Object immutable = old instanceof Set<?> ? Set.copyOf(items) : Collections.unmodifiableList(items);
            done.put(old, immutable);
            return immutable;
        }
        done.put(old, copy);
        for (Object item : old) {
            copy.add(translate(item));
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private Object translateMap(Map<?, ?> old) throws Untranslatable {
        Map<Object, Object> copy = emptyLike(old);
        boolean immutable = copy == null;
        if (immutable) {
            copy = new java.util.LinkedHashMap<>();
        }
        done.put(old, copy);
        for (Map.Entry<?, ?> e : old.entrySet()) {
            copy.put(translate(e.getKey()), translate(e.getValue()));
        }
        if (immutable) {
            Map<Object, Object> frozen = Collections.unmodifiableMap(copy);
            done.put(old, frozen);
            return frozen;
        }
        return copy;
    }

    /** A new empty instance of a JDK collection's own class, or null for immutable and wrapper kinds. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private <T> T emptyLike(Object old) throws Untranslatable {
        Class<?> type = old.getClass();
        if (!Modifier.isPublic(type.getModifiers())) {
            return null; // List.of, Collections.unmodifiableX, Arrays.asList and friends: rebuilt as unmodifiable
        }
        try {
            Object comparator = old instanceof SortedSet<?> s ? s.comparator()
                    : old instanceof SortedMap<?, ?> m ? m.comparator()
                    : old instanceof java.util.PriorityQueue<?> q ? q.comparator() : null;
            if (comparator != null) {
                Object newComparator = translate(comparator);
                return (T) type.getConstructor(Comparator.class).newInstance(newComparator);
            }
            return (T) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    static Object defaultValue(Class<?> type) {
        return type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0) : null;
    }

    static String shortName(Class<?> type) {
        String name = type.getName();
        return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
    }

    /**
     * How to fill the twin of one old class, worked out once per class: which fields carry their old value, and
     * which take their declared initializer value (new fields, edited initializers, {@code @Reset}).
     */
    private final class ClassPlan {
        private final List<Allocator.PrimitiveCopy> primitives = new ArrayList<>();
        private final List<Field[]> carried = new ArrayList<>();
        private final List<Field> initialized = new ArrayList<>();
        private final Map<Field, java.lang.reflect.Method> initializers = new HashMap<>();

        ClassPlan(Class<?> oldType, Class<?> newType) {
            Map<String, Field> oldFields = instanceFields(oldType, true);
            Map<String, Field> newFields = instanceFields(newType, true);
            for (Map.Entry<String, Field> e : newFields.entrySet()) {
                Field oldField = oldFields.get(e.getKey());
                Field newField = e.getValue();
                String owner = shortName(newField.getDeclaringClass());
                if (oldField == null) {
                    if (!newField.isSynthetic()) {
                        report.added(owner + "." + newField.getName());
                    }
                    initialized.add(newField);
                } else if (newField.isSynthetic() || FieldRule.of(newField,
                        fromInits.of(oldField.getDeclaringClass().getName(), oldField.getName()).orElse(null),
                        toInits.of(newField.getDeclaringClass().getName(), newField.getName()).orElse(null)) == FieldRule.KEEP) {
                    Allocator.PrimitiveCopy primitive = Allocator.primitiveCopy(oldField, newField);
                    if (primitive != null) {
                        primitives.add(primitive);
                    } else {
                        carried.add(new Field[]{oldField, newField});
                    }
                } else {
                    initialized.add(newField);
                }
                initializerOf(newField).ifPresent(m -> initializers.put(newField, m));
            }
            oldFields.keySet().stream().filter(n -> !newFields.containsKey(n)).forEach(n ->
                    report.dropped(shortName(oldFields.get(n).getDeclaringClass()) + "." + oldFields.get(n).getName(), null));
        }

        void copy(Object from, Object into) throws Untranslatable {
            for (Allocator.PrimitiveCopy primitive : primitives) {
                primitive.copy(from, into);
            }
            for (Field[] pair : carried) {
                try {
                    pair[1].set(into, translate(pair[0].get(from), pair[1].getType()));
                } catch (Untranslatable u) {
                    report.reset(shortName(pair[1].getDeclaringClass()) + "." + pair[1].getName(), u.getMessage());
                    initialize(pair[1], into);
                } catch (IllegalAccessException e) {
                    throw new Untranslatable("cannot copy field " + pair[1] + ": " + e.getMessage());
                }
            }
            for (Field field : initialized) {
                initialize(field, into);
            }
        }

        /** Gives {@code field} of {@code twin} its declared initializer value, or leaves its default. */
        private void initialize(Field field, Object twin) {
            java.lang.reflect.Method initializer = initializers.get(field);
            if (initializer == null) {
                return; // declared without an initializer: its default value is the declared value
            }
            try {
                field.set(twin, initializer.invoke(twin));
            } catch (ReflectiveOperationException | RuntimeException e) {
                Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ite ? ite.getCause() : e;
                report.note(shortName(field.getDeclaringClass()) + "." + field.getName(),
                        "its initializer threw " + cause + "; it starts at its default value");
            }
        }
    }

    /** The generated method that evaluates {@code field}'s initializer (see the compiler's InitializerMethods). */
    private static Optional<java.lang.reflect.Method> initializerOf(Field field) {
        try {
            java.lang.reflect.Method m = field.getDeclaringClass().getDeclaredMethod("$relive$init$" + field.getName());
            m.setAccessible(true);
            return Optional.of(m);
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    /**
     * Every non-static field of {@code type} and its sketch superclasses, by name (the nearest declaration wins),
     * made accessible; synthetic ones (an inner class's outer instance) only when asked for.
     */
    static Map<String, Field> instanceFields(Class<?> type, boolean withSynthetic) {
        Map<String, Field> fields = new java.util.LinkedHashMap<>();
        for (Class<?> c = type; c != null && c.getClassLoader() instanceof GenerationLoader; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && (withSynthetic || !f.isSynthetic()) && !fields.containsKey(f.getName())) {
                    f.setAccessible(true);
                    fields.put(f.getName(), f);
                }
            }
        }
        return fields;
    }
}
