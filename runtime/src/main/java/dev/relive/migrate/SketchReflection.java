package dev.relive.migrate;

import dev.relive.load.LoadedGeneration;

import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDesc;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

/**
 * Looks reflection objects of sketch classes up again in the new generation, by name and signature, so none keeps
 * running old code: a {@link Method}, {@link Field} or {@link Constructor}, and a direct {@link MethodHandle} or
 * field {@link VarHandle} (through its nominal descriptor). One that has no match cannot move and is reset with the
 * reason. So is a bound or adapted handle ({@code bindTo}, {@code insertArguments}, {@code asType},
 * {@code filterReturnValue}...) whose behaviour reaches an old generation, whatever its type says: the walk looks
 * through the handle's own objects for an old class (a member's owner, a type) or an old object (a bound value).
 * Handles made of JDK code alone are shared as they are.
 */
final class SketchReflection {

    /** How many objects of one handle are looked through before it counts as reaching old code (it is reset). */
    private static final int LOOK_LIMIT = 10_000;
    /**
     * Parts of a handle not looked through: lambda forms and type forms are erased to basic types and shared
     * by every handle of a shape, so they never name a sketch class, and their caches reach far.
     */
    private static final java.util.Set<String> ERASED = java.util.Set.of("java.lang.invoke.LambdaForm",
            "java.lang.invoke.LambdaForm$Name", "java.lang.invoke.LambdaForm$NamedFunction", "java.lang.invoke.MethodTypeForm");

    private final ObjectTranslator translator;
    private final LoadedGeneration to;
    private final SketchFunctions lookups;

    SketchReflection(ObjectTranslator translator, LoadedGeneration to, SketchFunctions lookups) {
        this.translator = translator;
        this.to = to;
        this.lookups = lookups;
    }

    /** The new generation's twin of a reflection object of a sketch class, or null when {@code value} is none. */
    Object resolve(Object value) throws Untranslatable {
        if (value instanceof Executable e && translator.isOldSketchClass(e.getDeclaringClass())) {
            return executable(e);
        }
        if (value instanceof Field f && translator.isOldSketchClass(f.getDeclaringClass())) {
            return field(f);
        }
        if (value instanceof MethodHandle handle) {
            return handle(handle);
        }
        if (value instanceof VarHandle handle) {
            return varHandle(handle);
        }
        return null;
    }

    @SuppressWarnings("deprecation") // isAccessible: the twin is made accessible exactly when the old one was
    private Object executable(Executable old) throws Untranslatable {
        Class<?> owner = translator.mapType(old.getDeclaringClass());
        Class<?>[] parameters = mapAll(old.getParameterTypes());
        try {
            AccessibleObject twin;
            if (old instanceof Method m) {
                Method found = owner.getDeclaredMethod(m.getName(), parameters);
                if (!found.getReturnType().getName().equals(m.getReturnType().getName())) {
                    throw new NoSuchMethodException(m.getName() + " now returns " + found.getReturnType().getSimpleName());
                }
                twin = found;
            } else {
                twin = owner.getDeclaredConstructor(parameters);
            }
            if (old.isAccessible()) {
                twin.setAccessible(true);
            }
            return twin;
        } catch (NoSuchMethodException | RuntimeException e) {
            throw new Untranslatable("the reflected " + old + " has no match in the new code: " + e.getMessage());
        }
    }

    @SuppressWarnings("deprecation")
    private Object field(Field old) throws Untranslatable {
        try {
            Field found = translator.mapType(old.getDeclaringClass()).getDeclaredField(old.getName());
            if (!found.getType().getName().equals(old.getType().getName())) {
                throw new NoSuchFieldException(old.getName() + " is now a " + found.getType().getSimpleName());
            }
            if (old.isAccessible()) {
                found.setAccessible(true);
            }
            return found;
        } catch (NoSuchFieldException | RuntimeException e) {
            throw new Untranslatable("the reflected field " + old + " has no match in the new code: " + e.getMessage());
        }
    }

