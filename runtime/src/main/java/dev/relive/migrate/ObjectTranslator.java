package dev.relive.migrate;

import dev.relive.compile.FieldInitializers;
import dev.relive.load.GenerationLoader;
import dev.relive.load.LoadedGeneration;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Carries a value from an old generation into the new one, deeply. Objects of old sketch classes become objects
 * of the same-named new classes, arrays become arrays of the new classes, JDK containers are rebuilt with their
 * kind kept ({@link JdkContainers}), lambdas are re-created against the new code ({@link SketchFunctions}) and
 * classes and reflection objects are looked up again ({@link SketchReflection}). Identity is kept: one old object
 * becomes exactly one new object, so aliasing and cycles survive. The old graph is only read, never written.
 *
 * <p>The walk is depth-first with an explicit stack, so a list of a million nodes cannot overflow the thread's
 * stack. Mutable objects (sketch objects, arrays) get their twin when first met and their fields when the walk
 * leaves them. Values built from their parts (records, containers, lambdas, {@code Optional}) are built when the
 * walk leaves them, after everything they hold, so a {@code HashSet} hashes finished keys and a record's
 * constructor sees finished components. A field that points back to a value still being built is patched
 * once it exists.
 */
final class ObjectTranslator {

    /** The twin of a value whose parts are still being translated. */
    private static final Object IN_PROGRESS = new Object();
    /** What {@link #visit} returns when it pushed a frame for the value instead of translating it at once. */
    private static final Object PUSHED = new Object();

    /** Immutable JDK values, shared as they are without looking inside. */
    private static final java.util.Set<Class<?>> SHARED = java.util.Set.of(String.class, Integer.class, Long.class,
            Double.class, Float.class, Short.class, Byte.class, Character.class, Boolean.class,
            java.math.BigInteger.class, java.math.BigDecimal.class);

    private final LoadedGeneration to;
    private final FieldInitializers fromInits;
    private final FieldInitializers toInits;
    private final MigrationReport.Builder report;
    private final TwinTable done;
    private final IdentityHashMap<Object, String> failed = new IdentityHashMap<>();
    private final IdentityHashMap<Object, List<Frame.Slot>> patches = new IdentityHashMap<>();
    private final ArrayDeque<Frame> stack = new ArrayDeque<>();
    private final Map<Class<?>, ClassPlan> plans = new HashMap<>();
    /** The class last met and what it is: objects come in runs of one class (a grid's cells, a list's balls). */
    private Class<?> lastType;
    private boolean lastShared;
    private ClassPlan lastPlan;
    private final SketchFunctions functions;
    private final SketchReflection reflection;

    private final FieldRenames renames;

    ObjectTranslator(LoadedGeneration to, FieldInitializers fromInits, FieldInitializers toInits,
                     MigrationReport.Builder report, int expectedObjects, FieldRenames renames) {
        this.renames = renames;
        this.to = to;
        this.done = new TwinTable(expectedObjects);
        this.fromInits = fromInits;
        this.toInits = toInits;
        this.report = report;
        this.functions = new SketchFunctions(this, to, report);
        this.reflection = new SketchReflection(this, to, functions);
    }

    /** {@code value} as it should be in the new generation, fitting a field of type {@code target}. */
    Object translate(Object value, Class<?> target) throws Untranslatable {
        Object result = translate(value);
        if (!Conversions.fits(result, target)) {
            return Conversions.widen(result, target);
        }
        return result;
    }

    /** How many old values were met and twinned (or failed) so far. */
    int objectsMet() {
        return done.size();
    }

    /** Records that {@code old} becomes {@code twin}, such as the entry instance and its newly constructed successor. */
    void alias(Object old, Object twin) {
        done.put(old, twin);
    }

    /** Whether {@code type} (or an array's element type) is a sketch class of some generation other than the new one. */
    boolean isOldSketchClass(Class<?> type) {
        while (type.isArray()) {
            type = type.getComponentType();
        }
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
        Object result = visit(value);
        if (result != PUSHED) {
            return result;
        }
        walk();
        String why = failed.get(value);
        if (why != null) {
            throw new Untranslatable(why);
        }
        return done.get(value);
    }

