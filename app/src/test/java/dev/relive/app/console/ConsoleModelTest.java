package dev.relive.app.console;

import dev.relive.output.Stream;
import dev.relive.event.RevertReason;
import dev.relive.app.live.EventBatch;
import dev.relive.event.EngineEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsoleModelTest {

    private final List<SourceLink> opened = new ArrayList<>();
    private final ConsoleModel console = new ConsoleModel(5, opened::add);

    private static EngineEvent out(int generation, String text) {
        return new EngineEvent.Output(generation, Stream.OUT, text);
    }

    private List<String> shown() {
        return console.lines().stream().map(ConsoleLine::display).toList();
    }

    @Test
    void outputIsShownTaggedWithItsGeneration() {
        console.accept(EventBatch.of(out(3, "frame 60")));

        assertEquals(List.of("[3] frame 60"), shown());
    }

    @Test
    void onlyTheNewestLinesAreKeptBeyondTheCapacity() {
        console.accept(EventBatch.of(out(1, "a"), out(1, "b"), out(1, "c")));
        console.accept(EventBatch.of(out(1, "d"), out(1, "e"), out(1, "f"), out(1, "g")));

        assertEquals(List.of("[1] c", "[1] d", "[1] e", "[1] f", "[1] g"), shown());
        console.accept(new EventBatch(IntStream.range(0, 12).mapToObj(i -> out(2, "x" + i)).toList(), 0));
        assertEquals(List.of("[2] x7", "[2] x8", "[2] x9", "[2] x10", "[2] x11"), shown());
    }

    @Test
    void theFilterShowsMatchingLinesIgnoringCaseAndKeepsTheRest() {
        console.accept(EventBatch.of(out(1, "Frame 60"), out(1, "hello"), out(2, "frame 120")));

        console.setFilter("FRAME");

        assertEquals(List.of("[1] Frame 60", "[2] frame 120"), shown());
        assertEquals(3, console.size());
        console.setFilter("");
        assertEquals(3, shown().size());
    }

    @Test
    void clearEmptiesTheConsole() {
        console.accept(EventBatch.of(out(1, "a")));

        console.clear();

        assertTrue(shown().isEmpty());
    }

    @Test
    void openingALinkedLineGoesToItsSourceAndPlainLinesGoNowhere() {
        SourceLink link = new SourceLink("Main.java", 9);

        console.open(ConsoleLine.linked(ConsoleLine.Kind.TRACE, 2, "at Main.step(Main.java:9)", link));
        console.open(ConsoleLine.of(ConsoleLine.Kind.OUT, 2, "hello"));

        assertEquals(List.of(link), opened);
    }

    @Test
    void skippedOutputIsAnnouncedBeforeTheBatch() {
        console.accept(new EventBatch(List.of(out(1, "last")), 1234));

        assertTrue(shown().get(0).contains("1234 output lines skipped"), shown().get(0));
        assertEquals("[1] last", shown().get(1));
    }

    @Test
    void autoScrollCanBeTurnedOffAndOn() {
        assertTrue(console.autoScrollProperty().get());

        console.toggleAutoScroll();

        assertFalse(console.autoScrollProperty().get());
    }

    @Test
    void clearingOnEachNewGenerationIsOffByDefault() {
        console.accept(EventBatch.of(out(1, "a"), compiled(2)));

        assertFalse(console.clearOnGenerationProperty().get());
        assertEquals(List.of("[1] a", "[2] compiled in 9 ms"), shown());
    }

    @Test
    void clearingOnEachNewGenerationLeavesOnlyTheNewGenerationsStory() {
        console.accept(EventBatch.of(out(1, "a")));
        console.toggleClearOnGeneration();

        console.accept(EventBatch.of(out(1, "b"), compiled(2), out(2, "c")));

        assertEquals(List.of("[2] compiled in 9 ms", "[2] c"), shown());
    }

    @Test
    void aRevertAskedForStartsAFreshConsoleButAFaultRevertKeepsTheErrorThatCausedIt() {
        console.setClearOnGeneration(true);
        console.accept(EventBatch.of(out(2, "boom")));

        console.accept(EventBatch.of(new EngineEvent.Reverted(3, 1, RevertReason.FAULT, true)));
        assertEquals("[2] boom", shown().get(0));

        console.accept(EventBatch.of(new EngineEvent.Reverted(4, 1, RevertReason.USER, false)));
        assertEquals(List.of("[4] reverted to generation 1"), shown());
    }

    private static EngineEvent compiled(int generation) {
        return new EngineEvent.Compiled(generation, true, 9, List.of("Main.java"), List.of());
    }

    @Test
    void aRunOfTweaksIsOneLine() {
        console.startRun();
        for (int g = 2; g <= 6; g++) {
            console.accept(EventBatch.of(new EngineEvent.Compiled(g, true, 10, List.of("Main.java"), List.of())));
            console.accept(EventBatch.of(new EngineEvent.Applied(g, 20, 2, dev.relive.migrate.MigrationReport.EMPTY, "loop")));
        }
        console.accept(EventBatch.of(new EngineEvent.Compiled(7, true, 10, List.of("Main.java"), List.of())));
        console.finishRun();
        assertTrue(shown().isEmpty(), "the last change is not live yet: " + shown());

        console.accept(EventBatch.of(new EngineEvent.Applied(7, 20, 2, dev.relive.migrate.MigrationReport.EMPTY, "loop")));

        assertEquals(1, shown().size(), shown().toString());
        assertTrue(shown().get(0).startsWith("[7] tweaked live 6 times; the last in 20 ms"), shown().get(0));
    }
}
