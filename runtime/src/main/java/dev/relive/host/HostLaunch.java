package dev.relive.host;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.List;

/**
 * The main class of a host on the class path (the IDE): {@code java --module-path ... -classpath <host>
 * --module dev.relive.runtime/dev.relive.host.HostLaunch <host main class> <its arguments>}.
 *
 * <p>The runtime module exports only {@code dev.relive.api} to everyone, because sketch code runs in unnamed
 * modules too and must see nothing else of Relive. The host also runs in an unnamed module (the class path's), and
 * the JVM's own options can export a package to all unnamed modules only ({@code ALL-UNNAMED}), which would
 * include every sketch's. So the runtime itself exports its {@link #HOST_PACKAGES} to the class path's unnamed
 * module alone, and then calls the host's {@code main}. Sketch code, whose classes are defined by the engine's
 * loaders, never gets these exports, and it may neither define classes on the class path nor open the host's
 * classes (see {@code dev.relive.guard.Reach}).
 */
public final class HostLaunch {

    /** The packages a host drives the engine through: the engine, its events, history, analysis, export and so on. */
    public static final List<String> HOST_PACKAGES = List.of("dev.relive.analysis", "dev.relive.compile",
            "dev.relive.deps", "dev.relive.draw", "dev.relive.engine", "dev.relive.event", "dev.relive.export", "dev.relive.failure",
            "dev.relive.files", "dev.relive.history", "dev.relive.inspect", "dev.relive.loop", "dev.relive.migrate",
            "dev.relive.output");

    private HostLaunch() {
    }

    /** Exports {@link #HOST_PACKAGES} to the class path, then runs {@code args[0]}'s {@code main} with the rest. */
    public static void main(String[] args) throws Throwable {
        if (args.length == 0) {
            System.err.println("relive: usage: HostLaunch <main class on the class path> [arguments]");
            System.exit(2);
            return;
        }
        Module runtime = HostLaunch.class.getModule();
        Module classPath = ClassLoader.getSystemClassLoader().getUnnamedModule();
        for (String pn : HOST_PACKAGES) {
            runtime.addExports(pn, classPath);
        }
        Class<?> host = Class.forName(args[0], false, ClassLoader.getSystemClassLoader());
        try {
            host.getMethod("main", String[].class).invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
