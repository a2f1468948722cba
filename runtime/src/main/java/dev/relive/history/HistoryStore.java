package dev.relive.history;

import dev.relive.files.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Keeps the history on disk in the sketch's {@code .relive/} folder, in the format the package documentation
 * describes, so reopening a sketch restores its history. Every write is forced to the disk (file, then folder) and
 * atomic (temporary file, then a rename), so a {@code kill -9} or a power cut at any moment leaves the old or the new
 * content. Writes go, in order, through one named daemon thread that owns every piece of the store's state. A write
 * that fails (disk full, read-only folder) is said once; the generations stay in memory and are written when writing
 * works again, retried every second, without a restart.
 */
public final class HistoryStore implements AutoCloseable {

    /** A store that keeps nothing, for engines without a sketch folder of their own. */
    public static final HistoryStore NONE = new HistoryStore(null, HistoryNotices.to(text -> { }));

    /** How long {@link #awaitWritten} waits for a generation to reach the disk before calling it not yet durable. */
    static final long WRITE_WAIT_MILLIS = 3000;
    /** How long closing waits for the writes still queued, such as a purge's deletions on a slow disk. */
    private static final long CLOSE_WAIT_MILLIS = 20_000;
    private static final long RETRY_MILLIS = 1000;
    private static final int COLLECT_EVERY = 100;

    private final Path root;
    private final HistoryFormat format;
    private final HistoryNotices notices;
    private final ScheduledExecutorService writer;

    // Owned by the writer thread:
    private final TreeMap<Integer, Generation> unwritten = new TreeMap<>();
    private final Set<Integer> undeleted = new TreeSet<>();
    private final ObjectStore objects;
    private int unwrittenLive = -1;
    private int deletedSinceCollect;
    private boolean collectNow;
    private boolean failing;
    private ScheduledFuture<?> retry;

    /**
     * A store in {@code sketchRoot/.relive}; notices (a damaged entry, a failed write) go to
     * {@code notices}, never thrown at a swap.
     */
    public HistoryStore(Path sketchRoot, HistoryNotices notices) {
        this.root = sketchRoot;
        this.format = sketchRoot == null ? null : new HistoryFormat(sketchRoot);
        this.notices = notices;
        this.objects = format == null ? null : new ObjectStore(format);
        this.writer = sketchRoot == null ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "relive-history");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The history kept on disk, without compiled bytes (they are compiled again when needed). Damaged entries are
     * skipped, each with a notice naming its file; leftovers of interrupted writes are deleted. Call before any write.
     */
    public StoredHistory load() {
        if (format == null) {
            return StoredHistory.EMPTY;
        }
        return new HistoryReader(format, notices).read();
    }

    /**
     * The history kept on disk, read without deleting anything: for readers (export) that may run while an engine
     * writes the same folder, whose in-progress temporary files must survive.
     */
    public StoredHistory loadReadOnly() {
        if (format == null) {
            return StoredHistory.EMPTY;
        }
        return new HistoryReader(format, notices, false).read();
    }

    /** Where this store's notices go. */
    HistoryNotices notices() {
        return notices;
    }

    /** Writes a new generation; the future says whether it reached the disk (false: kept in memory, retried). */
    public Future<Boolean> add(Generation generation) {
        return write(generation);
    }

    /**
     * Starts storing the contents of {@code sources} now, ahead of the generation that will name them, so their
     * writes reach the disk while the sources compile and only the generation's metadata is left to write after.
     * Best effort: what fails here is written, or reported, with the generation.
     */
    public void storeAhead(dev.relive.compile.SourceSet sources) {
        java.util.List<String> texts = java.util.List.copyOf(sources.sources().values());
        submit(() -> {
            if (!Files.isDirectory(root) || failing) {
                return false; // the generation's own write says why
            }
            Set<String> hashes = new HashSet<>();
            try {
                createLevel(format.relive);
                createLevel(format.objects);
                Set<Path> folders = new LinkedHashSet<>();
                for (String text : texts) {
                    hashes.add(objects.put(text, folders));
                }
                for (Path folder : folders) {
                    AtomicFiles.forceFolder(folder);
                }
                return true;
            } catch (IOException | UncheckedIOException e) {
                objects.forget(hashes);
                return false; // written again, and reported if it still fails, with the generation that names them
            }
        });
    }