    private Object handle(MethodHandle old) throws Untranslatable {
        Optional<java.lang.constant.MethodHandleDesc> desc = old.describeConstable();
        if (desc.isPresent() && desc.get() instanceof DirectMethodHandleDesc direct && isSketchClass(direct.owner())) {
            return resolveIn(direct.owner(), direct, "method handle");
        }
        if (reachesOldCode(old)) {
            throw new Untranslatable("a bound or adapted method handle over sketch code (" + old.type()
                    + ") cannot be looked up again; hold a direct handle, or make it again in afterReload");
        }
        return null;
    }

    private Object varHandle(VarHandle old) throws Untranslatable {
        Optional<VarHandle.VarHandleDesc> desc = old.describeConstable();
        List<ConstantDesc> args = desc.map(VarHandle.VarHandleDesc::bootstrapArgsList).orElse(List.of());
        if (!args.isEmpty() && args.get(0) instanceof ClassDesc owner && isSketchClass(owner)) {
            return resolveIn(owner, desc.get(), "var handle");
        }
        if (mentionsSketchTypes(old.coordinateTypes(), old.varType()) || reachesOldCode(old)) {
            throw new Untranslatable("a var handle over sketch classes cannot be looked up again");
        }
        return null;
    }

    /**
     * Whether a handle's behaviour can reach an old generation: looks through its objects in
     * {@code java.lang.invoke} (targets, bound values, member names, method types), but not the erased, shared
     * lambda forms nor soft caches. A bound JDK value is looked into one level, as containers are; a handle too
     * large to look through counts as reaching old code, so it is reset rather than kept unseen.
     */
    private boolean reachesOldCode(Object handle) {
        java.util.ArrayDeque<Object> work = new java.util.ArrayDeque<>();
        java.util.IdentityHashMap<Object, Boolean> seen = new java.util.IdentityHashMap<>();
        work.push(handle);
        while (!work.isEmpty()) {
            Object o = work.pop();
            if (o == null || seen.put(o, Boolean.TRUE) != null) {
                continue;
            }
            Class<?> type = o.getClass();
            if (o instanceof Class<?> c ? translator.isOldSketchClass(c) : translator.isOldSketchClass(type)) {
                return true;
            }
            if (seen.size() > LOOK_LIMIT || (type.isHidden() && type.getClassLoader() == null)) {
                return true; // cannot be looked through (a JDK lambda, a spun class): reset rather than keep it unseen
            }
            if (o instanceof Class<?> || o instanceof java.lang.ref.Reference<?> || ERASED.contains(type.getName())) {
                continue;
            }
            if (type.isArray()) {
                if (!type.getComponentType().isPrimitive()) {
                    for (Object item : (Object[]) o) {
                        pushPart(work, item);
                    }
                }
            } else if (type.getPackageName().equals("java.lang.invoke")) {
                Allocator.references(o).forEach(r -> pushPart(work, r));
            } else if (type.getClassLoader() == null && JdkContainers.holdsSketchObjects(o, translator)) {
                return true;
            }
        }
        return false;
    }

    private static void pushPart(java.util.ArrayDeque<Object> work, Object part) {
        if (part != null) {
            work.push(part);
        }
    }

    private Object resolveIn(ClassDesc owner, ConstantDesc desc, String what) throws Untranslatable {
        Class<?> newOwner = to.find(className(owner))
                .orElseThrow(() -> new Untranslatable("the class of a " + what + " (" + className(owner) + ") was deleted"));
        try {
            MethodHandles.Lookup lookup = lookups.lookupIn(newOwner);
            return desc.resolveConstantDesc(lookup);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new Untranslatable("the " + what + " " + desc + " has no match in the new code: " + e.getMessage());
        }
    }

    private boolean isSketchClass(ClassDesc desc) {
        return desc.isClassOrInterface() && to.find(className(desc)).isPresent();
    }

    private boolean mentionsSketchTypes(List<Class<?>> types, Class<?> more) {
        return translator.isOldSketchClass(more) || types.stream().anyMatch(translator::isOldSketchClass);
    }

    private Class<?>[] mapAll(Class<?>[] types) throws Untranslatable {
        Class<?>[] mapped = new Class<?>[types.length];
        for (int i = 0; i < types.length; i++) {
            mapped[i] = translator.mapType(types[i]);
        }
        return mapped;
    }

    private static String className(ClassDesc desc) {
        String d = desc.descriptorString();
        return d.substring(1, d.length() - 1).replace('/', '.');
    }
}
