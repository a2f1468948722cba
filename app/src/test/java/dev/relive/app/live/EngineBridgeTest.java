package dev.relive.app.live;

import dev.relive.engine.Engine;
import dev.relive.engine.EngineOptions;
import dev.relive.event.EngineEvent;
import dev.relive.capture.GenerationTag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bridge over a real engine in manual mode, with an FX executor the test runs by hand. */
class EngineBridgeTest {

    @TempDir
    Path sketch;

    private final Queue<Runnable> fxQueue = new ArrayDeque<>();
    private final Executor fx = fxQueue::add;
    private final List<EventBatch> batches = new ArrayList<>();
    private Engine engine;
    private EngineBridge bridge;

    @AfterEach
    void closeEngine() {
        if (bridge != null) {
            bridge.close();
        }
        GenerationTag.clear(); // manual mode runs sketch code on this thread, which tags it
    }

    private void open(String mainJava) throws Exception {
        Files.writeString(sketch.resolve("Main.java"), mainJava);
        engine = Engine.open(sketch, EngineOptions.manual(System::nanoTime));
        bridge = new EngineBridge(engine, fx);
        bridge.start(batches::add);
    }

    private void runFx() {
        while (!fxQueue.isEmpty()) {
            fxQueue.poll().run();
        }
    }

    @Test
    void eventsWaitingForTheFxThreadArriveTogetherInOneBatch() throws Exception {
        open("public class Main implements dev.relive.api.Sketch { public void step() { System.out.println(\"hi\"); } }");
        engine.runSteps(3);

        assertEquals(1, fxQueue.size(), "one delivery is scheduled however many events wait");
        runFx();

        assertEquals(1, batches.size());
        List<EngineEvent> events = batches.get(0).events();
        assertInstanceOf(EngineEvent.Compiled.class, events.get(0));
        assertInstanceOf(EngineEvent.Applied.class, events.get(1));
        assertEquals(3, events.stream().filter(e -> e instanceof EngineEvent.Output).count());
    }

    @Test
    void aFloodOfOutputKeepsOnlyTheNewestLinesAndCountsTheRest() throws Exception {
        int lines = EngineBridge.MAX_PENDING_OUTPUT * 3;
        open("public class Main implements dev.relive.api.Sketch { public void step() {"
                + " for (int i = 0; i < " + lines + "; i++) System.out.println(\"line \" + i); } }");
        engine.runSteps(1);
        runFx();

        EventBatch batch = batches.get(0);
        List<EngineEvent.Output> kept = batch.events().stream()
                .filter(e -> e instanceof EngineEvent.Output).map(e -> (EngineEvent.Output) e).toList();
        assertTrue(kept.size() <= EngineBridge.MAX_PENDING_OUTPUT, "kept " + kept.size());
        assertEquals(lines, kept.size() + batch.skippedOutput(), "every line is either shown or counted");
        assertEquals("line " + (lines - 1), kept.get(kept.size() - 1).text(), "the newest line is kept");
        assertInstanceOf(EngineEvent.Compiled.class, batch.events().get(0), "other events are never dropped");
    }

    @Test
    void futuresCompleteOnTheFxExecutor() throws Exception {
        open("public class Main implements dev.relive.api.Sketch { public void step() { } }");
        runFx();
        Files.writeString(sketch.resolve("Main.java"), "public class Main implements dev.relive.api.Sketch { public void step() { int x = 1; } }");
        AtomicReference<Optional<?>> result = new AtomicReference<>();

        bridge.reload().thenAccept(result::set);

        assertEquals(null, result.get(), "nothing completes until the FX executor runs");
        runFx();
        assertTrue(result.get().isPresent(), "the reload made generation 2");
    }

    @Test
    void aClosedBridgeDeliversNothing() throws Exception {
        open("public class Main implements dev.relive.api.Sketch { public void step() { } }");
        bridge.close();
        runFx();

        assertTrue(batches.isEmpty());
        bridge = null;
        assertFalse(fxQueue.iterator().hasNext());
    }
}