    /** Rewrites a generation's metadata (its status, say); like {@link #add}, it is retried until it is written. */
    public Future<Boolean> update(Generation generation) {
        return write(generation);
    }

    private Future<Boolean> write(Generation generation) {
        return submit(() -> {
            unwritten.put(generation.number(), generation);
            writePending();
            return !unwritten.containsKey(generation.number());
        });
    }

    /** Records which generation is live. */
    public void live(int number) {
        submit(() -> {
            unwrittenLive = number;
            writePending();
            return true;
        });
    }

    /**
     * Deletes dropped generations from disk, and every stored content no generation still uses: at once for a purge
     * ({@code collect}), else after every hundred or so deletions, since finding unused content reads every metadata.
     */
    public void delete(List<Generation> dropped, boolean collect) {
        List<Integer> numbers = dropped.stream().map(Generation::number).toList(); // not the generations: let them go
        submit(() -> {
            collectNow |= collect;
            for (Integer number : numbers) {
                unwritten.remove(number);
                undeleted.add(number);
            }
            writePending();
            return true;
        });
    }

    /**
     * Waits up to a few seconds for {@code written}; true if the generation is on the disk, false if it is only in
     * memory for now (the disk is slow, full or read-only).
     */
    public static boolean awaitWritten(Future<Boolean> written) {
        return await(written, WRITE_WAIT_MILLIS);
    }

