package dev.relive.app.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The recently opened sketch folders, newest first, kept in a small text file (one absolute path per line) so
 * File → Open Recent survives a restart.
 */
public final class RecentSketches {

    /** How many folders are remembered. */
    public static final int MAX = 10;

    private final Path file;

    /** A list stored in {@code file}. */
    public RecentSketches(Path file) {
        this.file = Objects.requireNonNull(file, "File must not be null");
    }

    /** The remembered folders, newest first; none before anything was opened. */
    public List<Path> load() throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException first) {
            return List.of(); // nothing opened yet: the normal first launch
        }
        return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).map(Path::of).distinct().limit(MAX).toList();
    }

    /** Puts {@code folder} first, drops older duplicates and the overflow, saves, and returns the new list. */
    public List<Path> add(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(load());
        list.remove(absolute);
        list.add(0, absolute);
        List<Path> kept = list.subList(0, Math.min(MAX, list.size()));
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".recent-", ".tmp");
        try {
            Files.write(temp, kept.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        return List.copyOf(kept);
    }
}
