package dev.relive.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** A test that runs one real sketch in a temp folder; the engine is closed after each test. */
public abstract class LiveSketchTest {

    /** The sketch folder of this test. */
    @TempDir
    protected Path dir;

    /** The running sketch, set by the test. */
    protected LiveSketch live;

    @AfterEach
    void closeSketch() {
        if (live != null) {
            live.close();
        }
    }

    /** A loop-mode sketch that counts steps and prints {@code word n} every step. */
    protected static String counter(String word) {
        return LiveSketch.counter(word);
    }
}
