package dev.relive.loop;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The state of recently replaced generations, kept so a revert can bring back the state as it was when that
 * generation was replaced. A checkpoint is the replaced program itself: migration only reads the old graph,
 * so it stays exactly as it was. Bounded to the last {@value #LIMIT} generations, because each one keeps its
 * class loader and its whole object graph alive; and the first thing released when memory runs low
 * ({@link MemoryRelief}). Written by the runtime thread only; which generations are kept is published as an
 * immutable set that any thread may read.
 */
final class Checkpoints {

    /** How many replaced generations keep their state. */
    static final int LIMIT = 8;

    private final LinkedHashMap<Integer, LiveProgram> kept = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, LiveProgram> eldest) {
            return size() > LIMIT;
        }
    };
    private volatile Set<Integer> numbers = Set.of();

    /** Keeps the state of {@code replaced}. */
    void keep(LiveProgram replaced) {
        kept.remove(replaced.number());
        kept.put(replaced.number(), replaced);
        numbers = Set.copyOf(kept.keySet());
    }

    /** The generations whose state is kept; safe to read from any thread. */
    Set<Integer> numbers() {
        return numbers;
    }

    /** The checkpoint of generation {@code number}, or null. */
    LiveProgram get(int number) {
        return kept.get(number);
    }

    /** Whether no checkpoint is kept. */
    boolean isEmpty() {
        return kept.isEmpty();
    }

    /** Forgets the oldest checkpoint and returns its generation number; there must be one. */
    int releaseOldest() {
        Integer oldest = kept.keySet().iterator().next();
        kept.remove(oldest);
        return oldest;
    }

    /** Forgets every checkpoint. */
    void clear() {
        kept.clear();
        numbers = Set.of();
    }
}
