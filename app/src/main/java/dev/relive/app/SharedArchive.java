package dev.relive.app;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Keeps the launch's class-data-sharing archive (AppCDS) usable. The README's launch (app/pom.xml) names an archive
 * in the user's cache folder: on JDK 19 and later the JVM makes and remakes it by itself
 * ({@code -XX:+AutoCreateSharedArchive}); on JDK 17 the launch writes it at exit when it is missing
 * ({@code -XX:ArchiveClassesAtExit}) and maps it otherwise ({@code -XX:SharedArchiveFile}). A JDK 17 archive made
 * for other jars (a rebuild, another checkout) is refused by the JVM, harmlessly but for good; so this class notes
 * which jars an archive was made from next to it, and deletes an archive that no longer matches, which makes the
 * next launch write a fresh one. It also creates the cache folder, which the JVM does not. Best effort: a problem
 * here costs only the faster start.
 */
final class SharedArchive {

    private static final String WRITE = "-XX:ArchiveClassesAtExit=";
    private static final String USE = "-XX:SharedArchiveFile=";

    private SharedArchive() {
    }

    /** Looks at this JVM's own arguments and prepares or retires the archive they name. */
    static void prepare() {
        prepare(ProcessHandle.current().info().arguments().map(List::of).orElse(List.of()));
    }

    /** Prepares or retires the archive that the JVM options among {@code arguments} name. */
    static void prepare(List<String> arguments) {
        try {
            Optional<Path> written = named(arguments, WRITE);
            Optional<Path> used = named(arguments, USE);
            if (written.isPresent()) {
                Files.createDirectories(written.get().toAbsolutePath().getParent());
                Files.writeString(identity(written.get()), fingerprint(), StandardCharsets.UTF_8);
            } else if (used.isPresent() && arguments.contains("-XX:+AutoCreateSharedArchive")) {
                Files.createDirectories(used.get().toAbsolutePath().getParent());
            } else if (used.isPresent()) {
                Path id = identity(used.get());
                if (!Files.isRegularFile(id) || !Files.readString(id, StandardCharsets.UTF_8).equals(fingerprint())) {
                    Files.deleteIfExists(used.get()); // made for other jars: the next launch writes a fresh one
                    Files.deleteIfExists(id);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Only speed is at stake, and the launch must go on; say so once.
            System.err.println("relive: the class-data-sharing archive could not be prepared: " + e);
        }
    }

    private static Optional<Path> named(List<String> arguments, String option) {
        return arguments.stream().filter(a -> a.startsWith(option)).reduce((first, last) -> last)
                .map(a -> Path.of(a.substring(option.length())));
    }

    private static Path identity(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".jars");
    }

    /** The JVM and every jar of the class path and module path, with sizes and times, one a line. */
    private static String fingerprint() throws IOException {
        StringBuilder text = new StringBuilder(Runtime.version().toString()).append('\n');
        for (String property : List.of("java.class.path", "jdk.module.path")) {
            for (String entry : System.getProperty(property, "").split(File.pathSeparator)) {
                if (entry.isEmpty()) {
                    continue;
                }
                Path path = Path.of(entry);
                if (Files.isDirectory(path)) {
                    try (Stream<Path> jars = Files.list(path)) {
                        for (Path jar : jars.sorted().toList()) {
                            describe(jar, text);
                        }
                    }
                } else {
                    describe(path, text);
                }
            }
        }
        return text.toString();
    }

    private static void describe(Path file, StringBuilder text) throws IOException {
        text.append(file.toAbsolutePath()).append(' ');
        if (Files.exists(file)) {
            text.append(Files.size(file)).append(' ').append(Files.getLastModifiedTime(file).toMillis());
        }
        text.append('\n');
    }
}
