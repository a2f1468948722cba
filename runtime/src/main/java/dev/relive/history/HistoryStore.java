package dev.relive.history;

import dev.relive.compile.CompileResult;
import dev.relive.compile.SourceSet;
import dev.relive.files.AtomicFiles;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Keeps the history on disk in the sketch's {@code .relive/history/} folder, one folder per generation with its
 * sources and a {@code meta.properties}, so reopening a sketch restores its history. Every write is crash-safe:
 * a generation's folder is written under a temporary name and renamed into place, and metadata is written to a
 * temporary file and moved over the old one, so a {@code kill -9} at any moment leaves either the old or the new
 * content. Every write goes, in order, through one named daemon thread, so saving history never slows a swap down.
 */
public final class HistoryStore implements AutoCloseable {

    /** A store that keeps nothing, for engines without a sketch folder of their own. */
    public static final HistoryStore NONE = new HistoryStore(null, e -> { });

    private static final String META = "meta.properties";
    private static final String SOURCES = "src";

    private final Path root;
    private final Path folder;
    private final Consumer<String> problems;
    private final ExecutorService writer;

    /** A store in {@code sketchRoot/.relive/history}; write failures are reported to {@code problems}, never thrown at a swap. */
    public HistoryStore(Path sketchRoot, Consumer<String> problems) {
        this.root = sketchRoot;
        this.folder = sketchRoot == null ? null : sketchRoot.resolve(".relive").resolve("history");
        this.problems = problems;
        this.writer = sketchRoot == null ? null : Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "relive-history");
            t.setDaemon(true);
            return t;
        });
    }

    /** The generations kept on disk, oldest first, without compiled bytes (they are compiled again when needed). */
    public List<Generation> load() {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        List<Generation> restored = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(folder)) {
            for (Path dir : dirs.sorted().toList()) {
                String name = dir.getFileName().toString();
                if (name.startsWith(".tmp-")) {
                    deleteTree(dir); // a write that a crash interrupted: it never became part of the history
                } else if (name.matches("\\d+") && Files.isRegularFile(dir.resolve(META))) {
                    restored.add(read(dir));
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.accept("cannot read the saved history in " + folder + ": " + e.getMessage());
        }
        restored.sort(Comparator.comparingInt(Generation::number));
        return restored;
    }

    /** The live generation recorded on disk, or 0. */
    public int loadLive() {
        if (folder == null) {
            return 0;
        }
        try {
            Path live = folder.resolve("live");
            return Files.isRegularFile(live) ? Integer.parseInt(Files.readString(live).strip()) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0; // no readable live pointer: nothing is live until the first compile, which is what 0 says
        }
    }

    /** Writes a new generation's sources and metadata, in the background, before any later update of it. */
    public void add(Generation generation) {
        background(() -> write(generation));
    }

    private void write(Generation generation) throws IOException {
        Path target = folder.resolve(String.valueOf(generation.number()));
        if (Files.isDirectory(target)) {
            writeMeta(target, generation);
            return;
        }
        createLevel(folder.getParent());
        createLevel(folder);
        Path temp = folder.resolve(".tmp-" + generation.number() + "-" + System.nanoTime());
        Files.createDirectory(temp); // one level only: never rebuilds a sketch folder that vanished meanwhile
        try {
            for (Map.Entry<String, String> e : generation.sources().sources().entrySet()) {
                Path file = temp.resolve(SOURCES).resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            }
            writeMeta(temp, generation);
            AtomicFiles.move(temp, target);
        } finally {
            deleteTree(temp); // only left over if the move failed
        }
    }

    /** Rewrites a generation's metadata, in the background. */
    public void update(Generation generation) {
        background(() -> {
            Path dir = folder.resolve(String.valueOf(generation.number()));
            if (Files.isDirectory(dir)) {
                writeMeta(dir, generation);
            }
        });
    }

    /** Records which generation is live, in the background. */
    public void live(int number) {
        background(() -> AtomicFiles.write(folder.resolve("live"), String.valueOf(number)));
    }

    /** Deletes dropped generations from disk, in the background. */
    public void delete(List<Generation> dropped) {
        background(() -> {
            for (Generation g : dropped) {
                deleteTree(folder.resolve(String.valueOf(g.number())));
            }
        });
    }

    /** Waits until every background write so far is done. */
    public void flush() {
        if (writer != null) {
            try {
                writer.submit(() -> { }).get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                problems.accept("history writes did not finish: " + e);
            }
        }
    }

    private interface Write {
        void run() throws IOException;
    }

    private void background(Write write) {
        if (writer == null || writer.isShutdown()) {
            return;
        }
        writer.execute(() -> {
            if (!Files.isDirectory(root)) {
                return; // the sketch folder was deleted or renamed: never recreate it just to keep its history
            }
            try {
                write.run();
            } catch (IOException e) {
                problems.accept("cannot update the saved history in " + folder + ": " + e.getMessage());
            }
        });
    }

    private static void writeMeta(Path dir, Generation g) throws IOException {
        Properties p = new Properties();
        p.setProperty("number", String.valueOf(g.number()));
        p.setProperty("time", g.time().toString());
        p.setProperty("status", g.status().name());
        p.setProperty("changed", String.join("\n", g.changedFiles()));
        p.setProperty("liveMillis", String.valueOf(g.liveMillis()));
        g.revertOf().ifPresent(n -> p.setProperty("revertOf", String.valueOf(n)));
        Path temp = dir.resolve(META + ".tmp");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            p.store(out, "Relive generation");
        }
        AtomicFiles.move(temp, dir.resolve(META));
    }

    private static Generation read(Path dir) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve(META), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        Map<String, String> sources = new HashMap<>();
        Path src = dir.resolve(SOURCES);
        if (Files.isDirectory(src)) {
            try (Stream<Path> files = Files.walk(src)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    sources.put(src.relativize(f).toString().replace(java.io.File.separatorChar, '/'), Files.readString(f));
                }
            }
        }
        String changed = p.getProperty("changed", "");
        String revertOf = p.getProperty("revertOf");
        GenerationStatus status = GenerationStatus.valueOf(p.getProperty("status", "OK"));
        return new Generation(Integer.parseInt(p.getProperty("number")), Instant.parse(p.getProperty("time")),
                SourceSet.of(sources), CompileResult.NONE, status == GenerationStatus.PENDING ? GenerationStatus.OK : status,
                changed.isEmpty() ? List.of() : List.of(changed.split("\n")),
                revertOf == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(revertOf)),
                Double.parseDouble(p.getProperty("liveMillis", "-1")));
    }

    /**
     * Creates one folder level whose parent must exist. Never {@code createDirectories}: if the sketch folder was
     * renamed or deleted a moment ago, that would quietly bring it back.
     */
    private static void createLevel(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            try {
                Files.createDirectory(dir);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // Made meanwhile by another write of ours: that is all we wanted.
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() {
        if (writer != null) {
            flush();
            writer.shutdown();
        }
    }
}
