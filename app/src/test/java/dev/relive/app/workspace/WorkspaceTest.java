package dev.relive.app.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkspaceTest {

    @TempDir
    Path home;
    @TempDir
    Path assets;

    private Workspace workspace() throws IOException {
        Path example = Files.createDirectories(assets.resolve("examples/" + Workspace.FIRST_EXAMPLE));
        Files.writeString(example.resolve("Main.java"), "class Main {}");
        Files.createDirectories(example.resolve("shapes"));
        Files.writeString(example.resolve("shapes/Ball.java"), "package shapes; class Ball {}");
        return new Workspace(home, assets);
    }

    @Test
    void firstLaunchCopiesTheExampleIntoTheHomeAndLeavesTheAssetsAlone() throws IOException {
        Workspace workspace = workspace();

        Path sketch = workspace.initialSketch();

        assertEquals(home.resolve("sketches/" + Workspace.FIRST_EXAMPLE), sketch);
        assertEquals("class Main {}", Files.readString(sketch.resolve("Main.java")));
        assertEquals("package shapes; class Ball {}", Files.readString(sketch.resolve("shapes/Ball.java")));
        Files.writeString(sketch.resolve("Main.java"), "class Main { int edited; }");
        assertEquals("class Main {}", Files.readString(assets.resolve("examples/" + Workspace.FIRST_EXAMPLE + "/Main.java")));
        assertFalse(Files.exists(home.resolve("sketches/." + Workspace.FIRST_EXAMPLE + ".partial")));
    }

    @Test
    void anExistingCopyKeepsTheUsersEdits() throws IOException {
        Workspace workspace = workspace();
        Path sketch = workspace.installExample(Workspace.FIRST_EXAMPLE);
        Files.writeString(sketch.resolve("Main.java"), "class Main { int edited; }");

        workspace.installExample(Workspace.FIRST_EXAMPLE);

        assertEquals("class Main { int edited; }", Files.readString(sketch.resolve("Main.java")));
    }

    @Test
    void laterLaunchesOpenTheMostRecentSketchThatStillExists() throws IOException {
        Workspace workspace = workspace();
        Path kept = Files.createDirectories(home.resolve("mine"));
        workspace.recent().add(kept);
        workspace.recent().add(home.resolve("deleted-since"));

        assertEquals(kept, workspace.initialSketch());
    }

    @Test
    void aMissingExampleSaysHowToPointAtTheAssets() {
        Workspace workspace = new Workspace(home, assets);

        NoSuchFileException e = assertThrows(NoSuchFileException.class, workspace::initialSketch);

        assertTrue(e.getMessage().contains(Workspace.ASSETS_PROPERTY), e.getMessage());
    }

    @Test
    void recentSketchesAreNewestFirstWithoutDuplicatesAndCapped() throws IOException {
        RecentSketches recent = new Workspace(home, assets).recent();
        assertEquals(List.of(), recent.load());

        for (int i = 0; i < RecentSketches.MAX + 3; i++) {
            recent.add(home.resolve("s" + i));
        }
        List<Path> list = recent.add(home.resolve("s5"));

        assertEquals(RecentSketches.MAX, list.size());
        assertEquals(home.resolve("s5"), list.get(0));
        assertEquals(home.resolve(("s" + (RecentSketches.MAX + 2))), list.get(1));
        assertEquals(list, recent.load());
    }

    @Test
    void theExamplesAreEveryExampleFolderWithTheFirstCommentLineOfItsMainAsHint() throws IOException {
        Workspace workspace = workspace();
        Path particles = Files.createDirectories(assets.resolve("examples/particles"));
        Files.writeString(particles.resolve("Main.java"), "\n//\n  // A particle fountain.\n// Try live: change GRAVITY.\nclass Main {}");
        Files.createDirectories(assets.resolve("examples/no-main"));
        Files.createDirectories(assets.resolve("examples/.hidden"));
        Files.writeString(assets.resolve("examples/README.md"), "not an example");

        assertEquals(List.of(new Example(Workspace.FIRST_EXAMPLE, ""), new Example("no-main", ""),
                new Example("particles", "A particle fountain.")), workspace.examples());
    }

    @Test
    void withoutAnExamplesFolderThereAreNoExamples() throws IOException {
        assertEquals(List.of(), new Workspace(home, assets).examples());
    }

    @Test
    void aFreshCopyOfAnExampleGoesBesideTheUsersCopyAndLeavesItAlone() throws IOException {
        Workspace workspace = workspace();
        Path mine = workspace.installExample(Workspace.FIRST_EXAMPLE);
        Files.writeString(mine.resolve("Main.java"), "class Main { int edited; }");

        Path fresh = workspace.installFreshExample(Workspace.FIRST_EXAMPLE);
        Path fresher = workspace.installFreshExample(Workspace.FIRST_EXAMPLE);

        assertEquals(home.resolve("sketches/" + Workspace.FIRST_EXAMPLE + "-2"), fresh);
        assertEquals(home.resolve("sketches/" + Workspace.FIRST_EXAMPLE + "-3"), fresher);
        assertEquals("class Main {}", Files.readString(fresh.resolve("Main.java")));
        assertEquals("class Main { int edited; }", Files.readString(mine.resolve("Main.java")));
        assertEquals(java.util.Optional.of(mine), workspace.exampleCopy(Workspace.FIRST_EXAMPLE));
        assertEquals(java.util.Optional.empty(), workspace.exampleCopy("particles"));
    }
}
