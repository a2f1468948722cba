package dev.relive.guard;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The JDK calls that change the whole process rather than the sketch: ending it, hooking its shutdown, replacing
 * its standard streams, its default locale, time zone, security manager or uncaught-exception handler, and
 * defining classes that would run without guards, and writing to the process's file descriptors directly; and changing a thread's context class loader, by which the
 * engine knows which generation a thread belongs to. The engine owns all of these (its compiler, watcher, history
 * writer and command reader use the streams and handlers too), so sketch code may not make them, neither directly
 * nor through reflection, method references or method handles. So are starting other programs, loading native code,
 * {@code sun.misc.Unsafe}, creating class loaders, making file links and reaching every thread of a thread group. Each refusal explains itself.
 */
public final class ProcessWide {

    /** One refused member: {@code owner} (internal name), {@code name}, and why. A null owner or name matches any. */
    private record Rule(String owner, String name, String why) {
        boolean matches(String owner, String name) {
            return (this.owner == null || this.owner.equals(owner)) && (this.name == null || this.name.equals(name));
        }
    }

    /** Why sketch code may not create class loaders. */
    static final String LOADERS = "would create a class loader, whose classes would run without Relive's guards;"
            + " put the jars in the sketch's lib/ folder instead";

    private static final String ENDS = "would end Relive itself; to stop the sketch, return from step() or main";
    private static final String STREAMS = "would replace standard streams for the whole process, the engine's included;"
            + " print with System.out and System.err, which Relive routes per generation";
    private static final String REFLECTS = "runs calls that Relive cannot check; call the method directly";
    private static final String PROCESSES = "would start another program, which Relive can neither stop nor confine"
            + " (it could end the runner or the IDE)";
    private static final String NATIVE = "would run native code, which Relive can neither stop nor confine";
    private static final String GROUP = "would reach every thread of the group, Relive's own included";
    private static final String THREADS = "may reach a thread of Relive itself; call it directly on your own threads";
    /** Links are refused because a file is checked before it is opened: a link swapped in between would dodge the check. */
    private static final String LINKS = "would make a link, which another thread could point at the process's own"
            + " streams between Relive's check of a file and its opening; copy the file instead";
    private static final String UNSAFE = "would read and write memory past every check of the JVM and of Relive";

    private static final List<Rule> RULES = List.of(
            new Rule("java/lang/System", "exit", ENDS),
            new Rule("java/lang/Runtime", "exit", ENDS),
            new Rule("java/lang/Runtime", "halt", ENDS),
            new Rule("java/lang/Runtime", "addShutdownHook", "would run sketch code while Relive quits and could block it;"
                    + " clean up in beforeReload instead"),
            new Rule("java/lang/Runtime", "removeShutdownHook", "would touch the engine's own shutdown hooks"),
            new Rule("java/lang/System", "setOut", STREAMS),
            new Rule("java/lang/System", "setErr", STREAMS),
            new Rule("java/lang/System", "setIn", "would take standard input, where the runner reads its commands"),
            new Rule("java/lang/System", "in", "would read standard input, where the runner reads its commands"),
            new Rule("java/io/FileDescriptor", "out", "would write around Relive's routing of sketch output (and, in the"
                    + " runner, into its event stream); print with System.out"),
            new Rule("java/io/FileDescriptor", "err", "would write around Relive's routing of sketch output; print with System.err"),
            new Rule("java/io/FileDescriptor", "in", "would read standard input, where the runner reads its commands"),
            new Rule("java/lang/System", "setSecurityManager", "would police the engine's own threads too"),
            new Rule("java/util/Locale", "setDefault", "would change the default locale of the engine and every other"
                    + " generation; pass a Locale to format() instead"),
            new Rule("java/util/TimeZone", "setDefault", "would change the default time zone of the whole process;"
                    + " pass a ZoneId to the time API instead"),
            new Rule("java/lang/Thread", "setDefaultUncaughtExceptionHandler", "would take over the handler through which"
                    + " Relive reports exceptions of every thread; catch exceptions in your own code instead"),
            new Rule("java/lang/Thread", "setContextClassLoader", "would hide the thread from Relive, which ends a"
                    + " generation's threads with it by their context class loader"),
            new Rule(null, "defineClass", "would define classes that run without Relive's guards"),
            new Rule(null, "defineHiddenClass", "would define classes that run without Relive's guards"),
            new Rule("java/lang/Runtime", "exec", PROCESSES),
            new Rule("java/lang/ProcessBuilder", "start", PROCESSES),
            new Rule("java/lang/ProcessBuilder", "startPipeline", PROCESSES),
            new Rule("java/lang/ProcessHandle", "destroy", "could end Relive or the IDE that runs it"),
            new Rule("java/lang/ProcessHandle", "destroyForcibly", "could end Relive or the IDE that runs it"),
            new Rule("java/lang/System", "load", NATIVE),
            new Rule("java/lang/System", "loadLibrary", NATIVE),
            new Rule("java/lang/Runtime", "load", NATIVE),
            new Rule("java/lang/Runtime", "loadLibrary", NATIVE),
            new Rule("sun/misc/Unsafe", null, UNSAFE),
            new Rule("java/net/URLClassLoader", "newInstance", LOADERS),
            new Rule("java/lang/ModuleLayer", "defineModules", LOADERS),
            new Rule("java/lang/ModuleLayer", "defineModulesWithOneLoader", LOADERS),
            new Rule("java/lang/ModuleLayer", "defineModulesWithManyLoaders", LOADERS),
            new Rule("java/lang/ThreadGroup", "interrupt", GROUP),
            new Rule("java/lang/ThreadGroup", "stop", GROUP),
            new Rule("java/lang/ThreadGroup", "suspend", GROUP),
            new Rule("java/lang/ThreadGroup", "resume", GROUP),
            new Rule("java/lang/ThreadGroup", "destroy", GROUP),
            new Rule("java/lang/ThreadGroup", "setMaxPriority", GROUP),
            new Rule("java/lang/ThreadGroup", "setDaemon", GROUP),
            new Rule("java/nio/file/Files", "createSymbolicLink", LINKS),
            new Rule("java/nio/file/Files", "createLink", LINKS),
            new Rule("java/nio/file/spi/FileSystemProvider", "createSymbolicLink", LINKS),
            new Rule("java/nio/file/spi/FileSystemProvider", "createLink", LINKS),
            new Rule("java/beans/Statement", "<init>", REFLECTS),
            new Rule("java/beans/Expression", "<init>", REFLECTS));

