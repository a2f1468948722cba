package dev.relive.guard;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folders of an open sketch that its own code may not open files in: {@code lib/}, whose jars are trusted and
 * run without Relive's checks (a jar written there would be loaded by the next generation), and {@code .relive/},
 * the history and the folder's lock. The engine seals a sketch's folders when it opens the sketch and unseals them
 * when it closes; {@link Reach} refuses every file under them, the folders themselves included.
 */
public final class SealedFolders {

    private static final Set<Path> SEALED = ConcurrentHashMap.newKeySet();

    private SealedFolders() {
    }

    /** Seals the {@code lib/} and {@code .relive/} folders of the sketch in {@code sketchRoot}. */
    public static void seal(Path sketchRoot) {
        SEALED.addAll(forms(sketchRoot));
    }

    /** Unseals what {@link #seal} sealed, when the sketch is closed. */
    public static void unseal(Path sketchRoot) {
        SEALED.removeAll(forms(sketchRoot));
    }

    /** The sealed folder that {@code path} (absolute and normalized) lies in or is, if any. */
    static Optional<Path> holding(Path path) {
        return SEALED.stream().filter(path::startsWith).findFirst();
    }

    /** Both folders, as written and with the sketch folder's links resolved, so either spelling of a path matches. */
    private static List<Path> forms(Path sketchRoot) {
        Path written = sketchRoot.toAbsolutePath().normalize();
        Path real;
        try {
            real = written.toRealPath();
        } catch (IOException gone) {
            real = written; // a folder that cannot be resolved is judged as written
        }
        return List.of(written.resolve("lib"), written.resolve(".relive"), real.resolve("lib"), real.resolve(".relive"));
    }
}
