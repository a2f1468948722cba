package dev.relive.app.recovery;

import dev.relive.app.workspace.Workspace;
import dev.relive.files.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The recovery area: copies of unsaved edits, kept under the Relive home so that a crash loses nothing. Each sketch
 * has a folder named after it and a hash of its path ({@code recovery/bouncing-balls-1a2b3c4d5e6f/}), holding
 * {@code sketch.txt} (the sketch's path, for people looking) and {@code files/} mirroring the sketch's files.
 * Every write is atomic ({@link AtomicFiles}), so a crash mid-write leaves the previous copy whole; the hidden
 * temporary file it may leave is never listed.
 *
 * <p>Thread-safe: every store in the process serializes its file work, so a delete that tidies up an empty folder
 * never races a write into it, and a listing never reads a copy being deleted.
 */
public final class RecoveryStore {

    /** The recovery area's folder in the Relive home. */
    public static final String FOLDER = "recovery";

    private static final String SKETCH_NOTE = "sketch.txt";
    private static final String FILES = "files";
    private static final Object LOCK = new Object();

    private final Path area;

    /** A store in {@code area}. */
    public RecoveryStore(Path area) {
        this.area = Objects.requireNonNull(area, "Area must not be null").toAbsolutePath().normalize();
    }

    /** The store in {@code workspace}'s home. */
    public static RecoveryStore in(Workspace workspace) {
        return new RecoveryStore(workspace.home().resolve(FOLDER));
    }

    /** Keeps {@code text} as the unsaved edits of {@code file} (relative, with {@code /}) in {@code sketch}. */
    public void write(Path sketch, String file, String text) throws IOException {
        synchronized (LOCK) {
            Path folder = folderOf(sketch);
            if (!Files.exists(folder.resolve(SKETCH_NOTE))) {
                Files.createDirectories(folder);
                AtomicFiles.write(folder.resolve(SKETCH_NOTE), sketch.toAbsolutePath().normalize() + "\n");
            }
            Path copy = fileOf(folder, file);
            Files.createDirectories(copy.getParent());
            AtomicFiles.write(copy, text);
        }
    }

    /** Forgets the unsaved edits of {@code file} in {@code sketch}; the sketch's folder goes once it is empty. */
    public void delete(Path sketch, String file) throws IOException {
        synchronized (LOCK) {
            Path folder = folderOf(sketch);
            Path files = folder.resolve(FILES);
            Path kept = fileOf(folder, file);
            Files.deleteIfExists(kept);
            for (Path dir = kept.getParent(); dir.startsWith(files) && Files.isDirectory(dir) && isEmpty(dir); dir = dir.getParent()) {
                Files.delete(dir);
            }
            if (!Files.exists(files)) {
                Files.deleteIfExists(folder.resolve(SKETCH_NOTE));
                deleteIfEmpty(folder);
            }
        }
    }

    /** The unsaved edits kept for {@code sketch}, by path; none when there are none. */
    public List<RecoveredFile> list(Path sketch) throws IOException {
        synchronized (LOCK) {
            return listLocked(sketch);
        }
    }

    private List<RecoveredFile> listLocked(Path sketch) throws IOException {
        Path root = sketch.toAbsolutePath().normalize();
        Path files = folderOf(sketch).resolve(FILES);
        if (!Files.isDirectory(files)) {
            return List.of();
        }
        List<Path> found;
        try (Stream<Path> walk = Files.walk(files)) {
            found = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(".")) // a write a crash cut short
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<RecoveredFile> recovered = new ArrayList<>(found.size());
        for (Path p : found) {
            String relative = files.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
            recovered.add(new RecoveredFile(root, relative, Files.readString(p, StandardCharsets.UTF_8),
                    Files.getLastModifiedTime(p).toInstant()));
        }
        return recovered;
    }

    /** The store's folder. */
    public Path area() {
        return area;
    }

    private Path folderOf(Path sketch) {
        Path root = sketch.toAbsolutePath().normalize();
        String name = root.getFileName() == null ? "sketch" : root.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        return area.resolve(name + "-" + hash(root.toString()));
    }

    private static Path fileOf(Path folder, String file) {
        Path files = folder.resolve(FILES);
        Path kept = files.resolve(file).normalize();
        if (!kept.startsWith(files) || kept.equals(files)) {
            throw new IllegalArgumentException("\"" + file + "\" is not a file inside the sketch");
        }
        return kept;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteIfEmpty(Path dir) throws IOException {
        if (Files.isDirectory(dir) && isEmpty(dir)) {
            Files.delete(dir);
        }
    }
}
