package dev.relive.bench;

import dev.relive.compile.CompileResult;
import dev.relive.compile.SourceSet;
import dev.relive.history.Generation;
import dev.relive.history.GenerationStatus;
import dev.relive.history.History;
import dev.relive.history.HistoryNotices;
import dev.relive.history.HistoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What 1,000 saves of a 1,000-file sketch cost on disk, each changing one file, written durably by the store. */
class HistoryStoreBenchmark {

    @TempDir
    Path dir;

    @Test
    void thousandSavesOfAThousandFileSketch() throws Exception {
        Map<String, String> files = new HashMap<>();
        for (int i = 0; i < 1000; i++) {
            files.put("p/F" + i + ".java", "package p; class F" + i + " { int v = 0; }");
        }
        long start = System.nanoTime();
        int durable = 0;
        try (HistoryStore store = new HistoryStore(dir, HistoryNotices.to(System.out::println))) {
            History history = new History(History.DEFAULT_CAP, store);
            for (int save = 1; save <= 1000; save++) {
                int changed = save % 1000;
                files.put("p/F" + changed + ".java", "package p; class F" + changed + " { int v = " + save + "; }");
                boolean written = history.put(new Generation(save, Instant.now(), SourceSet.of(files), CompileResult.NONE,
                        GenerationStatus.OK, List.of("p/F" + changed + ".java"), OptionalInt.empty(), 1));
                durable += written ? 1 : 0;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long objects;
        long metadata;
        try (Stream<Path> all = Files.walk(dir.resolve(".relive/objects"))) {
            objects = all.filter(Files::isRegularFile).count();
        }
        try (Stream<Path> all = Files.list(dir.resolve(".relive/generations"))) {
            metadata = all.count();
        }
        System.out.printf("BENCH history store: 1000 saves of a 1000-file sketch: %d objects + %d metadata files, "
                + "%.1f s (%.1f ms a save, fsynced), %d of 1000 durable before announced%n",
                objects, metadata, seconds, seconds, durable);
        assertEquals(1999, objects, "1000 first contents, then one changed file per save");
    }
}
