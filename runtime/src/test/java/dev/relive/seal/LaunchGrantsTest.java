package dev.relive.seal;

import dev.relive.engine.Engine;
import dev.relive.launch.LaunchGrants;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one file of what the JDK grants the runtime is what this JVM was launched with (the tests pass it to
 * {@code java} as the IDE's launch does), and it grants to the runtime module alone, never to sketch code.
 */
class LaunchGrantsTest {

    @Test
    void everyGrantOfTheFileHoldsForTheRuntimeAndForNoUnnamedModule() {
        Module runtime = Engine.class.getModule();
        List<LaunchGrants.Grant> grants = LaunchGrants.read();
        assertTrue(grants.stream().anyMatch(g -> g.open() && g.module().equals("java.base") && g.pkg().equals("java.lang")), grants.toString());
        assertTrue(grants.stream().anyMatch(g -> !g.open() && g.pkg().equals("com.sun.tools.javac.api")), grants.toString());
        Module sketchSide = new ClassLoader() { }.getUnnamedModule();
        for (LaunchGrants.Grant g : grants) {
            assertEquals("dev.relive.runtime", g.target(), g.toString());
            Module source = ModuleLayer.boot().findModule(g.module()).orElseThrow();
            assertTrue(g.open() ? source.isOpen(g.pkg(), runtime) : source.isExported(g.pkg(), runtime), "granted: " + g);
            assertFalse(g.open() ? source.isOpen(g.pkg(), sketchSide) : source.isExported(g.pkg(), sketchSide), "not to others: " + g);
        }
    }

    @Test
    void aMalformedFileIsRefusedSayingWhere() {
        assertEquals(List.of(new LaunchGrants.Grant(false, "m", "p.q", "t")), LaunchGrants.parse("--add-exports m/p.q=t\n"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LaunchGrants.parse("--add-reads a=b"))
                .getMessage().contains("--add-reads"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LaunchGrants.parse("--add-opens java.base"))
                .getMessage().contains("java.base"));
    }
}
