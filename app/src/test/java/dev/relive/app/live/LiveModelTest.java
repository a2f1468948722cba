package dev.relive.app.live;

import dev.relive.event.RevertReason;
import dev.relive.compile.Severity;
import dev.relive.compile.Diagnostic;
import dev.relive.event.EngineEvent;
import dev.relive.event.RunStatus;
import dev.relive.migrate.MigrationReport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiveModelTest {

    private final FakeLiveEngine engine = new FakeLiveEngine();
    private final LiveModel model = new LiveModel(engine);

    @Test
    void appliedShowsTheLiveGenerationItsTimingAndWhatMigrationDid() {
        MigrationReport report = new MigrationReport(List.of("Main.n", "Main.balls"), List.of("Main.speed"), List.of(), List.of(), List.of());

        model.accept(new EngineEvent.Applied(3, 21.4, 2.5, report, "loop"));

        assertEquals(3, model.liveGenerationProperty().get());
        assertEquals(21.4, model.saveToLiveMillisProperty().get());
        assertEquals("kept 2, reset 1, added 0, dropped 0 (reset Main.speed)", model.migrationProperty().get());
        assertEquals("Generation 3 is live (21 ms)", model.lastResultProperty().get());
        assertEquals(LiveModel.Outcome.OK, model.outcomeProperty().get());
    }

    @Test
    void compileErrorIsReportedWithItsFileAndLine() {
        Diagnostic d = new Diagnostic("Main.java", 7, 12, 100, 101, Severity.ERROR, "';' expected");

        model.accept(new EngineEvent.Compiled(4, false, 9.8, List.of("Main.java"), List.of(d)));

        assertEquals("Generation 4 did not compile: Main.java:7 ';' expected", model.lastResultProperty().get());
        assertEquals(LiveModel.Outcome.ERROR, model.outcomeProperty().get());
    }

    @Test
    void dependencyResolutionShowsTheArtifactAndItsBytesThenWhatJoinedTheClassPath() {
        model.accept(new EngineEvent.Resolving("org.apache.commons:commons-text:1.12.0", 0, -1));
        assertEquals("Resolving org.apache.commons:commons-text:1.12.0…", model.lastResultProperty().get());

        model.accept(new EngineEvent.Resolving("commons-text-1.12.0.jar", 120 * 1024, 250 * 1024));
        assertEquals("Resolving commons-text-1.12.0.jar: 120 of 250 KiB", model.lastResultProperty().get());

        model.accept(new EngineEvent.Resolved(true, List.of("org.apache.commons:commons-text:1.12.0"),
                List.of("commons-text-1.12.0.jar", "commons-lang3-3.14.0.jar"), 812.4));
        assertEquals("Resolved org.apache.commons:commons-text:1.12.0: 2 jars in 812 ms", model.lastResultProperty().get());
        assertEquals(LiveModel.Outcome.OK, model.outcomeProperty().get());
    }

    @Test
    void faultRevertIsAWarningNamingBothGenerations() {
        model.accept(new EngineEvent.Reverted(5, 4, RevertReason.FAULT, false));

        assertEquals(LiveModel.Outcome.WARNING, model.outcomeProperty().get());
        assertTrue(model.lastResultProperty().get().contains("reverted to 4"), model.lastResultProperty().get());
    }

    @Test
    void stateEventsChangeTheRunStatus() {
        model.accept(new EngineEvent.State(RunStatus.PAUSED, ""));

        assertEquals(RunStatus.PAUSED, model.statusProperty().get());
    }

    @Test
    void toggleRunPausesARunningSketchAndResumesAPausedOne() {
        model.toggleRun();
        model.accept(new EngineEvent.State(RunStatus.PAUSED, ""));
        model.toggleRun();

        assertEquals(List.of("pause", "resume"), engine.calls);
    }

    @Test
    void rateChangesReachTheEngineAndNegativeRatesAreRefused() {
        model.setRate(0);

        assertEquals(0, model.rateProperty().get());
        assertEquals(List.of("rate 0.0"), engine.calls);
        assertThrows(IllegalArgumentException.class, () -> model.setRate(-1));
        assertEquals("max", LiveModel.rateLabel(0));
        assertEquals("60 Hz", LiveModel.rateLabel(60));
    }

    @Test
    void toggleAutoRevertFlipsTheEngineSetting() {
        model.toggleAutoRevert();

        assertEquals(false, model.autoRevertProperty().get());
        assertEquals(List.of("autoRevert false"), engine.calls);
    }
}
