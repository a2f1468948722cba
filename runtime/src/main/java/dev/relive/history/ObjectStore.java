package dev.relive.history;

import dev.relive.files.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Stream;

/**
 * The history's file contents, each distinct one stored once under {@code .relive/objects/}, named by its SHA-256.
 * Only the history writer thread uses it.
 */
final class ObjectStore {

    private final HistoryFormat format;
    private final Set<String> stored = new HashSet<>();
    private final Map<String, String> hashes = new WeakHashMap<>(); // text → its hash, while some generation holds it

    ObjectStore(HistoryFormat format) {
        this.format = format;
    }

    /** Stores a source text unless it is stored already; returns its hash and adds the folders to force to {@code folders}. */
    String put(String text, Set<Path> folders) throws IOException {
        String known = hashes.get(text);
        if (known != null && stored.contains(known)) {
            return known; // an unchanged file: no hashing, no write
        }
        String hash = put(text.getBytes(StandardCharsets.UTF_8), folders);
        hashes.put(text, hash);
        return hash;
    }

    /** Stores {@code bytes} unless they are stored already; returns their hash and adds the folders to force to {@code folders}. */
    String put(byte[] bytes, Set<Path> folders) throws IOException {
        String hash = HistoryFormat.hash(bytes);
        if (stored.contains(hash)) {
            return hash;
        }
        Path file = format.object(hash);
        Path fan = file.getParent();
        if (!Files.isRegularFile(file)) {
            HistoryStore.createLevel(fan);
            AtomicFiles.writeForced(file, bytes);
        }
        folders.add(fan); // forced by the caller, also when an earlier try wrote the file but could not force its folder
        stored.add(hash);
        return hash;
    }

    /**
     * Forgets that {@code hashes} are stored, after the folders holding them could not be forced: the next
     * {@link #put} of them forces their folders again before anything names them.
     */
    void forget(java.util.Collection<String> hashes) {
        stored.removeAll(hashes);
    }

    /** Deletes every object whose hash is not in {@code used}. */
    void keepOnly(Set<String> used) throws IOException {
        List<Path> objects;
        try (Stream<Path> all = Files.walk(format.objects, 2)) {
            objects = all.filter(Files::isRegularFile).toList();
        }
        for (Path object : objects) {
            String hash = object.getParent().getFileName().toString() + object.getFileName();
            if (HistoryFormat.isHash(hash) && !used.contains(hash)) {
                Files.deleteIfExists(object);
                stored.remove(hash);
            }
        }
    }
}
