package dev.relive.migrate;

/**
 * Which old object became which twin during one migration: an identity map tuned for the walk over a million
 * objects. Open addressing with linear probing over one array holding each key beside its twin (one cache miss a
 * lookup, as in {@link java.util.IdentityHashMap}); each key's identity hash is also kept, so growing the table
 * never reads the old objects again (the costliest misses in {@code IdentityHashMap}'s rehash). A lookup that
 * misses remembers its empty slot, so the put that follows it does not probe again. A removed entry keeps its
 * key with a null twin, which reads as absent. One migration, one thread.
 */
final class TwinTable {

    private static final int MIN_CAPACITY = 1 << 10;

    /** Keys at even indexes, each one's twin right after it. */
    private Object[] table;
    private int[] hashes;
    private int size;
    /** The empty slot where the last missed key would go, valid until the table changes. */
    private Object missedKey;
    private int missedSlot = -1;

    /** A table that holds about {@code expected} entries before it first grows. */
    TwinTable(int expected) {
        int capacity = MIN_CAPACITY;
        while (capacity < expected * 2 && capacity < (1 << 29)) {
            capacity <<= 1;
        }
        allocate(capacity);
    }

    /** The twin of {@code key}, or null when it has none. */
    Object get(Object key) {
        Object[] t = table;
        int mask = hashes.length - 1;
        for (int i = spread(System.identityHashCode(key)) & mask; ; i = (i + 1) & mask) {
            Object k = t[2 * i];
            if (k == key) {
                return t[2 * i + 1];
            }
            if (k == null) {
                missedKey = key;
                missedSlot = i;
                return null;
            }
        }
    }

    /** Records that {@code key} becomes {@code twin} (null: it has none after all). */
    void put(Object key, Object twin) {
        int hash = System.identityHashCode(key);
        int i;
        if (key == missedKey) {
            i = missedSlot;
        } else {
            int mask = hashes.length - 1;
            i = spread(hash) & mask;
            for (Object k = table[2 * i]; k != null; k = table[2 * i]) {
                if (k == key) {
                    table[2 * i + 1] = twin;
                    return;
                }
                i = (i + 1) & mask;
            }
        }
        missedKey = null;
        table[2 * i] = key;
        table[2 * i + 1] = twin;
        hashes[i] = hash;
        if (++size * 2 > hashes.length) {
            grow();
        }
    }

    /** How many objects were met. */
    int size() {
        return size;
    }

    private void grow() {
        Object[] oldTable = table;
        int[] oldHashes = hashes;
        allocate(oldHashes.length * 2);
        int mask = hashes.length - 1;
        for (int j = 0; j < oldHashes.length; j++) {
            Object key = oldTable[2 * j];
            if (key != null) {
                int i = spread(oldHashes[j]) & mask;
                while (table[2 * i] != null) {
                    i = (i + 1) & mask;
                }
                table[2 * i] = key;
                table[2 * i + 1] = oldTable[2 * j + 1];
                hashes[i] = oldHashes[j];
            }
        }
    }

    private void allocate(int capacity) {
        table = new Object[capacity * 2];
        hashes = new int[capacity];
        missedKey = null;
    }

    /** Identity hashes can cluster in their low bits; multiplying spreads them over the table. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
