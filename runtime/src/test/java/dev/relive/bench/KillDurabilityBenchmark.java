package dev.relive.bench;

import dev.relive.history.KillDurabilityTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Prints generations reported vs recoverable after 20 random {@code kill -9}s of a runner on a 400-file sketch. */
class KillDurabilityBenchmark {

    @TempDir
    Path dir;

    @Test
    void twentyKills() throws Exception {
        KillDurabilityTest.killAndCount(dir, 20);
    }
}