    /** The gateways through which reflection reaches a member; reflecting on them again would dodge the check. */
    private static final List<Rule> GATEWAYS = List.of(
            new Rule("java/lang/reflect/Method", "invoke", REFLECTS),
            new Rule("java/lang/invoke/MethodHandles$Lookup", "findStatic", REFLECTS),
            new Rule("java/lang/invoke/MethodHandles$Lookup", "findVirtual", REFLECTS),
            new Rule("java/lang/invoke/MethodHandles$Lookup", "findSpecial", REFLECTS),
            new Rule("java/lang/invoke/MethodHandles$Lookup", "bind", REFLECTS),
            new Rule("java/lang/invoke/MethodHandles$Lookup", "unreflect", REFLECTS),
            new Rule("java/lang/invoke/MethodHandles$Lookup", "unreflectSpecial", REFLECTS),
            new Rule("java/lang/invoke/MethodHandles$Lookup", "findConstructor", REFLECTS),
            new Rule("java/lang/invoke/MethodHandles$Lookup", "unreflectConstructor", REFLECTS),
            new Rule("java/lang/invoke/MethodHandles", "privateLookupIn", REFLECTS),
            new Rule("java/lang/reflect/Constructor", "newInstance", REFLECTS),
            new Rule("java/lang/Class", "newInstance", REFLECTS),
            new Rule("java/lang/Thread", "interrupt", THREADS),
            new Rule("java/lang/Thread", "stop", THREADS),
            new Rule("java/lang/Thread", "suspend", THREADS),
            new Rule("java/lang/Thread", "resume", THREADS),
            new Rule("java/lang/Thread", "setPriority", THREADS),
            new Rule("java/lang/Thread", "setName", THREADS),
            new Rule("java/lang/Thread", "setDaemon", THREADS),
            new Rule("java/lang/Thread", "setUncaughtExceptionHandler", THREADS),
            new Rule(null, "setAccessible", REFLECTS),
            new Rule(null, "trySetAccessible", REFLECTS));

    /** Classes whose constructors take a file name (a String), a File or a Path and open that file. */
    static final Set<String> FILE_CONSTRUCTORS = Set.of("java/io/FileOutputStream", "java/io/FileInputStream",
            "java/io/RandomAccessFile", "java/io/FileWriter", "java/io/FileReader", "java/io/PrintStream",
            "java/io/PrintWriter", "java/util/Formatter", "java/util/logging/FileHandler", "java/util/zip/ZipFile",
            "java/util/jar/JarFile");
    /** Classes any of whose calls may open a File or Path it is given (Scanner's String is text, not a file name). */
    static final Set<String> FILE_CALLS = Set.of("java/nio/file/Files", "java/nio/channels/FileChannel",
            "java/nio/channels/AsynchronousFileChannel", "java/nio/file/FileSystems", "java/nio/file/spi/FileSystemProvider",
            "javax/imageio/ImageIO", "java/util/Scanner");
    /** The reflective reads and writes of a field's value (not its name or type). */
    private static final Set<String> FIELD_VALUES = Stream.of("", "Boolean", "Byte", "Char", "Short", "Int", "Long",
            "Float", "Double").flatMap(t -> Stream.of("get" + t, "set" + t)).collect(Collectors.toUnmodifiableSet());
    /** Method handle lookups of fields, whose owner the guard checks when they are called directly. */
    private static final Set<String> FIELD_LOOKUPS = Set.of("findGetter", "findStaticGetter", "findSetter",
            "findStaticSetter", "findVarHandle", "findStaticVarHandle", "unreflectGetter", "unreflectSetter",
            "unreflectVarHandle");
    private static final String UNCHECKED_FILE = "would open a file whose name Relive checks only in a direct call;"
            + " write the call out, for instance as a lambda (name -> new FileOutputStream(name))";

