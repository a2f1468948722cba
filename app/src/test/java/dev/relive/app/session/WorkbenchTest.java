package dev.relive.app.session;

import dev.relive.app.live.FakeLiveEngine;
import dev.relive.app.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkbenchTest {

    @TempDir
    Path home;
    @TempDir
    Path assets;

    private final List<String> closed = new ArrayList<>();

    private Workbench workbench() throws IOException {
        Path example = Files.createDirectories(assets.resolve("examples/" + Workspace.FIRST_EXAMPLE));
        Files.writeString(example.resolve("Main.java"), "class Main {}\n");
        return new Workbench(new Workspace(home, assets),
                folder -> new SketchSession(folder, new FakeLiveEngine(), () -> closed.add(folder.name())), Runnable::run);
    }

    private static Optional<String> join(CompletionStage<Optional<String>> opened) {
        return opened.toCompletableFuture().orTimeout(30, TimeUnit.SECONDS).join();
    }

    @Test
    void openingRunsOffTheCallingThreadAndSaysWhichFolderItOpensMeanwhile() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        List<String> openedOn = new java.util.concurrent.CopyOnWriteArrayList<>();
        Path example = Files.createDirectories(assets.resolve("examples/" + Workspace.FIRST_EXAMPLE));
        Files.writeString(example.resolve("Main.java"), "class Main {}\n");
        Workbench workbench = new Workbench(new Workspace(home, assets), folder -> {
            openedOn.add(Thread.currentThread().getName());
            try {
                release.await(30, TimeUnit.SECONDS); // a slow engine start: javac warm-up, a long history
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new SketchSession(folder, new FakeLiveEngine(), () -> { });
        }, Runnable::run);
        Path other = Files.createDirectories(home.resolve("other"));

        CompletionStage<Optional<String>> opened = workbench.open(other);

        assertEquals(other, workbench.openingProperty().get(), "the caller returned at once and the folder is shown as opening");
        assertTrue(workbench.session().isEmpty());
        release.countDown();
        assertEquals(Optional.empty(), join(opened));
        assertEquals(null, workbench.openingProperty().get());
        assertEquals(other, workbench.session().orElseThrow().folder().root());
        assertTrue(!openedOn.get(0).equals(Thread.currentThread().getName()), "opened on " + openedOn);
    }

    @Test
    void firstLaunchOpensTheExampleCopiedIntoTheHomeWithMainJavaShown() throws IOException {
        Workbench workbench = workbench();

        assertEquals(Optional.empty(), join(workbench.openInitial()));

        SketchSession session = workbench.session().orElseThrow();
        assertEquals(home.resolve("sketches/" + Workspace.FIRST_EXAMPLE), session.folder().root());
        assertEquals("Main.java", session.documents().selectedProperty().get().path());
        assertEquals(List.of(session.folder().root()), workbench.recent());
    }

    @Test
    void openingAFolderThatIsNotThereSaysSoAndKeepsTheOpenSketch() throws IOException {
        Workbench workbench = workbench();
        join(workbench.openInitial());
        SketchSession open = workbench.session().orElseThrow();

        Optional<String> problem = join(workbench.open(home.resolve("nowhere")));

        assertTrue(problem.orElseThrow().startsWith("Cannot open " + home.resolve("nowhere") + " as a sketch: no such file or folder"),
                problem.orElseThrow());
        assertEquals(open, workbench.session().orElseThrow());
    }

    @Test
    void openingAnotherSketchClosesTheOldOneAndPutsTheNewOneFirstInRecent() throws IOException {
        Workbench workbench = workbench();
        join(workbench.openInitial());
        Path other = Files.createDirectories(home.resolve("other"));

        assertEquals(Optional.empty(), join(workbench.open(other)));
        workbench.close();

        assertEquals(List.of(Workspace.FIRST_EXAMPLE, "other"), closed);
        assertEquals(other, workbench.recent().get(0));
        assertEquals(2, workbench.recent().size());
    }

    @Test
    void reopeningTheOpenSketchLetsItGoFirstBecauseAFolderHasOneOwner() throws IOException {
        java.util.Set<Path> held = java.util.concurrent.ConcurrentHashMap.newKeySet(); // as the engine's folder lock
        Path example = Files.createDirectories(assets.resolve("examples/" + Workspace.FIRST_EXAMPLE));
        Files.writeString(example.resolve("Main.java"), "class Main {}\n");
        Workbench workbench = new Workbench(new Workspace(home, assets), folder -> {
            if (!held.add(folder.root())) {
                throw new java.nio.file.FileSystemException(folder.root().toString(), null, "already open");
            }
            return new SketchSession(folder, new FakeLiveEngine(), () -> held.remove(folder.root()));
        }, Runnable::run);
        join(workbench.openInitial());
        SketchSession first = workbench.session().orElseThrow();

        assertEquals(Optional.empty(), join(workbench.open(first.folder().root())));

        SketchSession again = workbench.session().orElseThrow();
        assertTrue(again != first, "a new session on the same folder");
        assertEquals(first.folder().root(), again.folder().root());
    }
}
