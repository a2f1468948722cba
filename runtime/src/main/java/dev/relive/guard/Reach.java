package dev.relive.guard;

import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.FileSystems;
import java.io.File;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What sketch code may reach at run time, where the answer depends on a value rather than on the bytecode: which
 * classes it may call or open by reflection, and which files it may open. The weaver puts a check before each such
 * call ({@link GuardWeaver}); these are the rules the checks apply.
 * <ul>
 *   <li><b>Reflection.</b> Sketch code may call, by reflection or method handle, the JDK, {@code dev.relive.api} and
 *   its own classes; never Relive's own classes (the engine, the IDE, their libraries), whatever loader it found
 *   them through. It may open ({@code setAccessible}, {@code privateLookupIn}) its own classes only: opening a JDK
 *   member (for instance {@code sun.misc.Unsafe.theUnsafe}, which {@code jdk.unsupported} opens to everyone) or
 *   a class of the IDE (which runs in an unnamed module, open to all) would reach past every other check.</li>
 *   <li><b>Threads.</b> Sketch code may interrupt, stop or change its own threads only, never the engine's, even
 *   one that runs the sketch's {@code step()} ({@link EngineThreads}).</li>
 *   <li><b>Class loaders.</b> Sketch code may not create them: the classes they define would run without guards.</li>
 *   <li><b>Files.</b> Sketch code may not open files under {@code /dev} or {@code /proc} (except {@code /dev/null},
 *   {@code /dev/zero}, {@code /dev/random}, {@code /dev/urandom}), after following symbolic links: they lead to
 *   the process's own standard streams ({@code /dev/stdout}, {@code /proc/self/fd/1}), where the runner writes its
 *   events and reads its commands, and to its memory. Nor files in the sketch's {@code lib/} and {@code .relive/}
 *   folders ({@link SealedFolders}): a jar written into {@code lib/} would run unchecked.</li>
 * </ul>
 */
public final class Reach {

    private static final Set<String> JDK = ModuleFinder.ofSystem().findAll().stream()
            .map(m -> m.descriptor().name()).collect(Collectors.toUnmodifiableSet());
    private static final String API = "dev.relive.api";
    private static final Set<String> HARMLESS_DEVICES = Set.of("/dev/null", "/dev/zero", "/dev/random", "/dev/urandom");
    private static final int MAX_LINKS = 40;

    private Reach() {
    }

    /** Whether {@code c} is a class of the JDK itself (a system module in the boot layer). */
    public static boolean isJdk(Class<?> c) {
        Module module = c.getModule();
        return module.isNamed() && module.getLayer() == ModuleLayer.boot() && JDK.contains(module.getName());
    }

    /** Whether {@code c} is the sketch's own: defined by a generation's loader or the loader of its {@code lib/} jars. */
    public static boolean isSketch(Class<?> c) {
        return c.getClassLoader() instanceof SketchLoader;
    }

    /** Why sketch code may not call or read members of {@code c} by reflection or method handle, or empty when it may. */
    public static Optional<String> refusalToReflect(Class<?> c) {
        Class<?> type = elementType(c);
        if (type.isPrimitive() || isJdk(type) || isSketch(type) || isApi(type)) {
            return Optional.empty();
        }
        return Optional.of("reaching " + type.getName() + " by reflection would reach into Relive itself;"
                + " sketch code may use the JDK, dev.relive.api and its own classes");
    }

    /** Why sketch code may not open (setAccessible, privateLookupIn) members of {@code c}, or empty when it may. */
    public static Optional<String> refusalToOpen(Class<?> c) {
        Class<?> type = elementType(c);
        if (isSketch(type)) {
            return Optional.empty();
        }
        return Optional.of("opening " + type.getName() + " to reflection would reach past Relive's checks;"
                + " sketch code may open its own classes only");
    }

    /** Why sketch code may not create an instance of {@code c} by reflection, or empty when it may. */
    public static Optional<String> refusalToConstruct(Class<?> c) {
        if (ClassLoader.class.isAssignableFrom(c)) {
            return Optional.of(ProcessWide.LOADERS);
        }
        for (Class<?> k = c; k != null && isJdk(k); k = k.getSuperclass()) {
            if (ProcessWide.opensFiles(k.getName().replace('.', '/'))) {
                return Optional.of("making a " + c.getName() + " by reflection or method handle would open a file whose"
                        + " name Relive checks only in a direct call; write the call out (new " + c.getSimpleName() + "(...))");
            }
        }
        return refusalToReflect(c);
    }

