package dev.relive.api;

import dev.relive.guard.ProcessWide;
import dev.relive.guard.Reach;
import dev.relive.stop.StopRequests;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * The checks Relive weaves into sketch code; sketches never call this class themselves.
 *
 * <p>Every method entry and backward jump of sketch code calls {@link #check()}, which costs one volatile
 * read while nothing is to be stopped (JShell's {@code stop()} works the same way). When the engine wants a
 * thread out of sketch code (Pause, Stop, a new version, a replaced generation's thread), it marks the thread
 * and the next check throws {@link Stopped}; a handler that catches it checks again at once. Calls to
 * {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} in sketch code are redirected to
 * {@link #exit(int)}, which throws instead of ending the process; other calls that would change the whole process
 * (its streams, default locale and time zone, shutdown hooks, default exception handler) are refused with
 * {@link Refused}, and so are reflective calls and method handles that reach them, or that reach Relive's own
 * classes, open a class that is not the sketch's, create a class loader or open the process's own streams as files
 * (the rules are {@code dev.relive.guard.Reach}'s). Stopping and releasing threads
 * is the engine's business and is not part of this class.
 */
public final class Guard {

    private Guard() {
    }

    /** Throws {@link Stopped} if the current thread has been asked to leave sketch code. */
    public static void check() {
        if (StopRequests.pending(Thread.currentThread())) {
            throw new Stopped();
        }
    }

    /** Stands in for {@code System.exit(status)}: sketch code may not end the process. */
    public static void exit(int status) {
        throw new ExitAttempt("System.exit(" + status + ") called from sketch code; Relive keeps running");
    }

    /** Stands in for {@code Runtime.getRuntime().exit(status)}. */
    public static void exit(Runtime runtime, int status) {
        throw new ExitAttempt("Runtime.exit(" + status + ") called from sketch code; Relive keeps running");
    }

    /** Stands in for {@code Runtime.getRuntime().halt(status)}. */
    public static void halt(Runtime runtime, int status) {
        throw new ExitAttempt("Runtime.halt(" + status + ") called from sketch code; Relive keeps running");
    }

    /** Thrown before a call that sketch code may not make; {@code why} says what it would have done and what to do. */
    public static void refuse(String why) {
        throw new Refused(why + " (refused by Relive)");
    }

    /**
     * Checked before {@code method.invoke(...)} in sketch code: the method may not be one that sketch code may not
     * call, nor belong to Relive itself (see {@code dev.relive.guard.Reach}).
     */
    public static void checkInvoke(Method method) {
        checkHandle(method.getDeclaringClass(), method.getName());
    }

    /** Checked before sketch code interrupts, stops or changes {@code thread}: only its own threads. */
    public static void checkThread(Thread thread) {
        Reach.refusalToTouch(thread).ifPresent(Guard::refuse);
    }

    /** Checked before a field's value is read or written by reflection: nothing of Relive itself. */
    public static void checkField(java.lang.reflect.Field field) {
        if (field != null) {
            Reach.refusalToReflect(field.getDeclaringClass()).ifPresent(Guard::refuse);
        }
    }

    /** Checked before a method handle lookup of a field of {@code owner}: nothing of Relive itself. */
    public static void checkReach(Class<?> owner) {
        if (owner != null) {
            Reach.refusalToReflect(owner).ifPresent(Guard::refuse);
        }
    }

    /** Checked before {@code constructor.newInstance(...)}: no class loaders, nothing of Relive itself. */
    public static void checkConstruct(Constructor<?> constructor) {
        Reach.refusalToConstruct(constructor.getDeclaringClass()).ifPresent(Guard::refuse);
    }

    /** Checked before the deprecated {@code type.newInstance()}: as {@link #checkConstruct(Constructor)}. */
    public static void checkConstruct(Class<?> type) {
        Reach.refusalToConstruct(type).ifPresent(Guard::refuse);
    }

    /** Checked before {@code member.setAccessible(..)} and {@code trySetAccessible()}: only the sketch's own classes open. */
    public static void checkOpen(AccessibleObject member) {
        if (member instanceof Member m) {
            Reach.refusalToOpen(m.getDeclaringClass()).ifPresent(Guard::refuse);
        } else if (member != null) {
            refuse("opening " + member + " to reflection would reach past Relive's checks");
        }
    }

    /** Checked before {@code AccessibleObject.setAccessible(members, flag)}: as {@link #checkOpen(AccessibleObject)} for each. */
    public static void checkOpen(AccessibleObject[] members) {
        if (members != null) {
            for (AccessibleObject member : members) {
                checkOpen(member);
            }
        }
    }

    /** Checked before {@code MethodHandles.privateLookupIn(target, caller)}: only the sketch's own classes open. */
    public static void checkPrivateLookup(Class<?> target) {
        if (target != null) {
            Reach.refusalToOpen(target).ifPresent(Guard::refuse);
        }
    }

    /**
     * Checked before each file name, {@code File} or {@code Path} that sketch code passes to a call that opens a
     * file: the process's own devices and streams ({@code /dev/stdout}, {@code /proc/self/fd/1}) are refused.
     */
    public static void checkFile(Object file) {
        Reach.refusalToOpenFile(file).ifPresent(Guard::refuse);
    }

    /** Stands in for {@code lookup.findStatic(owner, name, type)}, refusing what sketch code may not call. */
    public static MethodHandle findStatic(MethodHandles.Lookup lookup, Class<?> owner, String name, MethodType type)
            throws NoSuchMethodException, IllegalAccessException {
        checkHandle(owner, name);
        return lookup.findStatic(owner, name, type);
    }

    /** Stands in for {@code lookup.findVirtual(owner, name, type)}. */
    public static MethodHandle findVirtual(MethodHandles.Lookup lookup, Class<?> owner, String name, MethodType type)
            throws NoSuchMethodException, IllegalAccessException {
        checkHandle(owner, name);
        return lookup.findVirtual(owner, name, type);
    }

    /** Stands in for {@code lookup.findSpecial(owner, name, type, caller)}. */
    public static MethodHandle findSpecial(MethodHandles.Lookup lookup, Class<?> owner, String name, MethodType type,
                                           Class<?> caller) throws NoSuchMethodException, IllegalAccessException {
        checkHandle(owner, name);
        return lookup.findSpecial(owner, name, type, caller);
    }

    /** Stands in for {@code lookup.bind(receiver, name, type)}. */
    public static MethodHandle bind(MethodHandles.Lookup lookup, Object receiver, String name, MethodType type)
            throws NoSuchMethodException, IllegalAccessException {
        for (Class<?> c = receiver.getClass(); c != null; c = c.getSuperclass()) {
            checkHandle(c, name);
        }
        return lookup.bind(receiver, name, type);
    }

    /** Stands in for {@code lookup.unreflect(method)}. */
    public static MethodHandle unreflect(MethodHandles.Lookup lookup, Method method) throws IllegalAccessException {
        checkHandle(method.getDeclaringClass(), method.getName());
        return lookup.unreflect(method);
    }

    /** Stands in for {@code lookup.findConstructor(owner, type)}: no class loaders, nothing of Relive itself. */
    public static MethodHandle findConstructor(MethodHandles.Lookup lookup, Class<?> owner, MethodType type)
            throws NoSuchMethodException, IllegalAccessException {
        Reach.refusalToConstruct(owner).ifPresent(Guard::refuse);
        return lookup.findConstructor(owner, type);
    }

    /** Stands in for {@code lookup.unreflectConstructor(constructor)}. */
    public static MethodHandle unreflectConstructor(MethodHandles.Lookup lookup, Constructor<?> constructor)
            throws IllegalAccessException {
        checkConstruct(constructor);
        return lookup.unreflectConstructor(constructor);
    }

    /** Stands in for {@code lookup.unreflectSpecial(method, caller)}. */
    public static MethodHandle unreflectSpecial(MethodHandles.Lookup lookup, Method method, Class<?> caller)
            throws IllegalAccessException {
        checkHandle(method.getDeclaringClass(), method.getName());
        return lookup.unreflectSpecial(method, caller);
    }

    private static void checkHandle(Class<?> owner, String name) {
        Optional<String> why = ProcessWide.reflectiveRefusal(internalName(owner), name).or(() -> Reach.refusalToReflect(owner));
        why.ifPresent(Guard::refuse);
    }

    private static String internalName(Class<?> c) {
        return c.getName().replace('.', '/');
    }

    /** Thrown at a check in a thread that was asked to stop. Like {@code ThreadDeath}, it is not meant to be caught. */
    public static final class Stopped extends Error {
        Stopped() {
            super("stopped by Relive: it ran too long without returning (an endless loop?)");
        }
    }

    /** Thrown where sketch code tried to change something that belongs to the whole process. */
    public static final class Refused extends SecurityException {
        Refused(String message) {
            super(message);
        }
    }

    /** Thrown where sketch code tried to end the process. */
    public static final class ExitAttempt extends SecurityException {
        ExitAttempt(String message) {
            super(message);
        }
    }
}
