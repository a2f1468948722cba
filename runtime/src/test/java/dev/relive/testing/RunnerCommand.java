package dev.relive.testing;

import dev.relive.launch.LaunchGrants;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that starts the headless runner in a new JVM from the classes under test, the way the runner
 * jar does: with the runtime as a named module (the tests run on the module path), or from the class path when the
 * tests do.
 */
public final class RunnerCommand {

    private RunnerCommand() {
    }

    /** {@code java ... dev.relive.cli.Main} followed by {@code args}. */
    public static List<String> of(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String modulePath = System.getProperty("jdk.module.path");
        if (modulePath != null && !modulePath.isBlank()) {
            // Surefire puts only the modules the runtime requires on the module path, the rest on the class path.
            command.addAll(List.of("--module-path", modulePath, "-cp", System.getProperty("java.class.path"),
                    "@" + grantsFile(), "-m", "dev.relive.runtime/dev.relive.cli.Main"));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.relive.cli.Main"));
        }
        command.addAll(List.of(args));
        return command;
    }

    /** The argument file of what the JDK grants the runtime, as the IDE's launch passes it. */
    private static String grantsFile() {
        try {
            return Path.of(LaunchGrants.class.getResource(LaunchGrants.FILE).toURI()).toString();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            throw new IllegalStateException(LaunchGrants.FILE + " is not a file next to the runtime's classes", e);
        }
    }
}
