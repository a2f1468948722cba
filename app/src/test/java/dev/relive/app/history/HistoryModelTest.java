package dev.relive.app.history;

import dev.relive.app.diff.DiffLine;
import dev.relive.app.live.FakeLiveEngine;
import dev.relive.history.Generation;
import dev.relive.history.GenerationStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import static dev.relive.app.live.FakeLiveEngine.generation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistoryModelTest {

    private final List<String> calls = new ArrayList<>();
    private CompletableFuture<Object> pending = new CompletableFuture<>();
    private final HistoryModel model = new HistoryModel(new HistoryModel.Actions() {
        @Override
        public CompletionStage<?> revert(int number, boolean withState) {
            calls.add("revert " + number + (withState ? " state" : ""));
            return pending;
        }

        @Override
        public CompletionStage<?> purge() {
            calls.add("purge");
            return pending;
        }
    });

    private final List<Generation> three = List.of(
            generation(1, GenerationStatus.OK, "Main.java", "a\nb"),
            generation(2, GenerationStatus.COMPILE_ERROR, "Main.java", "a\nb;;"),
            generation(3, GenerationStatus.OK, "Main.java", "a\nc"));

    private HistoryItem item(int number) {
        return model.items().stream().filter(i -> i.number() == number).findFirst().orElseThrow();
    }

    @Test
    void generationsAreListedNewestFirstWithTheLiveOneMarked() {
        model.update(three, 3);

        assertEquals(List.of(3, 2, 1), model.items().stream().map(HistoryItem::number).toList());
        assertEquals(HistoryItem.Kind.LIVE, item(3).kind());
        assertEquals(HistoryItem.Kind.COMPILE_ERROR, item(2).kind());
        assertEquals(HistoryItem.Kind.OK, item(1).kind());
        assertEquals("Main.java · live in 20 ms", item(1).details());
        assertEquals("Main.java · compile error", item(2).details());
    }

    @Test
    void entriesShowTheirSwapTimeOnceTheyWentLive() {
        model.recordSwap(3, 2.14);

        model.update(three, 3);

        assertEquals("Main.java · live in 20 ms · swap 2.1 ms", item(3).details());
    }

    @Test
    void revertIsPossibleOnlyForACompiledGenerationThatIsNotLive() {
        model.update(three, 3);
        assertFalse(model.canRevertProperty().get(), "nothing selected");

        model.select(item(3));
        assertFalse(model.canRevertProperty().get(), "the live one");
        model.select(item(2));
        assertFalse(model.canRevertProperty().get(), "one that did not compile");
        model.select(item(1));
        assertTrue(model.canRevertProperty().get());
    }

    @Test
    void revertingAsksForTheSelectedNumberAndDisablesEverythingUntilItIsDone() {
        model.update(three, 3);
        model.select(item(1));

        model.revertSelected();
        model.revertSelected();

        assertEquals(List.of("revert 1"), calls, "a second click while busy does nothing");
        assertFalse(model.canRevertProperty().get());
        assertFalse(model.canPurgeProperty().get());
        pending.complete(null);
        assertTrue(model.canRevertProperty().get());
    }

    @Test
    void purgeNeedsSomethingBesidesTheLiveGeneration() {
        model.update(List.of(generation(4, GenerationStatus.OK, "Main.java", "a")), 4);
        assertFalse(model.canPurgeProperty().get());

        model.update(three, 3);
        assertTrue(model.canPurgeProperty().get());
        model.purge();
        assertEquals(List.of("purge"), calls);
    }

    @Test
    void theDiffShowsWhatRevertingToTheSelectionWouldChange() {
        model.update(three, 3);

        model.select(item(1));

        assertEquals(List.of(DiffLine.header("Main.java"),
                new DiffLine(DiffLine.Kind.SAME, "a", 1, 1),
                new DiffLine(DiffLine.Kind.REMOVED, "c", 2, 0),
                new DiffLine(DiffLine.Kind.ADDED, "b", 0, 2)), model.diff());
        assertEquals("What reverting to 1 changes in the live code (3)", model.diffTitleProperty().get());
        model.select(item(3));
        assertTrue(model.diff().isEmpty());
        assertEquals("Generation 3 is live", model.diffTitleProperty().get());
    }

    @Test
    void theSelectionSurvivesUpdatesWhileItsGenerationIsKept() {
        model.update(three, 3);
        model.select(item(1));

        model.update(List.of(three.get(0), three.get(2), FakeLiveEngine.revertGeneration(4, 1, three.get(0).sources().sources())), 4);

        assertEquals(1, model.selectedProperty().get().number());
        assertEquals(HistoryItem.Kind.LIVE, item(4).kind());
        assertEquals("Generation 4 · revert to 1", item(4).title());
        assertEquals(List.of(DiffLine.header(dev.relive.app.diff.SourceDiff.NO_DIFFERENCES)), model.diff());
        model.update(List.of(FakeLiveEngine.revertGeneration(4, 1, three.get(0).sources().sources())), 4);
        assertNull(model.selectedProperty().get(), "a purged selection is cleared");
    }

    @Test
    void revertWithStateIsOfferedOnlyWhereTheStateIsKept() {
        model.update(three, 3, java.util.Set.of(1));

        assertTrue(item(1).revertibleWithState());
        assertFalse(item(2).revertibleWithState(), "it never went live, so it has no state");
        model.select(item(2));
        assertFalse(model.canRevertWithStateProperty().get());
        model.revertWithState(item(2));
        assertEquals(List.of(), calls);

        model.select(item(1));
        assertTrue(model.canRevertWithStateProperty().get());
        model.revertSelectedWithState();
        assertEquals(List.of("revert 1 state"), calls);
        assertFalse(model.canRevertWithStateProperty().get(), "not twice while the first is under way");
    }
}