    /**
     * The twin of {@code value} when it is known or can be made at once, {@link #IN_PROGRESS} for a value being
     * built further up the stack, or {@link #PUSHED} after pushing a frame that will make it.
     */
    private Object visit(Object value) throws Untranslatable {
        if (value == null) {
            return null;
        }
        Class<?> type = value.getClass();
        if (type != lastType) {
            lastType = type;
            lastShared = isShared(type);
            lastPlan = plans.get(type);
        }
        if (lastShared) {
            return value; // never twinned, so no need to look it up
        }
        Object known = done.get(value);
        if (known != null) {
            return known;
        }
        if (!failed.isEmpty()) {
            String why = failed.get(value);
            if (why != null) {
                throw new Untranslatable(why);
            }
        }
        if (value instanceof Class<?> c) {
            return mapType(c);
        }
        if (type.isArray()) {
            return visitArray(value, type);
        }
        if (isOldSketchClass(type)) {
            return visitSketchObject(value, type);
        }
        return visitJdkObject(value, type);
    }

    /** Whether objects of {@code type} are shared as they are: immutable JDK values and libraries' objects. */
    private boolean isShared(Class<?> type) {
        return SHARED.contains(type) || (!type.isArray() && type.getClassLoader() != null && !isOldSketchClass(type));
    }

    private Object visitArray(Object array, Class<?> type) throws Untranslatable {
        Class<?> component = type.getComponentType();
        int length = Array.getLength(array);
        if (component.isPrimitive()) {
            Object copy = Array.newInstance(component, length);
            System.arraycopy(array, 0, copy, 0, length);
            done.put(array, copy);
            return copy;
        }
        Object[] twin = (Object[]) Array.newInstance(mapType(component), length);
        done.put(array, twin);
        return push(new ArrayFrame(array, (Object[]) array, twin));
    }

    private Object visitSketchObject(Object value, Class<?> type) throws Untranslatable {
        ClassPlan plan = lastPlan; // the common case, a plain object of a class met before, decided once per class
        if (plan == null) {
            if (SketchFunctions.isLambda(type)) {
                return late(value, functions.shape(value));
            }
            if (type.isAnonymousClass() || type.isLocalClass()) {
                throw new Untranslatable("an object of the anonymous or local class " + type.getName()
                        + " cannot move to new code: their names are numbered by position; use a named class");
            }
            Class<?> newType = mapType(type);
            if (type.isEnum() || (type.getSuperclass() != null && type.getSuperclass().isEnum())) {
                return translateEnum((Enum<?>) value, newType.isEnum() ? newType : newType.getSuperclass());
            }
            if (type.isRecord()) {
                return late(value, recordShape(value, type, newType));
            }
            for (Class<?> up = type.getSuperclass(); up != null && up != Object.class; up = up.getSuperclass()) {
                if (!(up.getClassLoader() instanceof GenerationLoader)
                        && java.util.Arrays.stream(up.getDeclaredFields()).anyMatch(f -> !Modifier.isStatic(f.getModifiers()))) {
                    throw new Untranslatable(type.getName() + " extends " + up.getName()
                            + ", whose own fields cannot be carried over; hold one in a field instead of extending it");
                }
            }
            plan = new ClassPlan(type, newType);
            plans.put(type, plan);
            lastPlan = plan;
        }
        Class<?> newType = plan.newType;
        Object twin = Allocator.allocate(newType);
        done.put(value, twin);
        plan.copyPrimitives(value, twin);
        if (plan.copyPlainReferences(value, twin)) {
            plan.initializeNewFields(twin);
            return twin; // its references were all null or shared values: done already, no frame needed
        }
        return push(new ObjectFrame(value, twin, plan));
    }

