package dev.relive.app.checks;

import dev.relive.failure.Phase;
import dev.relive.app.console.SourceLink;
import dev.relive.app.live.FakeLiveEngine;
import dev.relive.event.EngineEvent;
import dev.relive.event.SketchError;
import dev.relive.migrate.MigrationReport;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChecksModelTest {

    private final FakeLiveEngine engine = new FakeLiveEngine();
    private final List<SourceLink> opened = new ArrayList<>();
    private final ChecksModel checks = new ChecksModel(engine, opened::add);

    private static EngineEvent compiled(int generation, boolean ok) {
        return new EngineEvent.Compiled(generation, ok, 10, List.of("Main.java"), List.of());
    }

    private static EngineEvent passed(int generation, String name) {
        return new EngineEvent.Check(generation, name, true, "", "", 0);
    }

    private static EngineEvent failed(int generation, String name, int line) {
        return new EngineEvent.Check(generation, name, false, "java.lang.AssertionError: too fast", "Main.java", line);
    }

    private static EngineEvent applied(int generation) {
        return new EngineEvent.Applied(generation, 20, 2, MigrationReport.EMPTY, "loop");
    }

    private static EngineEvent heldBack(int generation, int live) {
        return new EngineEvent.Rejected(generation, Phase.CHECK, "1 check(s) failed", live, new SketchError(Phase.CHECK, "", "1 check(s) failed", List.of()));
    }

    private void accept(EngineEvent... events) {
        for (EngineEvent event : events) {
            checks.accept(event);
        }
    }

    @Test
    void everyCheckOfTheNewestGenerationIsListedWithItsVerdict() {
        accept(compiled(2, true), passed(2, "Main.speedIsPositive"), failed(2, "Main.staysInside", 12), heldBack(2, 1));

        assertEquals(List.of(new CheckItem("Main.speedIsPositive", true, "", Optional.empty()),
                new CheckItem("Main.staysInside", false, "java.lang.AssertionError: too fast",
                        Optional.of(new SourceLink("Main.java", 12)))), checks.items());
        assertEquals(2, checks.generationProperty().get());
        assertEquals(1, checks.failedProperty().get());
    }

    @Test
    void aFailureThatHeldTheSwapSaysTheOldCodeKeepsRunning() {
        accept(compiled(2, true), failed(2, "Main.staysInside", 12), heldBack(2, 1));

        assertEquals("Generation 2: 1 of 1 check failed; the swap is held and generation 1 keeps running",
                checks.summaryProperty().get());
    }

    @Test
    void aFailureWithHoldingOffSaysTheCodeWentLiveAnyway() {
        accept(compiled(3, true), passed(3, "Main.a"), failed(3, "Main.b", 7), applied(3));

        assertEquals("Generation 3: 1 of 2 checks failed, 1 passed; it went live anyway, since holding the swap is off",
                checks.summaryProperty().get());
    }

    @Test
    void passingChecksSayTheGenerationIsLive() {
        accept(compiled(1, true), passed(1, "Main.a"), passed(1, "Main.b"), applied(1));

        assertEquals("Generation 1: all 2 checks passed; it is live", checks.summaryProperty().get());
        assertEquals(0, checks.failedProperty().get());
    }

    @Test
    void aGenerationWithoutChecksSaysSo() {
        accept(compiled(1, true), passed(1, "Main.a"), applied(1), compiled(2, true), applied(2));

        assertTrue(checks.items().isEmpty());
        assertEquals("Generation 2 has no checks; it is live", checks.summaryProperty().get());
    }

    @Test
    void aGenerationThatDidNotCompileKeepsTheLastResults() {
        accept(compiled(1, true), failed(1, "Main.b", 7), heldBack(1, 0), compiled(2, false));

        assertEquals(1, checks.items().size());
        assertEquals(1, checks.generationProperty().get());
        assertEquals("Generation 1: 1 of 1 check failed; the swap is held", checks.summaryProperty().get());
    }

    @Test
    void theHoldSwitchStartsFromTheEngineAndSetsIt() {
        assertTrue(checks.holdProperty().get());

        checks.toggleHold();

        assertFalse(checks.holdProperty().get());
        assertFalse(engine.holdOnFailingChecks());
        assertEquals(List.of("holdOnFailingChecks false"), engine.calls);
    }

    @Test
    void openingAFailureGoesToTheLineItFailedOn() {
        accept(compiled(2, true), passed(2, "Main.a"), failed(2, "Main.b", 12));

        checks.open(checks.items().get(0));
        checks.open(checks.items().get(1));

        assertEquals(List.of(new SourceLink("Main.java", 12)), opened);
    }

    @Test
    void checksRunAgainForTheSameGenerationReplaceTheirResults() {
        accept(compiled(1, true), passed(1, "Main.speedIsPositive"), applied(1));
        accept(passed(1, "Main.speedIsPositive"), applied(1)); // a restart
        accept(passed(1, "Main.speedIsPositive"), applied(1)); // and another

        assertEquals(1, checks.items().size());
        assertEquals("Generation 1: its check passed; it is live", checks.summaryProperty().get());
    }

    @Test
    void aGenerationRejectedAfterItsChecksSaysSoInsteadOfChecking() {
        accept(compiled(1, true), applied(1), compiled(2, true), passed(2, "Main.speedIsPositive"),
                new EngineEvent.Rejected(2, Phase.SETUP, "java.lang.IllegalStateException: boom", 1,
                        new SketchError(Phase.SETUP, "java.lang.IllegalStateException", "boom", List.of())));

        assertEquals("Generation 2: its check passed, but it did not go live (setup: java.lang.IllegalStateException: boom)"
                + " and generation 1 keeps running", checks.summaryProperty().get());
    }

    @Test
    void aGenerationWithoutChecksRejectedSaysSo() {
        accept(compiled(1, true), applied(1), compiled(2, true),
                new EngineEvent.Rejected(2, Phase.CONSTRUCT, "Main needs a constructor without parameters", 1,
                        new SketchError(Phase.CONSTRUCT, "", "Main needs a constructor without parameters", List.of())));

        assertFalse(checks.summaryProperty().get().contains("checking"), checks.summaryProperty().get());
        assertTrue(checks.summaryProperty().get().startsWith("Generation 2 did not go live (construct:"),
                checks.summaryProperty().get());
    }
}
