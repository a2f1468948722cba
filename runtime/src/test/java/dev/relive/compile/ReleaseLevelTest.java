package dev.relive.compile;

import dev.relive.guard.GuardWeaver;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sketches are compiled for the running JDK unless the guard weaver cannot read its class files. */
class ReleaseLevelTest {

    private static final int RUNNING = Runtime.version().feature();

    @Test
    void theWeaverReadsTheRunningJdksClassFilesSoNothingIsCapped() {
        assertTrue(GuardWeaver.reads(RUNNING), "ASM cannot read Java " + RUNNING + " class files: upgrade asm.version");
        assertEquals(new ReleaseLevel(RUNNING, RUNNING), ReleaseLevel.current());
        assertTrue(ReleaseLevel.current().notice().isEmpty());
    }

    @Test
    void theWeaverSaysNoToAClassFileVersionFromTheFarFuture() {
        assertFalse(GuardWeaver.reads(1000));
    }

    @Test
    void aJdkNewerThanTheWeaverIsCappedAtTheNewestReleaseItReads() {
        ReleaseLevel level = ReleaseLevel.of(31, feature -> feature <= 28);
        assertEquals(28, level.release());
        assertTrue(level.capped());
        assertEquals(List.of("--release", "28"), level.options());
        String notice = level.notice().orElseThrow();
        assertTrue(notice.contains("Java 31") && notice.contains("--release 28"), notice);
    }

    @Test
    void aJdkTheWeaverReadsIsNotCapped() {
        ReleaseLevel level = ReleaseLevel.of(25, feature -> feature <= 28);
        assertFalse(level.capped());
        assertEquals(List.of(), level.options());
    }

    @Test
    void aReleaseAboveTheRunningJdkIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ReleaseLevel(17, 21));
    }

    @Test
    void aCappedCompilerWritesClassFilesOfTheCappedRelease() {
        int older = RUNNING - 1;
        try (SketchCompiler compiler = new SketchCompiler(new ReleaseLevel(RUNNING, older))) {
            CompileResult result = compiler.compile(SourceSet.of(Map.of("Main.java", "class Main {}")),
                    SourceSet.EMPTY, CompileResult.NONE);
            assertTrue(result.ok(), result.diagnostics().toString());
            byte[] bytes = result.classes().get("Main");
            assertEquals(44 + older, ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff));
        }
    }

    @Test
    void aCappedCompilerRefusesLanguageFeaturesOfNewerReleases() {
        try (SketchCompiler compiler = new SketchCompiler(new ReleaseLevel(RUNNING, 16))) {
            CompileResult result = compiler.compile(SourceSet.of(Map.of("Main.java",
                    "sealed interface Main permits A {} final class A implements Main {}")), SourceSet.EMPTY, CompileResult.NONE);
            assertFalse(result.ok());
            assertEquals("Main.java", result.errors().get(0).file());
        }
    }
}