    private Object visitJdkObject(Object value, Class<?> type) throws Untranslatable {
        Object resolved = reflection.resolve(value);
        if (resolved != null) {
            done.put(value, resolved);
            return resolved;
        }
        if (value instanceof Optional<?> o) {
            return o.isEmpty() ? o : late(value, new JdkContainers.Shape(new Object[]{o.get()}, twins -> Optional.of(twins[0])));
        }
        if (value instanceof AtomicReference<?> ref) {
            AtomicReference<Object> twin = new AtomicReference<>();
            done.put(value, twin);
            return push(new ArrayFrame(value, new Object[]{ref.get()}, new Object[1]) {
                @Override
                Object finish() {
                    twin.set(twins[0]);
                    return twin;
                }
            });
        }
        if (SketchFunctions.isLambda(type)) {
            // Comparator.comparing(Cell::age) and friends: what they capture is sealed inside java.base
            throw new Untranslatable("a function object made by the JDK (" + type.getName().replaceAll("/.*", "")
                    + ") may hold old sketch code and cannot be re-created; write it as a lambda in the sketch");
        }
        JdkContainers.Shape shape = JdkContainers.of(value, this::mapType);
        if (shape != null) {
            return late(value, shape);
        }
        if (JdkContainers.holdsSketchObjects(value, this)) {
            throw new Untranslatable("a " + type.getName() + " holding sketch objects cannot be carried over");
        }
        return value; // JDK values are shared as they are
    }

    private Object late(Object value, JdkContainers.Shape shape) {
        done.put(value, IN_PROGRESS);
        return push(new LateFrame(value, shape));
    }

    private Object push(Frame frame) {
        stack.push(frame);
        return PUSHED;
    }

    /** Runs the walk until every pushed frame is finished. */
    private void walk() {
        while (!stack.isEmpty()) {
            Frame frame = stack.peek();
            try {
                if (frame.next < frame.size()) {
                    step(frame);
                } else {
                    stack.pop();
                    Object twin = frame.finish();
                    if (frame instanceof LateFrame) {
                        done.put(frame.old, twin); // objects and arrays were mapped to their twin when first met
                    }
                    List<Frame.Slot> waiting = patches.isEmpty() ? null : patches.remove(frame.old);
                    if (waiting != null) {
                        for (Frame.Slot slot : waiting) {
                            slot.set(twin);
                        }
                    }
                }
            } catch (Untranslatable u) {
                if (stack.peek() == frame) {
                    stack.pop();
                }
                done.put(frame.old, null);
                failed.put(frame.old, u.getMessage());
                patches.remove(frame.old);
            }
        }
    }

