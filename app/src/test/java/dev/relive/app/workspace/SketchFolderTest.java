package dev.relive.app.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SketchFolderTest {

    @TempDir
    Path root;

    @Test
    void openingAFolderThatIsNotThereSaysSoClearly() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> SketchFolder.open(root.resolve("gone")));

        assertEquals("no such file or folder (" + root.resolve("gone") + ": no such folder)", FileProblem.describe(e));
    }

    @Test
    void openingAFileSaysItIsNotAFolder() throws IOException {
        Path file = Files.writeString(root.resolve("Main.java"), "");

        NotDirectoryException e = assertThrows(NotDirectoryException.class, () -> SketchFolder.open(file));

        assertTrue(FileProblem.describe(e).startsWith("it is a file, not a folder"), FileProblem.describe(e));
    }

    @Test
    void sourceFilesAreTheJavaFilesTheEngineCompiles() throws IOException {
        Files.writeString(root.resolve("Main.java"), "");
        Files.createDirectories(root.resolve("shapes"));
        Files.writeString(root.resolve("shapes/Ball.java"), "");
        Files.createDirectories(root.resolve(".relive"));
        Files.writeString(root.resolve(".relive/Hidden.java"), "");
        Files.createDirectories(root.resolve("target"));
        Files.writeString(root.resolve("target/Built.java"), "");
        Files.writeString(root.resolve("notes.txt"), "");

        assertEquals(List.of("Main.java", "shapes/Ball.java"), SketchFolder.open(root).sourceFiles());
    }

    @Test
    void writingReplacesTheFileAndLeavesNoTemporaryFiles() throws IOException {
        SketchFolder folder = SketchFolder.open(root);
        folder.write("Main.java", "one");

        folder.write("Main.java", "two");

        assertEquals("two", folder.read("Main.java"));
        try (Stream<Path> files = Files.list(root)) {
            assertEquals(List.of(root.resolve("Main.java")), files.toList());
        }
    }

    @Test
    void creatingAFileNeverOverwritesOne() throws IOException {
        SketchFolder folder = SketchFolder.open(root);
        folder.create(SourceFileName.parse("shapes/Ball"));

        assertEquals("package shapes;\n\npublic class Ball {\n}\n", folder.read("shapes/Ball.java"));
        assertThrows(FileAlreadyExistsException.class, () -> folder.create(SourceFileName.parse("shapes/Ball")));
    }

    @Test
    void pathsOutsideTheFolderAreRefused() throws IOException {
        SketchFolder folder = SketchFolder.open(root);

        assertThrows(IllegalArgumentException.class, () -> folder.resolve("../Escape.java"));
    }
}
