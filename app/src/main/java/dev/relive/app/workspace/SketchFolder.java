package dev.relive.app.workspace;

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
        Path file = resolve(name.path());
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(name.path(), null, "a file with that name is already in the sketch");
        }
        write(name.path(), name.template());
    }
}