    private static boolean await(Future<Boolean> written, long millis) {
        try {
            return written.get(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false; // slow or failed: the writer keeps it and says so; the caller reports it as not yet durable
        }
    }

    /** Waits until every write so far was tried. */
    public void flush() {
        if (writer != null) {
            awaitWritten(submit(() -> true));
        }
    }

    /** Whether everything handed to the store is on the disk (for tests and shutdown). */
    public boolean allWritten() {
        if (writer == null) {
            return true;
        }
        return awaitWritten(submit(() -> unwritten.isEmpty() && undeleted.isEmpty() && unwrittenLive < 0));
    }

    private interface Write {
        boolean run() throws IOException;
    }

    private Future<Boolean> submit(Write write) {
        if (writer == null) {
            return CompletableFuture.completedFuture(false);
        }
        try {
            return writer.submit(write::run);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(false); // closed: the engine is shutting down
        }
    }

    /** Writes everything waiting, in order; on failure says so once and tries again later. Writer thread only. */
    private void writePending() {
        if (unwritten.isEmpty() && undeleted.isEmpty() && unwrittenLive < 0) {
            return;
        }
        if (!Files.isDirectory(root)) {
            retryLater(); // the sketch folder was deleted or renamed: never recreate it just to keep its history
            return;
        }
        int waiting = unwritten.size();
        try {
            createLevel(format.relive);
            createLevel(format.generations);
            createLevel(format.objects);
            while (!unwritten.isEmpty()) {
                Generation next = unwritten.firstEntry().getValue();
                writeGeneration(next);
                unwritten.remove(next.number());
            }
            if (!undeleted.isEmpty()) {
                deleteGenerations();
            }
            if (unwrittenLive >= 0) {
                AtomicFiles.writeDurably(format.live, String.valueOf(unwrittenLive).getBytes(StandardCharsets.UTF_8));
                unwrittenLive = -1;
            }
            if (failing) {
                failing = false;
                notices.info("the history in " + format.relive + " can be written again: "
                        + waiting + " generation(s) kept in memory are now on disk");
            }
        } catch (IOException | UncheckedIOException e) {
            if (!failing) {
                failing = true;
                notices.error("cannot write the history to " + format.relive + ": " + describe(e)
                        + "; keeping " + unwritten.size() + " generation(s) in memory and trying again every second");
            }
            retryLater();
        }
    }

    private void retryLater() {
        if (retry == null || retry.isDone()) {
            retry = writer.schedule(this::writePending, RETRY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** The objects a generation's files need that are not stored yet, then its metadata, all forced to the disk. */
    private void writeGeneration(Generation g) throws IOException {
        Map<String, String> sourceHashes = new TreeMap<>();
        Map<String, String> rawHashes = new TreeMap<>();
        Set<Path> folders = new LinkedHashSet<>();
        try {
            for (Map.Entry<String, String> e : g.sources().sources().entrySet()) {
                sourceHashes.put(e.getKey(), objects.put(e.getValue(), folders));
            }
            for (Map.Entry<String, byte[]> e : g.raw().entrySet()) {
                rawHashes.put(e.getKey(), objects.put(e.getValue(), folders));
            }
            for (Path folder : folders) {
                AtomicFiles.forceFolder(folder);
            }
        } catch (IOException | UncheckedIOException e) {
            objects.forget(sourceHashes.values());
            objects.forget(rawHashes.values());
            throw e;
        }
        AtomicFiles.writeDurably(format.meta(g.number()),
                HistoryFormat.bytes(HistoryFormat.metadata(g, sourceHashes, rawHashes)));
    }

    /** Deletes dropped generations (in both formats), then every object no remaining generation names. */
    private void deleteGenerations() throws IOException {
        for (Integer number : List.copyOf(undeleted)) {
            Files.deleteIfExists(format.meta(number));
            deleteTree(format.legacy.resolve(String.valueOf(number)));
            undeleted.remove(number);
            deletedSinceCollect++;
        }
        AtomicFiles.forceFolder(format.generations);
        if (collectNow || deletedSinceCollect >= COLLECT_EVERY) {
            collectGarbage();
            collectNow = false;
            deletedSinceCollect = 0;
        }
    }

    /** Deletes objects that no generation names any more; does nothing if any metadata cannot be read. */
    private void collectGarbage() throws IOException {
        Set<String> used = new HashSet<>();
        List<Path> metas;
        try (Stream<Path> entries = Files.list(format.generations)) {
            metas = entries.filter(p -> p.getFileName().toString().endsWith(".properties")).toList();
        }
        for (Path meta : metas) {
            Properties p;
            try {
                p = HistoryFormat.properties(Files.readAllBytes(meta));
            } catch (IOException e) {
                return; // a damaged entry might still name objects: keep them all rather than guess
            }
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith(HistoryFormat.SOURCE) || key.startsWith(HistoryFormat.RAW)) {
                    used.add(p.getProperty(key));
                }
            }
        }
        for (Generation waiting : unwritten.values()) {
            waiting.sources().sources().values().forEach(s -> used.add(HistoryFormat.hash(s.getBytes(StandardCharsets.UTF_8))));
            waiting.raw().values().forEach(b -> used.add(HistoryFormat.hash(b)));
        }
        objects.keepOnly(used);
    }

    private static String describe(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof java.nio.file.FileSystemException f) {
            return f.getFile() + (f.getReason() != null ? " " + f.getReason() : " (" + f.getClass().getSimpleName() + ")");
        }
        return String.valueOf(cause.getMessage());
    }

    /**
     * Creates one folder level whose parent must exist, and forces the parent so the new folder survives a crash.
     * Never {@code createDirectories}: if the sketch folder was renamed or deleted a moment ago, that would quietly
     * bring it back.
     */
    static void createLevel(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (Files.exists(dir)) {
            throw new java.nio.file.FileSystemException(dir.toString(), null, "is a file where a folder should be");
        }
        try {
            Files.createDirectory(dir);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // Made meanwhile by someone else: that is all we wanted, if it is a folder (checked by the next write).
        }
        AtomicFiles.forceFolder(dir.getParent());
    }

    /** Deletes a file or a folder with everything in it, if it exists. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
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

    /** Tries the writes still waiting once more, says what could not be written, then stops the writer thread. */
    @Override
    public void close() {
        if (writer != null) {
            boolean drained = await(submit(() -> {
                writePending();
                if (!unwritten.isEmpty()) {
                    notices.error("closing with generation(s) " + unwritten.keySet() + " not written to "
                            + format.relive + " (the disk refused them): they are lost");
                }
                return true;
            }), CLOSE_WAIT_MILLIS);
            if (!drained) {
                notices.error("closing before the history in " + format.relive + " was fully written (the disk "
                        + "is too slow); what was not written is lost");
            }
            writer.shutdown();
        }
    }
}
