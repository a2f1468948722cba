package dev.relive.app.workspace;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceFileNameTest {

    @Test
    void aClassNameBecomesAJavaFile() {
        assertEquals("Ball.java", SourceFileName.parse("  Ball ").path());
        assertEquals("Ball.java", SourceFileName.parse("Ball.java").path());
    }

    @Test
    void foldersArePackages() {
        SourceFileName name = SourceFileName.parse("shapes\\round/Ball");

        assertEquals("shapes/round/Ball.java", name.path());
        assertEquals("shapes.round", name.packageName());
        assertEquals("Ball", name.className());
        assertEquals("package shapes.round;\n\npublic class Ball {\n}\n", name.template());
    }

    @Test
    void aFileInTheRootHasNoPackageLine() {
        assertEquals("public class Ball {\n}\n", SourceFileName.parse("Ball").template());
    }

    @Test
    void badNamesAreRefusedWithAMessageThatSaysWhy() {
        assertProblem("", "Type a class name");
        assertProblem("1Ball", "not a valid Java name");
        assertProblem("my ball", "not a valid Java name");
        assertProblem("class", "Java keyword");
        assertProblem("../Escape", "inside the sketch folder");
        assertProblem("/etc/Passwd", "not an absolute path");
        assertProblem("shapes//Ball", "empty folder or class name");
    }

    @Test
    void validNamesHaveNoProblem() {
        assertTrue(SourceFileName.problem("Ball").isEmpty());
    }

    private static void assertProblem(String input, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SourceFileName.parse(input));
        assertTrue(e.getMessage().contains(expected), "\"" + input + "\": " + e.getMessage());
        assertEquals(e.getMessage(), SourceFileName.problem(input).orElseThrow());
    }

    @Test
    void renamingAClassChangesWholeWordsOnly() {
        assertEquals("class Orb { Orb(int r) {} Orb next; BallPark park; int Ball2; }",
                SourceFileName.renameClass("class Ball { Ball(int r) {} Ball next; BallPark park; int Ball2; }", "Ball", "Orb"));
        assertEquals("class $A extends A$B {}", SourceFileName.renameClass("class $A extends A$B {}", "A", "Z"));
    }
}
