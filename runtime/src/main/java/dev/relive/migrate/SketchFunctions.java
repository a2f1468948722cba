package dev.relive.migrate;

import dev.relive.load.SerializableLambdas;
import dev.relive.load.LoadedGeneration;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandleInfo;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-creates lambdas and method references held in state against the new generation, as DCEVM does. Every
 * sketch lambda is serializable ({@link SerializableLambdas}), so its {@link SerializedLambda} names the method
 * that implements it and the values it captured. A method reference matches the new class's method of the same
 * name and descriptor. A lambda's body is a synthetic {@code lambda$step$N} method, numbered by position in the
 * class, so it matches by its position among the lambdas of the same enclosing method, and only when those are
 * unchanged in number and descriptors. The captured values are migrated like any other state. A lambda that
 * cannot be matched is reset (its field takes its new value) and the report says why.
 */
final class SketchFunctions {

    private final ObjectTranslator translator;
    private final LoadedGeneration to;
    private final MigrationReport.Builder report;
    private final Map<Class<?>, MethodHandles.Lookup> lookups = new HashMap<>();

    SketchFunctions(ObjectTranslator translator, LoadedGeneration to, MigrationReport.Builder report) {
        this.translator = translator;
        this.to = to;
        this.report = report;
    }

    /** Whether {@code type} is the class the JVM spun for a lambda or method reference. */
    static boolean isLambda(Class<?> type) {
        return type.isHidden() && type.getName().contains("$$Lambda");
    }

    /** The lambda's captured values, and how to re-create it from their translations in the new generation. */
    JdkContainers.Shape shape(Object lambda) throws Untranslatable {
        SerializedLambda serialized = serialized(lambda);
        ClassLoader oldLoader = lambda.getClass().getClassLoader();
        String implName = serialized.getImplMethodName();
        String describe = name(serialized.getImplClass()) + "." + implName;
        Class<?> capturing = translator.mapType(load(serialized.getCapturingClass(), oldLoader));
        Class<?> implClass = translator.mapType(load(serialized.getImplClass(), oldLoader));
        if (implName.startsWith("lambda$")) {
            implName = matchLambda(load(serialized.getImplClass(), oldLoader), implClass, implName, serialized.getImplMethodSignature());
        }
        try {
            ClassLoader loader = to.loader();
            MethodHandles.Lookup lookup = lookupIn(capturing);
            MethodType implType = MethodType.fromMethodDescriptorString(serialized.getImplMethodSignature(), loader);
            MethodHandle impl = switch (serialized.getImplMethodKind()) {
                case MethodHandleInfo.REF_invokeStatic -> lookup.findStatic(implClass, implName, implType);
                case MethodHandleInfo.REF_invokeSpecial -> lookup.findSpecial(implClass, implName, implType, capturing);
                case MethodHandleInfo.REF_newInvokeSpecial -> lookup.findConstructor(implClass, implType);
                default -> lookup.findVirtual(implClass, implName, implType);
            };
            int captured = serialized.getCapturedArgCount();
            MethodType factory = MethodType.methodType(load(serialized.getFunctionalInterfaceClass(), loader),
                    impl.type().parameterList().subList(0, captured));
            CallSite site = LambdaMetafactory.altMetafactory(lookup, serialized.getFunctionalInterfaceMethodName(), factory,
                    MethodType.fromMethodDescriptorString(serialized.getFunctionalInterfaceMethodSignature(), loader), impl,
                    MethodType.fromMethodDescriptorString(serialized.getInstantiatedMethodType(), loader),
                    LambdaMetafactory.FLAG_SERIALIZABLE);
            Object[] parts = new Object[captured];
            for (int i = 0; i < captured; i++) {
                parts[i] = serialized.getCapturedArg(i);
            }
            MethodHandle target = site.getTarget();
            return new JdkContainers.Shape(parts, twins -> {
                try {
                    Object recreated = target.invokeWithArguments(twins);
                    report.note(describe, "lambda re-created against the new code");
                    return recreated;
                } catch (Throwable t) { // a captured value that no longer fits: reset, with the reason
                    throw new Untranslatable("the lambda " + describe + " cannot take its captured values: " + t);
                }
            });
        } catch (ReflectiveOperationException | LambdaConversionException | RuntimeException e) {
            throw new Untranslatable("the lambda or method reference " + describe + " has no match in the new code: " + e.getMessage());
        }
    }

    /**
     * The new name of the lambda body {@code oldName}: the one at the same position among the lambdas of the same
     * enclosing method, when those kept their number and descriptors.
     */
    private static String matchLambda(Class<?> oldClass, Class<?> newClass, String oldName, String descriptor)
            throws Untranslatable {
        String enclosing = oldName.substring("lambda$".length(), oldName.lastIndexOf('$'));
        List<Method> before = lambdasOf(oldClass, enclosing);
        List<Method> after = lambdasOf(newClass, enclosing);
        List<String> beforeTypes = before.stream().map(SketchFunctions::descriptor).toList();
        List<String> afterTypes = after.stream().map(SketchFunctions::descriptor).toList();
        if (!beforeTypes.equals(afterTypes)) {
            throw new Untranslatable("the lambdas in " + enclosing + "() changed in number or kind, so the one held in state "
                    + "cannot be matched to new code");
        }
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i).getName().equals(oldName) && descriptor(before.get(i)).equals(descriptor)) {
                return after.get(i).getName();
            }
        }
        throw new Untranslatable("the lambda " + oldName + " is not in its class any more");
    }

    private static List<Method> lambdasOf(Class<?> type, String enclosing) {
        String prefix = "lambda$" + enclosing + "$";
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.getName().startsWith(prefix) && m.getName().substring(prefix.length()).matches("\\d+"))
                .sorted(Comparator.comparingInt(m -> Integer.parseInt(m.getName().substring(prefix.length()))))
                .toList();
    }

    private static String descriptor(Method m) {
        return MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString();
    }

    private static SerializedLambda serialized(Object lambda) throws Untranslatable {
        try {
            Method writeReplace = lambda.getClass().getDeclaredMethod("writeReplace");
            writeReplace.setAccessible(true);
            return (SerializedLambda) writeReplace.invoke(lambda);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new Untranslatable("a lambda held in state cannot move to new code (it does not say what it runs: " + e + ")");
        }
    }

    /** The full-privilege lookup of a new sketch class, which only its woven {@value SerializableLambdas#LOOKUP} can give. */
    MethodHandles.Lookup lookupIn(Class<?> type) throws Untranslatable {
        MethodHandles.Lookup known = lookups.get(type);
        if (known != null) {
            return known;
        }
        try {
            Method method = type.getDeclaredMethod(SerializableLambdas.LOOKUP);
            method.setAccessible(true);
            MethodHandles.Lookup lookup = (MethodHandles.Lookup) method.invoke(null);
            lookups.put(type, lookup);
            return lookup;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new Untranslatable("cannot look into " + type.getName() + ": " + e);
        }
    }

    private static Class<?> load(String internalName, ClassLoader loader) throws Untranslatable {
        try {
            return Class.forName(name(internalName), false, loader);
        } catch (ClassNotFoundException e) {
            throw new Untranslatable("class " + name(internalName) + " was deleted");
        }
    }

    private static String name(String internalName) {
        return internalName.replace('/', '.');
    }
}