    /**
     * Why sketch code may not interrupt, stop or change {@code thread}, or empty when it may: it may touch the
     * thread it runs in and threads a generation started (whose context class loader is a {@link SketchLoader}),
     * never Relive's own (the compiler, the watcher, the history writer, the command reader, the IDE's), not even
     * those that lend themselves to sketch code and so carry a generation's loader while they do
     * ({@link EngineThreads}, such as the runtime loop).
     */
    public static Optional<String> refusalToTouch(Thread thread) {
        if (thread == null || thread == Thread.currentThread()
                || (thread.getContextClassLoader() instanceof SketchLoader && !EngineThreads.isEngine(thread))) {
            return Optional.empty();
        }
        return Optional.of("changing thread '" + thread.getName() + "' would reach into Relive, which owns it;"
                + " sketch code may interrupt or change its own threads only");
    }

    /**
     * Why sketch code may not open {@code file} (a {@link String} file name, a {@link File} or a {@link Path}), or
     * empty when it may. Anything else, and names that are no path at all, are let through: the call itself says
     * what is wrong with them.
     */
    public static Optional<String> refusalToOpenFile(Object file) {
        Path path;
        try {
            if (file instanceof Path p) {
                if (p.getFileSystem() != FileSystems.getDefault()) {
                    return Optional.empty();
                }
                path = p;
            } else if (file instanceof File f) {
                path = f.toPath();
            } else if (file instanceof String s) {
                path = Path.of(s);
            } else {
                return Optional.empty();
            }
        } catch (InvalidPathException notAPath) {
            return Optional.empty(); // opening it fails by itself, with the JDK's own message
        }
        return forbiddenAlong(path.toAbsolutePath().normalize()).map(p -> SealedFolders.holding(p)
                .map(folder -> "opening " + file + " would reach into " + folder + ", which belongs to Relive (lib/ jars"
                        + " run unchecked, .relive/ holds the history); keep the sketch's own files elsewhere in its folder")
                .orElse("opening " + file + " would reach " + p + ", the process's own devices, streams or memory;"
                        + " print with System.out, and keep files in the sketch's folder"));
    }

    /** The first forbidden path met while resolving {@code path} through its symbolic links, if any. */
    private static Optional<Path> forbiddenAlong(Path path) {
        Path current = path;
        for (int hops = 0; hops <= MAX_LINKS; hops++) {
            if (forbidden(current)) {
                return Optional.of(current);
            }
            Path resolved = realParent(current);
            if (forbidden(resolved)) {
                return Optional.of(resolved);
            }
            if (!Files.isSymbolicLink(resolved)) {
                return Optional.empty();
            }
            try {
                Path target = Files.readSymbolicLink(resolved);
                Path parent = resolved.getParent();
                current = (parent == null ? target : parent.resolve(target)).toAbsolutePath().normalize();
            } catch (IOException | UnsupportedOperationException e) {
                return Optional.empty(); // the link vanished or is unreadable: opening it fails by itself
            }
        }
        return Optional.of(path); // a longer chain than the OS itself follows: refuse rather than guess
    }

    /** {@code path} with its longest existing ancestor replaced by that ancestor's real path (links followed). */
    private static Path realParent(Path path) {
        Path parent = path.getParent();
        if (parent == null || path.getFileName() == null) {
            return path;
        }
        for (Path ancestor = parent; ancestor != null; ancestor = ancestor.getParent()) {
            if (Files.exists(ancestor)) {
                try {
                    return ancestor.toRealPath().resolve(ancestor.relativize(path));
                } catch (IOException e) {
                    return path; // it went away meanwhile: judge the path as written
                }
            }
        }
        return path;
    }

    private static boolean forbidden(Path path) {
        if (SealedFolders.holding(path).isPresent()) {
            return true;
        }
        String text = path.toString().replace(File.separatorChar, '/');
        if (HARMLESS_DEVICES.contains(text) || text.startsWith("/dev/shm/")) {
            return false;
        }
        return text.equals("/dev") || text.startsWith("/dev/") || text.equals("/proc") || text.startsWith("/proc/");
    }

    private static boolean isApi(Class<?> c) {
        return c.getPackageName().equals(API) && c.getModule() == Reach.class.getModule();
    }

    private static Class<?> elementType(Class<?> c) {
        Class<?> type = c;
        while (type.isArray()) {
            type = type.getComponentType();
        }
        return type;
    }
}
