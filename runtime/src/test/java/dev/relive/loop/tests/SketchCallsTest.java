package dev.relive.loop.tests;

import dev.relive.api.Guard;
import dev.relive.loop.SketchCalls;
import dev.relive.capture.GenerationTag;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stop names the sketch call it stops: it lands on that call or nowhere, never on the next one. */
class SketchCallsTest {

    private final SketchCalls calls = new SketchCalls();
    private final GenerationTag tag = new GenerationTag(1, (generation, stream, text) -> { }, (generation, thread, failure) -> { });
    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void aStopForACallThatEndedNeverLandsOnTheNextCall() throws Exception {
        long first = calls.get(tag, loader, 0, () -> calls.current().token());
        // The watchdog timed the first call, which returned just before the stop was sent; the next call runs.
        boolean stopped = CompletableFuture.supplyAsync(() -> calls.stop(first)).get(10, TimeUnit.SECONDS);
        assertFalse(stopped, "a stop for a call that has ended must be dropped");
        calls.run(tag, loader, 0, () -> {
            Guard.check(); // throws Guard.Stopped if the stop had landed here
            assertFalse(Thread.currentThread().isInterrupted(), "the next call must not be interrupted");
        });
    }

    @Test
    void aStopLandsOnTheCallItNames() {
        assertThrows(Guard.Stopped.class, () -> calls.run(tag, loader, 0, () -> {
            long token = calls.current().token();
            boolean stopped = CompletableFuture.supplyAsync(() -> calls.stop(token)).join();
            assertTrue(stopped);
            assertTrue(Thread.currentThread().isInterrupted(), "the stopped call is interrupted");
            Guard.check();
        }));
        Guard.check(); // released once the call ended
        assertFalse(Thread.interrupted(), "the interrupt does not outlive the call it was aimed at");
    }

    @Test
    void everyCallHasItsOwnToken() {
        long first = calls.get(tag, loader, 0, () -> calls.current().token());
        long second = calls.get(tag, loader, 0, () -> calls.current().token());
        assertTrue(second != first);
        assertEquals(null, calls.current(), "no call is published once the thread left sketch code");
    }
}
