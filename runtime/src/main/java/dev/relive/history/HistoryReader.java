package dev.relive.history;

import dev.relive.compile.CompileResult;
import dev.relive.compile.SourceSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the history back from disk, in both formats (content-addressed, and the older one folder per generation).
 * A damaged entry is skipped with a notice naming its file and what is wrong, and never hides the others; leftover
 * temporary files of writes a crash interrupted are deleted.
 */
final class HistoryReader {

    private final HistoryFormat format;
    private final HistoryNotices notices;
    private final boolean cleanup;
    private final Map<String, byte[]> objects = new HashMap<>();

    HistoryReader(HistoryFormat format, HistoryNotices notices) {
        this(format, notices, true);
    }

    /**
     * A reader that deletes leftovers only when {@code cleanup}; a read-only reader (export, while an engine may be
     * writing the same history) must leave another writer's in-progress temporary files alone.
     */
    HistoryReader(HistoryFormat format, HistoryNotices notices, boolean cleanup) {
        this.format = format;
        this.notices = notices;
        this.cleanup = cleanup;
    }

    /** Everything readable on disk. */
    StoredHistory read() {
        TreeMap<Integer, Generation> found = new TreeMap<>();
        int highest = readLegacy(found);
        highest = Math.max(highest, readGenerations(found));
        cleanObjects();
        return new StoredHistory(List.copyOf(found.values()), readLive(), highest);
    }

    /** Reads {@code .relive/generations/}; returns the highest number named there. */
    private int readGenerations(TreeMap<Integer, Generation> found) {
        int highest = 0;
        for (Path entry : list(format.generations)) {
            String name = entry.getFileName().toString();
            if (isLeftover(name)) {
                deleteQuietly(entry);
            } else if (name.matches("\\d{1,9}\\.properties")) {
                int number = Integer.parseInt(name.substring(0, name.indexOf('.')));
                highest = Math.max(highest, number);
                try {
                    found.put(number, readMeta(entry, number));
                } catch (Damaged e) {
                    skipped(e);
                }
            }
        }
        return highest;
    }

