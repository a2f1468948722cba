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
 * field {@link VarHandle} (through its nominal descriptor). One that has no match, or a bound or adapted handle over
 * sketch types, cannot move and is reset with the reason.
 */
final class SketchReflection {

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
        if (desc.isEmpty() && mentionsSketchTypes(old.type().parameterList(), old.type().returnType())) {
            throw new Untranslatable("a bound or adapted method handle over sketch classes cannot be looked up again");
        }
        return null;
    }

    private Object varHandle(VarHandle old) throws Untranslatable {
        Optional<VarHandle.VarHandleDesc> desc = old.describeConstable();
        List<ConstantDesc> args = desc.map(VarHandle.VarHandleDesc::bootstrapArgsList).orElse(List.of());
        if (!args.isEmpty() && args.get(0) instanceof ClassDesc owner && isSketchClass(owner)) {
            return resolveIn(owner, desc.get(), "var handle");
        }
        if (mentionsSketchTypes(old.coordinateTypes(), old.varType())) {
            throw new Untranslatable("a var handle over sketch classes cannot be looked up again");
        }
        return null;
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
