package dev.relive.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the JDK must grant the runtime module beyond its descriptor: {@code java.lang} opened (to sweep dead sketch
 * thread-locals) and javac's internals exported (to reuse javac's context between compiles). One file says it,
 * {@value #FILE} next to this class, written as a {@code java} argument file: the IDE's launch and the runtime's
 * tests pass it to {@code java} as {@code @.../runtime.args}, and the runner jar's {@link Launcher} reads it here
 * and grants the same with its instrumentation.
 */
public final class LaunchGrants {

    /** The argument file's name, next to this class (in the sources: {@code src/main/resources/dev/relive/launch/}). */
    public static final String FILE = "runtime.args";

    /**
     * One grant: {@code module}'s package {@code pkg} opened (or only exported) to {@code target}.
     *
     * @param open whether it is {@code --add-opens} rather than {@code --add-exports}
     */
    public record Grant(boolean open, String module, String pkg, String target) {
    }

    private LaunchGrants() {
    }

    /** The grants of {@value #FILE}. */
    public static List<Grant> read() {
        try (InputStream in = LaunchGrants.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing next to " + LaunchGrants.class.getName());
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }

    /** Parses argument-file text made of {@code --add-opens|--add-exports module/package=target} pairs. */
    public static List<Grant> parse(String text) {
        String[] words = text.trim().split("\\s+");
        List<Grant> grants = new ArrayList<>();
        for (int i = 0; i + 1 < words.length; i += 2) {
            boolean open = words[i].equals("--add-opens");
            if (!open && !words[i].equals("--add-exports")) {
                throw new IllegalArgumentException(FILE + ": expected --add-opens or --add-exports, found " + words[i]);
            }
            String value = words[i + 1];
            int slash = value.indexOf('/');
            int equals = value.indexOf('=');
            if (slash < 1 || equals < slash + 2 || equals == value.length() - 1) {
                throw new IllegalArgumentException(FILE + ": expected module/package=target, found " + value);
            }
            grants.add(new Grant(open, value.substring(0, slash), value.substring(slash + 1, equals), value.substring(equals + 1)));
        }
        if (words.length % 2 != 0) {
            throw new IllegalArgumentException(FILE + ": " + words[words.length - 1] + " has no value");
        }
        return grants;
    }
}
