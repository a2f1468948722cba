package dev.relive.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SharedArchiveTest {

    @TempDir
    Path cache;

    @Test
    void writingAnArchiveCreatesItsFolderAndNotesTheJarsItIsFor() {
        Path archive = cache.resolve("cds/relive.jsa");

        SharedArchive.prepare(List.of("-XX:ArchiveClassesAtExit=" + archive));

        assertTrue(Files.isDirectory(archive.getParent()), "the JVM does not create the folder itself");
        assertTrue(Files.isRegularFile(cache.resolve("cds/relive.jsa.jars")));
    }

    @Test
    void anArchiveMadeForTheseJarsIsKept() throws Exception {
        Path archive = cache.resolve("relive.jsa");
        SharedArchive.prepare(List.of("-XX:ArchiveClassesAtExit=" + archive));
        Files.writeString(archive, "archive"); // what the JVM writes at exit

        SharedArchive.prepare(List.of("-XX:SharedArchiveFile=" + archive));

        assertTrue(Files.exists(archive));
    }

    @Test
    void anArchiveMadeForOtherJarsIsDeletedSoTheNextLaunchMakesAFreshOne() throws Exception {
        Path archive = cache.resolve("relive.jsa");
        Files.writeString(archive, "archive");
        Files.writeString(cache.resolve("relive.jsa.jars"), "17\n/elsewhere/relive-app.jar 1 2\n");

        SharedArchive.prepare(List.of("-XX:SharedArchiveFile=" + archive));

        assertFalse(Files.exists(archive));
        assertFalse(Files.exists(cache.resolve("relive.jsa.jars")));
    }

    @Test
    void anArchiveTheJvmRemakesByItselfIsLeftToIt() throws Exception {
        Path archive = cache.resolve("auto/relive.jsa");

        SharedArchive.prepare(List.of("-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive"));

        assertTrue(Files.isDirectory(archive.getParent()));
        assertFalse(Files.exists(cache.resolve("auto/relive.jsa.jars")));
    }
}
