package dev.relive.app.workspace;

import dev.relive.files.AtomicFiles;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The user's Relive home: a {@code sketches} folder holding the user's own copies of sketches, and the list of
 * recently opened ones. On first launch the bundled example is copied out of the assets folder into it, and so is
 * every example opened from the Examples menu, so the user edits a copy and the repository's examples are never
 * touched.
 *
 * <p>The home is {@code ~/Relive} unless the system property {@value #HOME_PROPERTY} says otherwise (tests point
 * it at a temporary folder); the assets folder is the system property {@value #ASSETS_PROPERTY}, or
 * {@code assets} in the working directory.
 */
public final class Workspace {

    /** System property naming the Relive home folder. */
    public static final String HOME_PROPERTY = "relive.home";
    /** System property naming the assets folder that holds {@code examples/}. */
    public static final String ASSETS_PROPERTY = "relive.assets";
    /** The example opened on first launch. */
    public static final String FIRST_EXAMPLE = "bouncing-balls";

    private final Path home;
    private final Path assets;
    private final RecentSketches recent;

    /** A workspace in {@code home}, taking examples from {@code assets}. */
    public Workspace(Path home, Path assets) {
        this.home = Objects.requireNonNull(home, "Home must not be null").toAbsolutePath().normalize();
        this.assets = Objects.requireNonNull(assets, "Assets must not be null").toAbsolutePath().normalize();
        this.recent = new RecentSketches(this.home.resolve("recent-sketches.txt"));
    }

    /** The workspace the system properties describe, with the defaults above. */
    public static Workspace fromSystemProperties() {
        String home = System.getProperty(HOME_PROPERTY);
        String assets = System.getProperty(ASSETS_PROPERTY);
        return new Workspace(home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), "Relive"),
                assets != null ? Path.of(assets) : Path.of("assets"));
    }

    /** The Relive home folder. */
    public Path home() {
        return home;
    }

    /** The folder holding the user's sketches. */
    public Path sketches() {
        return home.resolve("sketches");
    }

    /** The recently opened sketches. */
    public RecentSketches recent() {
        return recent;
    }

    /**
     * The sketch to open at launch: the most recent one that still exists, or else the first example, copied
     * into the sketches folder if it is not there yet.
     */
    public Path initialSketch() throws IOException {
        Optional<Path> last = recent.load().stream().filter(Files::isDirectory).findFirst();
        return last.isPresent() ? last.get() : installExample(FIRST_EXAMPLE);
    }

    /**
     * The bundled examples, one for every folder in the assets' {@code examples/}, sorted by name; none when the
     * assets have no examples.
     */
    public List<Example> examples() throws IOException {
        Path folder = assets.resolve("examples");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> folders;
        try (Stream<Path> list = Files.list(folder)) {
            folders = list.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        List<Example> examples = new ArrayList<>(folders.size());
        for (Path example : folders) {
            examples.add(Example.in(example));
        }
        return examples;
    }

    /** The user's copy of example {@code name}, if they have one. */
    public Optional<Path> exampleCopy(String name) {
        Path copy = sketches().resolve(name);
        return Files.isDirectory(copy) ? Optional.of(copy) : Optional.empty();
    }

    /**
     * Copies example {@code name} from the assets into the sketches folder and returns the copy. An existing copy
     * is returned as it is, since it holds the user's edits.
     *
     * @throws NoSuchFileException if the assets have no such example
     */
    public Path installExample(String name) throws IOException {
        Optional<Path> existing = exampleCopy(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        Path target = sketches().resolve(name);
        copyTree(exampleSource(name), target);
        return target;
    }

    /**
     * Copies example {@code name} afresh beside the user's copy, as {@code name-2} (or the next free number), and
     * returns the new copy; the user's edited copy is left as it is.
     *
     * @throws NoSuchFileException if the assets have no such example
     */
    public Path installFreshExample(String name) throws IOException {
        Path source = exampleSource(name);
        for (int n = 2; ; n++) {
            Path target = sketches().resolve(name + "-" + n);
            if (!Files.exists(target)) {
                copyTree(source, target);
                return target;
            }
        }
    }

    /**
     * What is wrong with {@code name} as the folder name of a new sketch in the workspace, or empty: a plain folder
     * name (letters, digits, {@code -}, {@code _} and {@code .}, not starting with a dot) that no sketch has yet.
     */
    public Optional<String> newSketchProblem(String name) {
        String typed = name == null ? "" : name.strip();
        if (typed.isEmpty()) {
            return Optional.of("Type a name for the sketch, such as my-sketch.");
        }
        if (typed.length() > 100) {
            return Optional.of("That name is too long; keep it under 100 characters.");
        }
        if (!typed.matches("[A-Za-z0-9_\\-][A-Za-z0-9_.\\-]*")) {
            return Optional.of("Use letters, digits, -, _ and . only (no spaces or slashes), not starting with a dot.");
        }
        if (Files.exists(sketches().resolve(typed))) {
            return Optional.of("There is already a sketch named " + typed + " in " + sketches() + "; choose another name.");
        }
        return Optional.empty();
    }

    /** A name for a new sketch that none has yet: {@code sketch-1}, or the next free number. */
    public String freeSketchName() {
        for (int n = 1; ; n++) {
            if (!Files.exists(sketches().resolve("sketch-" + n))) {
                return "sketch-" + n;
            }
        }
    }

    /**
     * Creates the sketch {@code name} in the workspace from {@code template} and returns its folder. It is written
     * under a hidden name and then renamed, so a crash never leaves a half sketch.
     *
     * @throws IllegalArgumentException if the name is not valid or taken, with {@link #newSketchProblem}'s message
     * @throws IOException              if it cannot be written
     */
    public Path createSketch(String name, SketchTemplate template) throws IOException {
        Optional<String> problem = newSketchProblem(name);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        Path target = sketches().resolve(name.strip());
        Path partial = Files.createDirectories(sketches()).resolve("." + target.getFileName() + ".partial");
        deleteTree(partial);
        Files.createDirectories(partial);
        AtomicFiles.write(partial.resolve(SketchTemplate.FILE), template.source());
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target);
        }
        return target;
    }

    private Path exampleSource(String name) throws NoSuchFileException {
        Path source = assets.resolve("examples").resolve(name);
        if (!Files.isDirectory(source)) {
            throw new NoSuchFileException(source.toString(), null,
                    "example not found; set -D" + ASSETS_PROPERTY + " to the repository's assets folder");
        }
        return source;
    }

    private static void copyTree(Path source, Path target) throws IOException {
        Path partial = Files.createDirectories(target.getParent()).resolve("." + target.getFileName() + ".partial");
        deleteTree(partial);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.toList();
        }
        for (Path from : files) {
            Path to = partial.resolve(source.relativize(from).toString());
            if (Files.isDirectory(from)) {
                Files.createDirectories(to);
            } else {
                Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        try {
            // Copied under a hidden name first, so a crash never leaves a half example that looks complete.
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target);
        } catch (FileAlreadyExistsException raced) {
            deleteTree(partial); // another Relive copied it first; theirs is complete, so use it
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = walk.sorted(java.util.Comparator.reverseOrder()).toList();
        }
        for (Path p : all) {
            Files.deleteIfExists(p);
        }
    }
}
