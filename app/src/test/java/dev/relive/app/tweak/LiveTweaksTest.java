package dev.relive.app.tweak;

import dev.relive.app.documents.Document;
import dev.relive.app.live.FakeLiveEngine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiveTweaksTest {

    private final FakeLiveEngine engine = new FakeLiveEngine();
    private final AtomicReference<String> editor = new AtomicReference<>("int n = 1;");
    private final Document document = new Document("Main.java", "int n = 1;");
    private final List<String> saved = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final LiveTweaks tweaks = new LiveTweaks(engine, d -> {
        saved.add(d.text());
        engine.calls.add("save " + d.text());
        return true;
    }, problems::add);

    LiveTweaksTest() {
        document.attach(editor::get, new javafx.beans.property.SimpleBooleanProperty(true));
    }

    private void type(String text) {
        editor.set(text);
        tweaks.changed(document);
    }

    private void compileDone(int reload) {
        engine.reloads.get(reload).complete(Optional.empty());
    }

    @Test
    void aChangeIsSavedAndReloadedAtOnce() {
        type("int n = 2;");
        assertEquals(List.of("save int n = 2;", "reload"), engine.calls);
    }

    @Test
    void changesDuringACompileAreCoalescedToTheLatest() {
        type("int n = 2;");
        type("int n = 3;");
        type("int n = 4;");
        assertEquals(List.of("int n = 2;"), saved, "one save in flight");

        compileDone(0);

        assertEquals(List.of("int n = 2;", "int n = 4;"), saved, "only the latest value is sent next");
        assertEquals(2, engine.reloads.size());
    }

    @Test
    void aRunIsBracketedByStartAndFinishScrub() {
        tweaks.begin();
        type("int n = 2;");
        compileDone(0);
        tweaks.end();
        assertEquals(List.of("startScrub", "save int n = 2;", "reload", "finishScrub"), engine.calls);
        assertFalse(tweaks.isRunning());
    }

    @Test
    void theRunFinishesOnlyAfterItsLastValueWasSent() {
        tweaks.begin();
        type("int n = 2;");
        type("int n = 3;");
        tweaks.end();
        assertFalse(engine.calls.contains("finishScrub"), "the last value is still waiting");

        compileDone(0);
        assertEquals("save int n = 3;", engine.calls.get(engine.calls.size() - 2));
        assertFalse(engine.calls.contains("finishScrub"), "and now its compile is running");

        compileDone(1);
        assertEquals("finishScrub", engine.calls.get(engine.calls.size() - 1));
    }

    @Test
    void aNewRunStartedWhileTheLastOneFinishesJoinsIt() {
        tweaks.begin();
        type("int n = 2;");
        tweaks.end();
        tweaks.begin();
        type("int n = 3;");
        compileDone(0);
        compileDone(1);
        tweaks.end();
        assertEquals(1, engine.calls.stream().filter("startScrub"::equals).count());
        assertEquals(1, engine.calls.stream().filter("finishScrub"::equals).count());
        assertTrue(engine.calls.indexOf("finishScrub") > engine.calls.lastIndexOf("reload"));
    }

    @Test
    void aFailedReloadIsToldAndTheNextValueStillGoes() {
        type("int n = 2;");
        type("int n = 3;");
        engine.reloads.get(0).completeExceptionally(new IllegalStateException("engine closed"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("engine closed"), problems.get(0));
        assertEquals(List.of("int n = 2;", "int n = 3;"), saved);
    }
}