    /** Reads {@code .relive/history/}, the format before objects; returns the highest number named there. */
    private int readLegacy(TreeMap<Integer, Generation> found) {
        int highest = 0;
        for (Path entry : list(format.legacy)) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".tmp-")) {
                deleteQuietly(entry);
            } else if (name.matches("\\d{1,9}")) {
                int number = Integer.parseInt(name);
                highest = Math.max(highest, number);
                try {
                    found.put(number, readLegacyFolder(entry, number));
                } catch (Damaged e) {
                    skipped(e);
                }
            }
        }
        return highest;
    }

    private Generation readMeta(Path file, int number) throws Damaged {
        Properties p = properties(file);
        Map<String, String> sources = new TreeMap<>();
        Map<String, byte[]> raw = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(HistoryFormat.SOURCE)) {
                Path object = objectFile(file, key, p.getProperty(key));
                try {
                    sources.put(key.substring(HistoryFormat.SOURCE.length()), HistoryFormat.utf8(object(object, p.getProperty(key))));
                } catch (CharacterCodingException e) {
                    throw new Damaged(object, "is not valid UTF-8, but " + file.getFileName() + " lists it as the source of "
                            + key.substring(HistoryFormat.SOURCE.length()));
                }
            } else if (key.startsWith(HistoryFormat.RAW)) {
                Path object = objectFile(file, key, p.getProperty(key));
                raw.put(key.substring(HistoryFormat.RAW.length()), object(object, p.getProperty(key)));
            }
        }
        return generation(file, p, number, sources, raw);
    }

    private Generation readLegacyFolder(Path dir, int number) throws Damaged {
        if (!Files.isDirectory(dir)) {
            throw new Damaged(dir, "is a file, not a generation folder");
        }
        Path meta = dir.resolve("meta.properties");
        if (!Files.isRegularFile(meta)) {
            throw new Damaged(meta, "is missing");
        }
        Properties p = properties(meta);
        Map<String, String> sources = new TreeMap<>();
        Path src = dir.resolve("src");
        if (Files.isDirectory(src)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(src)) {
                files = walk.filter(Files::isRegularFile).toList();
            } catch (IOException | UncheckedIOException e) {
                throw new Damaged(src, "cannot be listed: " + e.getMessage());
            }
            for (Path f : files) {
                try {
                    sources.put(src.relativize(f).toString().replace(java.io.File.separatorChar, '/'),
                            HistoryFormat.utf8(Files.readAllBytes(f)));
                } catch (CharacterCodingException e) {
                    throw new Damaged(f, "is not valid UTF-8");
                } catch (IOException e) {
                    throw new Damaged(f, "cannot be read: " + e.getMessage());
                }
            }
        }
        return generation(meta, p, number, sources, Map.of());
    }

    private static Generation generation(Path file, Properties p, int number, Map<String, String> sources,
                                         Map<String, byte[]> raw) throws Damaged {
        String stated = p.getProperty("number");
        if (!String.valueOf(number).equals(stated)) {
            throw new Damaged(file, stated == null ? "has no generation number (truncated or not a Relive file)"
                    : "says it is generation '" + stated + "', not " + number);
        }
        Instant time;
        try {
            time = Instant.parse(required(file, p, "time"));
        } catch (DateTimeException e) {
            throw new Damaged(file, "has a time that is not a time: '" + p.getProperty("time") + "'");
        }
        GenerationStatus status;
        try {
            status = GenerationStatus.valueOf(required(file, p, "status"));
        } catch (IllegalArgumentException e) {
            throw new Damaged(file, "has an unknown status '" + p.getProperty("status") + "'");
        }
        double liveMillis;
        OptionalInt revertOf;
        try {
            liveMillis = Double.parseDouble(p.getProperty("liveMillis", "-1"));
            String to = p.getProperty("revertOf");
            revertOf = to == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(to));
        } catch (NumberFormatException e) {
            throw new Damaged(file, "has a number that is not a number: " + e.getMessage());
        }
        String changed = p.getProperty("changed", "");
        return new Generation(number, time, SourceSet.of(sources), CompileResult.NONE, status,
                changed.isEmpty() ? List.of() : List.of(changed.split("\n")), revertOf, liveMillis, raw);
    }

    private static String required(Path file, Properties p, String key) throws Damaged {
        String value = p.getProperty(key);
        if (value == null) {
            throw new Damaged(file, "has no " + key + " (truncated or not a Relive file)");
        }
        return value;
    }

    private Path objectFile(Path meta, String key, String hash) throws Damaged {
        if (!HistoryFormat.isHash(hash)) {
            throw new Damaged(meta, "names '" + hash + "' as the content of " + key + ", which is not an object name");
        }
        return format.object(hash);
    }

    /** An object's bytes, checked against its name, each read once however many generations share it. */
    private byte[] object(Path file, String hash) throws Damaged {
        byte[] known = objects.get(hash);
        if (known != null) {
            return known;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new Damaged(file, "is missing");
        } catch (IOException e) {
            throw new Damaged(file, "cannot be read: " + e.getMessage());
        }
        if (!HistoryFormat.hash(bytes).equals(hash)) {
            throw new Damaged(file, "is damaged: its content does not match its name");
        }
        objects.put(hash, bytes);
        return bytes;
    }

    private static Properties properties(Path file) throws Damaged {
        try {
            return HistoryFormat.properties(Files.readAllBytes(file));
        } catch (CharacterCodingException e) {
            throw new Damaged(file, "is not valid UTF-8 (garbage or not a Relive file)");
        } catch (IOException | IllegalArgumentException e) {
            throw new Damaged(file, "cannot be read: " + e.getMessage());
        }
    }

    /** The live pointer, or 0 when there is none or it is unreadable (which a notice then says). */
    private int readLive() {
        Path file = Files.exists(format.live) ? format.live : format.legacy.resolve("live");
        if (!Files.exists(file)) {
            return 0;
        }
        try {
            String text = Files.readString(file).strip();
            if (text.matches("\\d{1,9}")) {
                return Integer.parseInt(text);
            }
            notices.warning("ignored the history's live pointer " + file + ": '" + shorten(text)
                    + "' is not a generation number; the sketch's current files run as usual");
        } catch (IOException e) {
            notices.warning("ignored the history's live pointer " + file + ": cannot be read: " + e.getMessage());
        }
        return 0;
    }

    /** Deletes the temporary files of object writes a crash interrupted. */
    private void cleanObjects() {
        for (Path fan : list(format.objects)) {
            for (Path entry : list(fan)) {
                if (isLeftover(entry.getFileName().toString())) {
                    deleteQuietly(entry);
                }
            }
        }
        for (Path entry : list(format.relive)) {
            if (isLeftover(entry.getFileName().toString())) {
                deleteQuietly(entry);
            }
        }
    }

    private void skipped(Damaged e) {
        notices.warning("skipped a damaged history entry: " + e.file + " " + e.getMessage()
                + "; every other generation is restored");
    }

    private static boolean isLeftover(String name) {
        return name.startsWith(".relive-") && name.endsWith(".tmp");
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException | UncheckedIOException e) {
            return new ArrayList<>(); // unlistable: the entries in it are reported as missing where they are needed
        }
    }

    private void deleteQuietly(Path path) {
        if (!cleanup) {
            return; // read-only: the file may be a live engine's atomic write in progress
        }
        try {
            HistoryStore.deleteTree(path);
        } catch (IOException e) {
            notices.warning("cannot delete the leftover " + path + " of an interrupted write: " + e.getMessage());
        }
    }

    /** A damaged entry: the file at fault and what is wrong with it. */
    private static final class Damaged extends Exception {
        final Path file;

        Damaged(Path file, String what) {
            super(what, null, false, false);
            this.file = file;
        }
    }
}
