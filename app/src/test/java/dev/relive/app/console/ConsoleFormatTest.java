package dev.relive.app.console;

import dev.relive.output.Stream;
import dev.relive.event.RevertReason;
import dev.relive.failure.Phase;
import dev.relive.compile.Severity;
import dev.relive.compile.Diagnostic;
import dev.relive.event.EngineEvent;
import dev.relive.event.SketchError;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsoleFormatTest {

    @Test
    void standardErrorIsItsOwnKind() {
        ConsoleLine line = ConsoleFormat.lines(new EngineEvent.Output(2, Stream.ERR, "oops")).get(0);

        assertEquals(ConsoleLine.Kind.ERR, line.kind());
        assertEquals("[2] oops", line.display());
    }

    @Test
    void aSwapNamesEveryResetAddedAndDroppedFieldAtEveryDepth() {
        var report = new dev.relive.migrate.MigrationReport(List.of("Main.grid"), List.of("Cell.alive"), List.of("Cell.age"),
                List.of("Cell.old"), List.of("Cell.alive: type changed from boolean to int"));

        List<ConsoleLine> lines = ConsoleFormat.lines(new EngineEvent.Applied(4, 12, 3, report, "loop"));

        assertTrue(lines.get(0).display().endsWith("kept 1, reset 1, added 1, dropped 1"), lines.get(0).display());
        assertTrue(lines.get(1).text().contains("reset Cell.alive; added Cell.age; dropped Cell.old"), lines.get(1).text());
        assertTrue(lines.get(2).text().contains("Cell.alive: type changed from boolean to int"), lines.get(2).text());
    }

    @Test
    void aFailedCompileListsEachDiagnosticLinkedToItsLine() {
        Diagnostic d = new Diagnostic("shapes/Ball.java", 7, 12, 100, 101, Severity.ERROR, "';' expected");

        List<ConsoleLine> lines = ConsoleFormat.lines(new EngineEvent.Compiled(3, false, 9.8, List.of("shapes/Ball.java"), List.of(d)));

        assertEquals("[3] did not compile: 1 error; the live code keeps running", lines.get(0).display());
        assertEquals(ConsoleLine.Kind.ERROR, lines.get(1).kind());
        assertEquals(Optional.of(new SourceLink("shapes/Ball.java", 7)), lines.get(1).link());
        assertTrue(lines.get(1).text().contains("shapes/Ball.java:7:12: error: ';' expected"), lines.get(1).text());
    }

    @Test
    void sketchFramesOfATraceAreLinksAndOtherFramesAreNot() {
        SketchError error = new SketchError(Phase.STEP, "java.lang.ArithmeticException", "/ by zero", List.of(
                new SketchError.Frame("Main", "divide", "Main.java", 12, true),
                new SketchError.Frame("java.util.ArrayList", "forEach", "ArrayList.java", 1511, false),
                new SketchError.Frame("Main", "step", "Main.java", 9, true)));

        List<ConsoleLine> lines = ConsoleFormat.lines(new EngineEvent.Error(2, error, 0));

        assertEquals("[2] error in step: java.lang.ArithmeticException: / by zero", lines.get(0).display());
        assertEquals("[2]     at Main.divide(Main.java:12)", lines.get(1).display());
        assertEquals(Optional.of(new SourceLink("Main.java", 12)), lines.get(1).link());
        assertEquals(Optional.empty(), lines.get(2).link());
        assertEquals(Optional.of(new SourceLink("Main.java", 9)), lines.get(3).link());
    }

    @Test
    void aRejectionSaysWhichGenerationKeepsRunning() {
        SketchError error = new SketchError(Phase.CONSTRUCT, "java.lang.IllegalStateException", "boom", List.of());

        ConsoleLine line = ConsoleFormat.lines(new EngineEvent.Rejected(4, Phase.CONSTRUCT, "java.lang.IllegalStateException: boom", 2, error)).get(0);

        assertEquals("[4] rejected in construct: java.lang.IllegalStateException: boom (generation 2 keeps running)", line.display());
    }

    @Test
    void revertsSayWhyTheyHappened() {
        assertEquals("[5] reverted to generation 2", ConsoleFormat.lines(new EngineEvent.Reverted(5, 2, RevertReason.USER, false)).get(0).display());
        assertEquals("[5] reverted to generation 2 with its state",
                ConsoleFormat.lines(new EngineEvent.Reverted(5, 2, RevertReason.USER, true)).get(0).display());
        ConsoleLine fault = ConsoleFormat.lines(new EngineEvent.Reverted(6, 5, RevertReason.FAULT, false)).get(0);
        assertEquals(ConsoleLine.Kind.WARNING, fault.kind());
        assertTrue(fault.text().contains("your files are unchanged"), fault.text());
    }

    @Test
    void historyListingsAreNotShown() {
        assertTrue(ConsoleFormat.lines(new EngineEvent.History(1, List.of())).isEmpty());
    }

    @Test
    void aFailingCheckIsAnErrorLinkedToTheLineItFailedOn() {
        List<ConsoleLine> lines = ConsoleFormat.lines(new EngineEvent.Check(5, "Main.staysInside", false,
                "java.lang.AssertionError: flew off", "Main.java", 42));

        assertEquals(1, lines.size());
        assertEquals(ConsoleLine.Kind.ERROR, lines.get(0).kind());
        assertEquals("[5] check Main.staysInside failed: java.lang.AssertionError: flew off (Main.java:42)", lines.get(0).display());
        assertEquals(Optional.of(new SourceLink("Main.java", 42)), lines.get(0).link());
    }

    @Test
    void aCheckThatFailedOutsideTheSketchHasNoLink() {
        ConsoleLine line = ConsoleFormat.lines(new EngineEvent.Check(5, "Main.fast", false, "returned false", "", 0)).get(0);

        assertEquals("[5] check Main.fast failed: returned false", line.display());
        assertEquals(Optional.empty(), line.link());
    }

    @Test
    void passingChecksAreLeftToTheChecksView() {
        assertEquals(List.of(), ConsoleFormat.lines(new EngineEvent.Check(5, "Main.fast", true, "", "", 0)));
    }
}