    /** Translates the next part of {@code frame}, or pushes a frame for it; the part is revisited when that is done. */
    private void step(Frame frame) throws Untranslatable {
        int i = frame.next;
        Object part = frame.part(i);
        Object twin;
        try {
            twin = visit(part);
        } catch (Untranslatable u) {
            frame.next++;
            frame.failed(i, u);
            return;
        }
        if (twin == PUSHED) {
            return;
        }
        frame.next++;
        if (twin == IN_PROGRESS) {
            patches.computeIfAbsent(part, p -> new ArrayList<>()).add(frame.slot(i));
        } else {
            frame.accept(i, twin);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object translateEnum(Enum<?> value, Class<?> newType) throws Untranslatable {
        try {
            Object constant = Enum.valueOf((Class) newType, value.name());
            done.put(value, constant);
            return constant;
        } catch (IllegalArgumentException e) {
            throw new Untranslatable("enum constant " + value.getDeclaringClass().getSimpleName() + "." + value.name()
                    + " was removed");
        }
    }

    private JdkContainers.Shape recordShape(Object value, Class<?> type, Class<?> newType) throws Untranslatable {
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
        Object[] parts = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean[] added = new boolean[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            added[i] = !old.containsKey(components[i].getName());
            parts[i] = added[i] ? null : old.get(components[i].getName());
            if (added[i]) {
                report.added(shortName(newType) + "." + components[i].getName());
            }
        }
        return new JdkContainers.Shape(parts, twins -> {
            Object[] args = new Object[twins.length];
            for (int i = 0; i < twins.length; i++) {
                args[i] = added[i] ? defaultValue(types[i]) : Conversions.fits(twins[i], types[i]) ? twins[i]
                        : Conversions.widen(twins[i], types[i]);
            }
            try {
                Constructor<?> canonical = newType.getDeclaredConstructor(types);
                canonical.setAccessible(true);
                return canonical.newInstance(args);
            } catch (ReflectiveOperationException | RuntimeException e) {
                Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ite ? ite.getCause() : e;
                throw new Untranslatable("record " + newType.getSimpleName() + " rejected its old values: " + cause);
            }
        });
    }

    static Object defaultValue(Class<?> type) {
        return type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0) : null;
    }

    static String shortName(Class<?> type) {
        String name = type.getName();
        return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
    }

    /** One value on the walk's stack: its parts, which of them were translated, and how to finish its twin. */
    private abstract static class Frame {
        final Object old;
        int next;

        Frame(Object old) {
            this.old = old;
        }

        /** A place a translated part goes into, filled later when the part is still being built. */
        interface Slot {
            void set(Object twin) throws Untranslatable;
        }

        abstract int size();

        /** The old value of part {@code i}. */
        abstract Object part(int i) throws Untranslatable;

        /** Takes the translation of part {@code i}. */
        abstract void accept(int i, Object twin) throws Untranslatable;

        /** Part {@code i} cannot be translated: by default the whole value cannot. */
        void failed(int i, Untranslatable why) throws Untranslatable {
            throw why;
        }

        /** Where part {@code i} goes once it exists; by default a value built from its parts cannot wait for one. */
        Slot slot(int i) throws Untranslatable {
            throw new Untranslatable("it is part of a cycle of immutable values or containers");
        }

        abstract Object finish() throws Untranslatable;
    }

    /** A sketch object: its twin exists, its reference fields are set part by part, new fields initialized last. */
    private final class ObjectFrame extends Frame {
        private final Object twin;
        private final ClassPlan plan;

        ObjectFrame(Object old, Object twin, ClassPlan plan) {
            super(old);
            this.twin = twin;
            this.plan = plan;
        }

        int size() {
            return plan.writeTypes.length;
        }

        Object part(int i) throws Untranslatable {
            long from = plan.readOffsets[i];
            if (from >= 0) {
                return Allocator.getReference(old, from);
            }
            try {
                return plan.carried.get(i)[0].get(old);
            } catch (IllegalAccessException e) {
                throw new Untranslatable("cannot read field " + plan.carried.get(i)[0] + ": " + e.getMessage());
            }
        }

        void accept(int i, Object value) throws Untranslatable {
            long to = plan.writeOffsets[i];
            if (to >= 0 && (value == null || plan.writeTypes[i].isInstance(value))) {
                Allocator.putReference(twin, to, value);
                return;
            }
            Field field = plan.carried.get(i)[1];
            try {
                Object fitting = Conversions.fits(value, field.getType()) ? value : Conversions.widen(value, field.getType());
                if (to >= 0) {
                    Allocator.putReference(twin, to, fitting);
                    return;
                }
                field.set(twin, fitting);
            } catch (Untranslatable u) {
                failed(i, u);
            } catch (IllegalAccessException | IllegalArgumentException e) {
                failed(i, new Untranslatable("cannot be written: " + e.getMessage()));
            }
        }

        @Override
        void failed(int i, Untranslatable why) {
            Field field = plan.carried.get(i)[1];
            report.reset(shortName(field.getDeclaringClass()) + "." + field.getName(), why.getMessage());
            plan.initialize(field, twin);
        }

        @Override
        Slot slot(int i) {
            return value -> accept(i, value);
        }

        Object finish() {
            plan.initializeNewFields(twin);
            return twin;
        }
    }

    /** An array of references (or one {@code AtomicReference}): its twin exists, its elements are set one by one. */
    private static class ArrayFrame extends Frame {
        private final Object[] items;
        final Object[] twins;

        ArrayFrame(Object old, Object[] items, Object[] twins) {
            super(old);
            this.items = items;
            this.twins = twins;
        }

        int size() {
            return items.length;
        }

        Object part(int i) {
            return items[i];
        }

        void accept(int i, Object twin) throws Untranslatable {
            try {
                twins[i] = twin;
            } catch (ArrayStoreException e) {
                throw new Untranslatable("an element no longer fits the array: " + e.getMessage());
            }
        }

        @Override
        Slot slot(int i) {
            return twin -> accept(i, twin);
        }

        Object finish() throws Untranslatable {
            return twins;
        }
    }

    /** A value built from its translated parts when the walk leaves it: a record, a container, a lambda. */
    private static final class LateFrame extends Frame {
        private final JdkContainers.Shape shape;
        private final Object[] twins;

        LateFrame(Object old, JdkContainers.Shape shape) {
            super(old);
            this.shape = shape;
            this.twins = new Object[shape.parts().length];
        }

        int size() {
            return twins.length;
        }

        Object part(int i) {
            return shape.parts()[i];
        }

        void accept(int i, Object twin) {
            twins[i] = twin;
        }

        Object finish() throws Untranslatable {
            return shape.builder().build(twins);
        }
    }

    /**
     * How to fill the twin of one old class, worked out once per class: which fields carry their old value, and
     * which take their declared initializer value (new fields, edited initializers, {@code @Reset}). It reports
     * each class's added, reset and dropped fields once, at any depth ({@code Cell.age}).
     */
    private final class ClassPlan {
        private final Class<?> newType;
        private final Allocator.PrimitiveCopy[] primitives;
        private final List<Field[]> carried = new ArrayList<>();
        private final List<Field> initialized = new ArrayList<>();
        /** Per new field with an initializer, a handle that sets it from its initializer, taking the twin. */
        private final Map<Field, java.lang.invoke.MethodHandle> initializers = new HashMap<>();
        /** Per carried field, the offsets to read and write references by (-1: through reflection, as for boxing). */
        private final long[] readOffsets;
        private final long[] writeOffsets;
        /** Per carried field, its type in the new class, which a twin written by offset must be an instance of. */
        private final Class<?>[] writeTypes;

        ClassPlan(Class<?> oldType, Class<?> newType) {
            this.newType = newType;
            List<Allocator.PrimitiveCopy> primitives = new ArrayList<>();
            Map<String, Field> newFields = instanceFields(newType, true);
            Map<String, Field> oldFields = renames.matched(instanceFields(oldType, true), newFields);
            for (Map.Entry<String, Field> e : newFields.entrySet()) {
                Field oldField = oldFields.get(e.getKey());
                Field newField = e.getValue();
                String name = shortName(newField.getDeclaringClass()) + "." + newField.getName();
                FieldRule rule = oldField == null || newField.isSynthetic() ? FieldRule.KEEP : FieldRule.of(newField,
                        fromInits.of(oldField.getDeclaringClass().getName(), oldField.getName()).orElse(null),
                        toInits.of(newField.getDeclaringClass().getName(), newField.getName()).orElse(null));
                if (oldField == null) {
                    if (!newField.isSynthetic()) {
                        report.added(name);
                    }
                    initialized.add(newField);
                } else if (rule == FieldRule.KEEP) {
                    Allocator.PrimitiveCopy primitive = Allocator.primitiveCopy(oldField, newField);
                    if (primitive != null) {
                        primitives.add(primitive);
                    } else {
                        carried.add(new Field[]{oldField, newField});
                    }
                } else {
                    report.reset(name, rule == FieldRule.RESET_ANNOTATED ? "marked @Reset" : "its initializer was edited");
                    initialized.add(newField);
                }
                initializerOf(newField).ifPresent(m -> initializers.put(newField, m));
            }
            this.primitives = primitives.toArray(Allocator.PrimitiveCopy[]::new);
            oldFields.keySet().stream().filter(n -> !newFields.containsKey(n)).forEach(n ->
                    report.dropped(shortName(oldFields.get(n).getDeclaringClass()) + "." + oldFields.get(n).getName(), null));
            readOffsets = new long[carried.size()];
            writeOffsets = new long[carried.size()];
            writeTypes = new Class<?>[carried.size()];
            for (int i = 0; i < carried.size(); i++) {
                Field from = carried.get(i)[0];
                Field to = carried.get(i)[1];
                readOffsets[i] = from.getType().isPrimitive() ? -1 : Allocator.offset(from);
                writeOffsets[i] = to.getType().isPrimitive() ? -1 : Allocator.offset(to);
                writeTypes[i] = to.getType();
            }
        }

        /**
         * Copies the references of {@code from} into {@code into} when each is null or a shared value (a string,
         * a boxed number), so the object needs no frame on the walk; false, copying nothing, when any needs more.
         */
        boolean copyPlainReferences(Object from, Object into) {
            for (int i = 0; i < readOffsets.length; i++) {
                if (readOffsets[i] < 0 || writeOffsets[i] < 0) {
                    return false;
                }
                Object part = Allocator.getReference(from, readOffsets[i]);
                if (part != null && !(SHARED.contains(part.getClass()) && writeTypes[i].isInstance(part))) {
                    return false;
                }
            }
            for (int i = 0; i < readOffsets.length; i++) {
                Object part = Allocator.getReference(from, readOffsets[i]);
                if (part != null) {
                    Allocator.putReference(into, writeOffsets[i], part);
                }
            }
            return true;
        }

        /** Gives each new or reset field of {@code twin} its declared initializer value, once its other fields are set. */
        void initializeNewFields(Object twin) {
            for (Field field : initialized) {
                initialize(field, twin);
            }
        }

        void copyPrimitives(Object from, Object into) {
            for (Allocator.PrimitiveCopy primitive : primitives) {
                primitive.copy(from, into);
            }
        }

        /** Gives {@code field} of {@code twin} its declared initializer value, or leaves its default. */
        void initialize(Field field, Object twin) {
            java.lang.invoke.MethodHandle initializer = initializers.get(field);
            if (initializer == null) {
                return; // declared without an initializer: its default value is the declared value
            }
            try {
                initializer.invokeExact(twin);
            } catch (Throwable cause) { // the field's initializer is sketch code, which may throw anything
                report.note(shortName(field.getDeclaringClass()) + "." + field.getName(),
                        "its initializer threw " + cause + "; it starts at its default value");
            }
        }
    }

    /**
     * A handle taking a twin that sets {@code field} from the generated method evaluating its initializer (see the
     * compiler's InitializerMethods), built once per class so each of a million objects costs a direct call.
     */
    private static Optional<java.lang.invoke.MethodHandle> initializerOf(Field field) {
        try {
            java.lang.reflect.Method m = field.getDeclaringClass().getDeclaredMethod("$relive$init$" + field.getName());
            m.setAccessible(true);
            java.lang.invoke.MethodHandles.Lookup lookup = java.lang.invoke.MethodHandles.lookup();
            java.lang.invoke.MethodHandle set = java.lang.invoke.MethodHandles.filterArguments(
                    lookup.unreflectSetter(field), 1, lookup.unreflect(m).asType(java.lang.invoke.MethodType.methodType(
                            field.getType(), field.getDeclaringClass()))); // (twin, twin) -> twin.f = twin.init()
            return Optional.of(java.lang.invoke.MethodHandles.permuteArguments(set,
                            java.lang.invoke.MethodType.methodType(void.class, field.getDeclaringClass()), 0, 0)
                    .asType(java.lang.invoke.MethodType.methodType(void.class, Object.class)));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("the migrator cannot reach an initializer it made accessible: " + field, e);
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
