package dev.relive.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every generation of a sketch, oldest first, up to a cap (a setting; oldest dropped first, the live one never, and
 * a notice names what was dropped), with the pointer to the live one, mirrored to a {@link HistoryStore} on disk.
 * Thread-safe: the compiler worker adds, the runtime thread marks, the UI reads.
 */
public final class History {

    /**
     * The default number of generations kept. Files are stored once per distinct content, so a long history costs
     * little disk; the cap bounds the memory every kept generation takes (its sources and compiled classes: for a
     * sketch of 1,000 files, about 150 KB of maps each, the texts and bytes themselves being shared).
     */
    public static final int DEFAULT_CAP = 1_000;

    private final int cap;
    private final HistoryStore store;
    private final java.util.TreeMap<Integer, Generation> generations = new java.util.TreeMap<>();
    private int nextNumber = 1;
    private int live;

    /** A history that keeps at most {@code cap} generations, in memory only. */
    public History(int cap) {
        this(cap, HistoryStore.NONE);
    }

    /** A history that keeps at most {@code cap} generations and mirrors every change to {@code store}. */
    public History(int cap, HistoryStore store) {
        if (cap < 1) {
            throw new IllegalArgumentException("Cap must be at least 1");
        }
        this.cap = cap;
        this.store = java.util.Objects.requireNonNull(store, "Store must not be null");
    }

    /**
     * Puts generations read back from disk, keeping their numbers, and the live pointer; numbering continues after
     * the highest number on disk, damaged entries included.
     */
    public synchronized void restore(StoredHistory stored) {
        for (Generation g : stored.generations()) {
            generations.put(g.number(), g);
            nextNumber = Math.max(nextNumber, g.number() + 1);
        }
        nextNumber = Math.max(nextNumber, stored.highest() + 1);
        if (generations.containsKey(stored.live())) {
            live = stored.live();
        }
        trim();
    }

    /** The number the next generation gets. */
    public synchronized int reserveNumber() {
        return nextNumber++;
    }

    /** Makes sure numbers continue after {@code number}, for a history restored from disk. */
    public synchronized void continueAfter(int number) {
        nextNumber = Math.max(nextNumber, number + 1);
    }

    /**
     * Adds or replaces a generation, then trims to the cap. Returns once the generation is on disk (true), or after
     * a few seconds when it is not yet (false: the store keeps it and writes it when it can).
     */
    public boolean put(Generation generation) {
        java.util.concurrent.Future<Boolean> written;
        synchronized (this) {
            boolean known = generations.containsKey(generation.number());
            generations.put(generation.number(), generation);
            written = known ? store.update(generation) : store.add(generation);
            trim();
        }
        return HistoryStore.awaitWritten(written); // outside the lock: the runtime thread may mark meanwhile
    }

    /** Starts writing the contents of {@code sources} to the disk, ahead of the generation that will name them. */
    public void storeAhead(dev.relive.compile.SourceSet sources) {
        store.storeAhead(sources);
    }

    /** Replaces the stored generation with the same number, if it is still kept. */
    public synchronized void update(int number, java.util.function.UnaryOperator<Generation> change) {
        Generation changed = generations.computeIfPresent(number, (n, g) -> change.apply(g));
        if (changed != null) {
            store.update(changed);
        }
    }

    /** Marks generation {@code number} as the live one. */
    public synchronized void setLive(int number) {
        live = number;
        store.live(number);
    }

    /** The live generation's number, 0 before anything ran. */
    public synchronized int liveNumber() {
        return live;
    }

    /** The live generation, if any. */
    public synchronized Optional<Generation> live() {
        return Optional.ofNullable(generations.get(live));
    }

    /** The generation numbered {@code number}, if still kept. */
    public synchronized Optional<Generation> get(int number) {
        return Optional.ofNullable(generations.get(number));
    }

    /** The newest generation, whatever its status. */
    public synchronized Optional<Generation> latest() {
        Map.Entry<Integer, Generation> last = generations.lastEntry();
        return Optional.ofNullable(last == null ? null : last.getValue());
    }

    /** Every kept generation, oldest first. */
    public synchronized List<Generation> all() {
        return List.copyOf(generations.values());
    }

    /** Drops every generation except the live one and returns the dropped ones. */
    public synchronized List<Generation> purge() {
        List<Generation> dropped = new ArrayList<>();
        generations.values().removeIf(g -> {
            boolean drop = g.number() != live;
            if (drop) {
                dropped.add(g);
            }
            return drop;
        });
        store.delete(dropped, true);
        return dropped;
    }

    private void trim() {
        List<Generation> dropped = new ArrayList<>();
        var it = generations.entrySet().iterator();
        while (generations.size() > cap && it.hasNext()) {
            Map.Entry<Integer, Generation> oldest = it.next();
            if (oldest.getKey() != live) {
                dropped.add(oldest.getValue());
                it.remove();
            }
        }
        if (!dropped.isEmpty()) {
            store.delete(dropped, false);
            store.notices().warning("the history keeps at most " + cap + " generations (a setting): dropped generation(s) "
                    + dropped.stream().map(g -> String.valueOf(g.number())).collect(java.util.stream.Collectors.joining(", "))
                    + " from memory and from .relive/");
        }
    }
}
