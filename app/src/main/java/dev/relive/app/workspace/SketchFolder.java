package dev.relive.app.workspace;

import dev.relive.app.live.FxThread;
import dev.relive.engine.SketchFiles;
import dev.relive.files.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A sketch folder as the IDE sees it: its source files, read and written by path relative to the folder (with
 * {@code /}). Writes are atomic (temp file, then move), so the engine's watcher never reads half a file.
 */
public final class SketchFolder {

    /** An {@code implements} clause naming {@code Sketch}, or a {@code main} method. */
    private static final java.util.regex.Pattern ENTRY_POINT = java.util.regex.Pattern.compile(
            "implements\\s+(?:[\\w.]+\\s*,\\s*)*(?:dev\\.relive\\.api\\.)?Sketch\\b|static\\s+void\\s+main\\s*\\(");

    private final Path root;

    private SketchFolder(Path root) {
        this.root = root;
    }

    /**
     * Opens {@code folder} after checking that it is a folder this user can list.
     *
     * @throws NoSuchFileException    if it does not exist
     * @throws NotDirectoryException  if it is a file
     * @throws AccessDeniedException  if it cannot be read
     */
    public static SketchFolder open(Path folder) throws IOException {
        Path root = Objects.requireNonNull(folder, "Folder must not be null").toAbsolutePath().normalize();
        if (!Files.exists(root)) {
            throw new NoSuchFileException(root.toString(), null, "no such folder");
        }
        if (!Files.isDirectory(root)) {
            throw new NotDirectoryException(root.toString());
        }
        if (!Files.isReadable(root)) {
            throw new AccessDeniedException(root.toString(), null, "the folder is not readable");
        }
        try (DirectoryStream<Path> probe = Files.newDirectoryStream(root)) {
            probe.iterator().hasNext(); // listing is what the engine needs; fail here with the real reason
        }
        return new SketchFolder(root);
    }

    /** The folder. */
    public Path root() {
        return root;
    }

    /** The folder's name, which is the sketch's name. */
    public String name() {
        return root.getFileName() == null ? root.toString() : root.getFileName().toString();
    }

    /** Every {@code .java} file the engine compiles, relative and sorted; hidden and build folders are skipped. */
    public List<String> sourceFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".java") && SketchFiles.isSketchFile(root.relativize(p)))
                    .map(p -> SketchFiles.relative(root, p))
                    .sorted()
                    .toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The file a window shows first among {@code files} (relative, as {@link #sourceFiles()} lists them):
     * {@code Main.java} in any folder, otherwise the first; empty when there are none.
     */
    public static java.util.Optional<String> firstShown(List<String> files) {
        return files.stream().filter(f -> f.equals("Main.java") || f.endsWith("/Main.java")).findFirst()
                .or(() -> files.stream().findFirst());
    }

    /** The file at {@code relative}, checked to stay inside the folder. */
    public Path resolve(String relative) {
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("\"" + relative + "\" is not a file inside " + root);
        }
        return file;
    }

    /** Whether the file exists. */
    public boolean exists(String relative) {
        return Files.isRegularFile(resolve(relative));
    }

    /** The file's text, read as UTF-8. */
    public String read(String relative) throws IOException {
        return Files.readString(resolve(relative), StandardCharsets.UTF_8);
    }

    /** Writes {@code text} so that a reader (the engine's watcher) sees the old content or the new, never a mix. */
    public void write(String relative, String text) throws IOException {
        Path file = resolve(relative);
        Files.createDirectories(file.getParent()); // a new file may live in a new package folder
        AtomicFiles.write(file, text);
    }

    /**
     * Creates the file {@code name} with its template text.
     *
     * @throws FileAlreadyExistsException if it exists, so a person's code is never overwritten
     */
    public void create(SourceFileName name) throws IOException {
        create(name, name.template());
    }

    /**
     * Creates the file {@code name} holding {@code text}.
     *
     * @throws FileAlreadyExistsException if it exists, so a person's code is never overwritten
     */
    public void create(SourceFileName name, String text) throws IOException {
        Path file = resolve(name.path());
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(name.path(), null, "a file with that name is already in the sketch");
        }
        write(name.path(), text);
    }

    /**
     * Whether some source file of the sketch is an entry point the engine can run: a class that implements
     * {@code Sketch} or has a {@code main} method (README, Sketches). A quick look at the text, not a compile, for
     * choosing what a new file starts as; unreadable files count as none.
     */
    public boolean hasEntryPoint() throws IOException {
        for (String file : sourceFiles()) {
            String text;
            try {
                text = read(file);
            } catch (IOException e) {
                continue; // unreadable here means unreadable to the engine too: it runs nothing from this file
            }
            if (ENTRY_POINT.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every folder that holds sketch files or nothing at all (a folder just made), relative and sorted; hidden and
     * build folders are skipped, like the files in them.
     */
    public List<String> folders() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            // A folder counts when a source in it would: the engine's own rule, so hidden and build folders stay out.
            return walk.filter(p -> !p.equals(root) && Files.isDirectory(p)
                            && SketchFiles.isSketchFile(root.relativize(p).resolve("Probe.java")))
                    .map(p -> SketchFiles.relative(root, p))
                    .sorted()
                    .toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Makes the folder {@code relative} (its parents too).
     *
     * @throws FileAlreadyExistsException if something of that name exists
     */
    public void createFolder(String relative) throws IOException {
        Path folder = resolve(relative);
        if (Files.exists(folder)) {
            throw new FileAlreadyExistsException(relative, null, "something of that name is already in the sketch");
        }
        Files.createDirectories(folder);
    }

    /**
     * Renames the file or folder {@code from} to {@code to} in one move, so the engine sees one change.
     *
     * @throws FileAlreadyExistsException if {@code to} exists, so nothing is overwritten
     */
    public void move(String from, String to) throws IOException {
        FxThread.refuse("Moving a sketch file");
        Path source = resolve(from);
        Path target = resolve(to);
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(to, null, "something of that name is already in the sketch");
        }
        Files.createDirectories(target.getParent());
        Files.move(source, target);
    }

    /** Deletes the file or folder {@code relative}, with everything in it. */
    public void delete(String relative) throws IOException {
        FxThread.refuse("Deleting a sketch file");
        Path path = resolve(relative);
        if (!Files.isDirectory(path)) {
            Files.delete(path);
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(path)) {
            all = walk.sorted(java.util.Comparator.reverseOrder()).toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path p : all) {
            Files.delete(p);
        }
    }
}