    private static final java.util.Map<String, Boolean> JDK_LOADERS = new java.util.concurrent.ConcurrentHashMap<>();

    private ProcessWide() {
    }

    /**
     * Why sketch code may not call or read {@code owner.name} (an internal class name, for instance
     * {@code java/lang/System}), or empty when it may.
     */
    public static Optional<String> refusal(String owner, String name) {
        if (name.equals("<init>") && isJdkClassLoader(owner)) {
            return Optional.of("new " + simpleName(owner) + " " + LOADERS);
        }
        return RULES.stream().filter(r -> r.matches(owner, name)).findFirst()
                .map(r -> simpleName(owner) + "." + name + " " + r.why());
    }

    /**
     * Whether {@code owner} is a class loader of the JDK. Every class loader sketch code could make, its own
     * subclasses included, runs one of their constructors; a library's loader classes are the library's business.
     */
    private static boolean isJdkClassLoader(String owner) {
        return JDK_LOADERS.computeIfAbsent(owner, o -> {
            if (!o.startsWith("java/") && !o.startsWith("javax/") && !o.startsWith("jdk/") && !o.startsWith("sun/")
                    && !o.startsWith("com/sun/")) {
                return false;
            }
            try {
                Class<?> c = Class.forName(o.replace('/', '.'), false, ClassLoader.getPlatformClassLoader());
                return ClassLoader.class.isAssignableFrom(c);
            } catch (ClassNotFoundException | LinkageError notAJdkClass) {
                return false; // javac would not have compiled a call to it; nothing of the JDK to refuse
            }
        });
    }

    /** Like {@link #refusal}, for a member reached by reflection or a method handle, which may not be a gateway either. */
    public static Optional<String> reflectiveRefusal(String owner, String name) {
        return refusal(owner, name).or(() -> GATEWAYS.stream().filter(r -> r.matches(owner, name)).findFirst()
                .map(r -> "reflecting on " + simpleName(owner) + "." + name + " " + r.why()))
                .or(() -> valueChecked(owner, name));
    }

    /**
     * Why {@code owner.name} may not be reached by reflection, a method reference or a method handle when its danger
     * lies in the values it is given (the file it opens, the field it reads or writes), which the guard checks only
     * before a direct call; or empty.
     */
    private static Optional<String> valueChecked(String owner, String name) {
        boolean scanning = owner.equals("java/util/Scanner") && !name.equals("<init>"); // reads what it was opened on
        if ((FILE_CONSTRUCTORS.contains(owner) && name.equals("<init>")) || (FILE_CALLS.contains(owner) && !scanning)
                || isFileMove(owner, name)) {
            return Optional.of("reaching " + simpleName(owner) + "." + name + " indirectly " + UNCHECKED_FILE);
        }
        if ((owner.equals("java/lang/reflect/Field") && FIELD_VALUES.contains(name))
                || (owner.equals("java/lang/invoke/MethodHandles$Lookup") && FIELD_LOOKUPS.contains(name))) {
            return Optional.of("reflecting on " + simpleName(owner) + "." + name + " " + REFLECTS);
        }
        return Optional.empty();
    }

    /**
     * Whether {@code owner.name} is {@code java.io.File}'s move, whose target the guard checks as it checks a file
     * being opened: a file written elsewhere and moved into the sketch's {@code lib/} would run unchecked.
     */
    static boolean isFileMove(String owner, String name) {
        return owner.equals("java/io/File") && name.equals("renameTo");
    }

    /** Whether constructing {@code owner} (an internal name) may open a file, which only a direct call lets Relive check. */
    static boolean opensFiles(String owner) {
        return FILE_CONSTRUCTORS.contains(owner) || FILE_CALLS.contains(owner);
    }

    private static String simpleName(String owner) {
        String dotted = owner.replace('/', '.');
        return dotted.startsWith("java.lang.") && dotted.indexOf('.', 10) < 0 ? dotted.substring(10) : dotted;
    }
}
