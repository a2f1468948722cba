package dev.relive.migrate;

import dev.relive.failure.Phase;
import dev.relive.api.Color;
import dev.relive.api.Input;
import dev.relive.draw.DrawOp;
import dev.relive.draw.Frame;
import dev.relive.event.EngineEvent;
import dev.relive.testing.LiveSketch;
import dev.relive.testing.LiveSketchTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bundled example (the repository's assets/examples) survives every edit its header suggests, applied in turn
 * through the engine while it runs: the swap is clean, the state is visibly kept, and the edit visibly takes effect.
 */
class ExamplesTest extends LiveSketchTest {

    // ---- life: the grid of cells is read back from the drawn frame and checked against the rules

    private static final int COLS = 80, ROWS = 46;

    @Test
    void lifeKeepsItsGridThroughEverySuggestedEdit() {
        open("life");
        live.step(5);
        Set<Integer> grid = lifeCells(8);
        assertTrue(grid.size() > 100, "a random grid: " + grid.size());

        edit("Main.java", "static final double CELL = 8;", "static final double CELL = 10;");
        live.step(1);
        live.assertSwappedCleanly();
        assertEquals("generation 6", lifeText());
        Set<Integer> zoomed = lifeCells(10); // cells drawn 10 wide: the zoom took effect, on the very same grid
        assertEquals(lifeStep(grid, Set.of(3)), zoomed);

        Set<Integer> highLifeWouldDiffer = lifeStep(zoomed, Set.of(3, 6));
        assertFalse(highLifeWouldDiffer.equals(lifeStep(zoomed, Set.of(3))), "pick a grid where B6 matters");
        edit("Main.java", "neighbours == 2 || neighbours == 3 : neighbours == 3", "neighbours == 2 || neighbours == 3 : neighbours == 3 || neighbours == 6");
        live.step(1);
        live.assertSwappedCleanly();
        assertEquals(highLifeWouldDiffer, lifeCells(10));
        assertEquals("generation 7", lifeText());

        Set<Integer> before = lifeCells(10);
        int oldColour = cellColour();
        edit("Main.java", "Color.hsb(0.6 - Math.min", "Color.hsb(0.1 - Math.min");
        live.step(1);
        live.assertSwappedCleanly();
        assertEquals(lifeStep(before, Set.of(3, 6)), lifeCells(10));
        assertTrue(oldColour != cellColour(), "the colours changed");

        live.engine().frames().setInput(new Input(-1, -1, Set.of(), Set.of("SPACE")));
        live.step(2);
        live.engine().frames().setInput(Input.NONE);
        Set<Integer> paused = lifeCells(10);
        live.step(3);
        assertEquals(paused, lifeCells(10), "SPACE pauses the simulation, as the header says");
        assertTrue(lifeText().contains("paused"), lifeText());
    }

    private Set<Integer> lifeCells(double cell) {
        Set<Integer> alive = new HashSet<>();
        for (DrawOp op : frame().ops()) {
            if (op instanceof DrawOp.Rect r) {
                assertEquals(cell - 1, r.w(), "cells are drawn CELL - 1 wide");
                alive.add((int) Math.round(r.y() / cell) * COLS + (int) Math.round(r.x() / cell));
            }
        }
        return alive;
    }

    private int cellColour() {
        return frame().ops().stream().filter(DrawOp.Rect.class::isInstance).map(o -> ((DrawOp.Rect) o).style().fill())
                .findFirst().orElseThrow();
    }

    private String lifeText() {
        return texts().get(0);
    }

    /** One generation of Life on the wrapping grid, born with any of {@code born} neighbours, surviving with 2 or 3. */
    private static Set<Integer> lifeStep(Set<Integer> alive, Set<Integer> born) {
        Set<Integer> next = new HashSet<>();
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLS; c++) {
                int n = 0;
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        if ((dr != 0 || dc != 0) && alive.contains(((r + dr + ROWS) % ROWS) * COLS + (c + dc + COLS) % COLS)) {
                            n++;
                        }
                    }
                }
                boolean was = alive.contains(r * COLS + c);
                if (was ? n == 2 || n == 3 : born.contains(n)) {
                    next.add(r * COLS + c);
                }
            }
        }
        return next;
    }

    // ---- bouncing balls: the balls are the ellipses drawn RADIUS * 2 wide

    @Test
    void bouncingBallsFlyOnThroughEverySuggestedEdit() {
        open("bouncing-balls");
        live.step(100);
        List<double[]> before = balls(36);
        live.step(1);
        List<double[]> now = balls(36);

        edit("Main.java", "GRAVITY = 0.25;", "GRAVITY = 0.5;");
        live.step(1);
        live.assertSwappedCleanly();
        List<double[]> after = balls(36);
        int falling = 0;
        for (int i = 0; i < 4; i++) { // vy grows by the new gravity for every ball that did not bounce
            double dvy = (after.get(i)[1] - now.get(i)[1]) - (now.get(i)[1] - before.get(i)[1]);
            if (Math.abs(dvy - 0.5) < 1e-9) {
                falling++;
            }
            assertTrue(Math.hypot(after.get(i)[0] - now.get(i)[0], after.get(i)[1] - now.get(i)[1]) < 20, "ball " + i + " flew on");
        }
        assertTrue(falling >= 2, "the new gravity acts on the balls in the air");

        double peakBefore = highestPoint(200);
        edit("Main.java", "BOUNCE = 1.0;", "BOUNCE = 0.8;");
        live.step(1);
        live.assertSwappedCleanly();
        live.step(600);
        assertTrue(highestPoint(200) > peakBefore + 50, "the balls bounce lower and lower");

        edit("Main.java", "Color.rgb(255, 94, 91)", "Color.rgb(0, 255, 0)");
        live.step(1);
        live.assertSwappedCleanly("Main.COLORS");
        assertEquals(Color.rgb(0, 255, 0), ballFills(36).get(0));
        edit("Main.java", "BACKGROUND = Color.rgb(24, 26, 38);", "BACKGROUND = Color.rgb(90, 10, 10);");
        live.step(1);
        live.assertSwappedCleanly();
        assertEquals(new DrawOp.Background(Color.rgb(90, 10, 10)), frame().ops().get(0));
        List<double[]> small = balls(36);
        edit("Main.java", "RADIUS = 18;", "RADIUS = 24;");
        live.step(1);
        live.assertSwappedCleanly();
        List<double[]> big = balls(48);
        assertEquals(4, big.size(), "drawn 48 wide now");
        assertTrue(Math.abs(big.get(0)[0] - small.get(0)[0]) < 20, "and where they were");

        edit("Main.java", "    @Override\n    public void step() {",
                "    @Override\n    public void afterReload() {\n        balls.add(new Ball(320, 40, -4, 0));\n    }\n\n    @Override\n    public void step() {");
        live.step(1);
        live.assertSwappedCleanly();
        assertTrue(texts().contains("5 balls"), texts().toString());

        List<String> reports = live.output().stream().filter(l -> l.startsWith("frame ")).map(l -> l.split("[ :]")[1]).toList();
        assertTrue(reports.size() >= 5, reports.toString());
        for (int i = 0; i < reports.size(); i++) {
            assertEquals(String.valueOf(180 * (i + 1)), reports.get(i), "the frame counter is state: report() comes on time");
        }

        int generation = live.engine().liveNumber();
        List<double[]> held = balls(48);
        edit("Main.java", "BOUNCE = 0.8;", "BOUNCE = 1.2;");
        assertEquals(Phase.CHECK, live.last(EngineEvent.Rejected.class).phase(), "the @Check holds the swap");
        live.step(1);
        assertEquals(generation, live.engine().liveNumber());
        assertTrue(Math.abs(balls(48).get(0)[0] - held.get(0)[0]) < 20, "the old code keeps running");

        edit("Main.java", "BOUNCE = 1.2;", "BOUNCE = 1.2");
        assertFalse(live.last(EngineEvent.Compiled.class).ok());
        live.step(1);
        assertEquals(generation, live.engine().liveNumber());

        edit("Main.java", "BOUNCE = 1.2", "BOUNCE = 0.8;"); // back to good code, then revert to the first generation
        live.step(1);
        live.assertSwappedCleanly();
        List<double[]> beforeRevert = balls(48);
        live.engine().revert(1).join();
        live.step(1);
        assertEquals(1, live.last(EngineEvent.Reverted.class).to());
        assertEquals(beforeRevert.size(), balls(36).size(), "generation 1's radius, the same balls");
        assertTrue(Math.abs(balls(36).get(0)[0] - beforeRevert.get(0)[0]) < 20, "the balls stay where they are");
    }

    private List<double[]> balls(double diameter) {
        return frame().ops().stream().filter(o -> o instanceof DrawOp.Ellipse e && e.w() == diameter && e.h() == diameter)
                .map(o -> new double[]{((DrawOp.Ellipse) o).x(), ((DrawOp.Ellipse) o).y()}).toList();
    }

    private List<Integer> ballFills(double diameter) {
        return frame().ops().stream().filter(o -> o instanceof DrawOp.Ellipse e && e.w() == diameter && e.h() == diameter)
                .map(o -> ((DrawOp.Ellipse) o).style().fill()).toList();
    }

    /** The smallest y any ball reaches over the next {@code steps} steps (y grows downwards). */
    private double highestPoint(int steps) {
        double top = Double.MAX_VALUE;
        for (int i = 0; i < steps; i++) {
            live.step(1);
            for (double[] ball : balls(36)) {
                top = Math.min(top, ball[1]);
            }
        }
        return top;
    }

    // ---- led strip: the beat is @Keep and shows in the text

    @Test
    void theLedStripNeverSkipsABeat() {
        open("led-strip");
        live.step(120);
        assertEquals("beat 4.00  ·  120 bpm", texts().get(0));

        edit("Main.java", "BPM = 120;", "BPM = 60;");
        live.step(60);
        live.assertSwappedCleanly();
        assertEquals("beat 5.00  ·  60 bpm", texts().get(0));

        assertEquals(2, ledColours().size(), "a chase: one lit LED");
        edit("Main.java", "PATTERN = 0;", "PATTERN = 2;");
        live.step(1);
        live.assertSwappedCleanly();
        assertTrue(ledColours().size() > 20, "a rainbow");

        edit("Main.java", "PATTERN = 2;", "PATTERN = 0;");
        edit("Main.java", "Color.rgb(255, 80, 40)", "Color.rgb(40, 80, 255)");
        live.step(1);
        live.assertSwappedCleanly();
        assertTrue(ledColours().contains(Color.rgb(40, 80, 255)), "your own colour");
        assertTrue(texts().get(0).startsWith("beat 5.0"), texts().get(0));
    }

    private Set<Integer> ledColours() {
        double core = frame().width() / 32 * 0.7;
        Set<Integer> colours = new HashSet<>();
        frame().ops().stream().filter(o -> o instanceof DrawOp.Ellipse e && Math.abs(e.w() - core) < 1e-9)
                .forEach(o -> colours.add(((DrawOp.Ellipse) o).style().fill()));
        return colours;
    }

    // ---- particles: the count is drawn as text; every particle is an ellipse

    @Test
    void particlesInTheAirKeepFlyingThroughEverySuggestedEdit() {
        open("particles");
        live.step(200);
        assertTrue(particles() > 700, texts().toString());
        double meanBefore = meanParticleY();

        edit("Main.java", "GRAVITY = 0.15;", "GRAVITY = 0.3;");
        live.step(1);
        live.assertSwappedCleanly();
        assertTrue(particles() > 700, "the particles in the air are still there: " + texts());
        live.step(200);
        assertTrue(meanParticleY() > meanBefore + 20, "they fall faster");

        edit("Main.java", "SPRAY = 6;", "SPRAY = 2;");
        live.step(1);
        live.assertSwappedCleanly();
        assertTrue(particles() > 700, "the particles in the air are still there: " + texts());
        live.step(200);
        assertTrue(Math.abs(particles() - 240) <= 6, "two a step, for 120 steps each: " + texts());

        Set<Integer> fills = particleFills();
        edit("Main.java", "double hue = 0.55;", "double hue = 0.0;");
        live.step(1);
        live.assertSwappedCleanly("Main.hue");
        assertTrue(Math.abs(particles() - 240) <= 6, texts().toString());
        Set<Integer> now = particleFills();
        now.retainAll(fills);
        assertTrue(now.isEmpty(), "a different colour");

        edit("Main.java", "c.ellipse(p.x, p.y, p.size, p.size);", "c.ellipse(p.x, p.y, p.size + (120 - p.life) / 10, p.size + (120 - p.life) / 10);");
        live.step(1);
        live.assertSwappedCleanly();
        assertTrue(frame().ops().stream().anyMatch(o -> o instanceof DrawOp.Ellipse e && e.w() > 15), "bigger as they age");
    }

    private int particles() {
        return Integer.parseInt(texts().get(0).replace(" particles", ""));
    }

    private double meanParticleY() {
        return frame().ops().stream().filter(DrawOp.Ellipse.class::isInstance).mapToDouble(o -> ((DrawOp.Ellipse) o).y())
                .average().orElseThrow();
    }

    private Set<Integer> particleFills() {
        Set<Integer> fills = new HashSet<>();
        frame().ops().stream().filter(DrawOp.Ellipse.class::isInstance).forEach(o -> fills.add(((DrawOp.Ellipse) o).style().fill()));
        return fills;
    }

    // ---- word table: script mode, main runs again on every save

    @Test
    void theWordTableCountsItsRunsThroughEverySuggestedEdit() {
        open("word-table");
        live.awaitOutput("run 1");
        edit("Main.java", "\"live\"};", "\"live\", \"relive\"};");
        live.awaitOutput("run 2");
        live.awaitOutput(String.format("%-10s %5d", "relive", 1));
        live.assertSwappedCleanly("Main.WORDS");

        edit("Main.java", "\"%-10s %5d%n\", word, count", "\"%-14s %5d%n\", word, count");
        live.awaitOutput("run 3");
        live.awaitOutput(String.format("%-14s %5d", "relive", 1));
        live.assertSwappedCleanly("Main.WORDS");

        edit("Main.java", "import java.util.Map;", "import java.util.Comparator;\nimport java.util.Map;");
        edit("Main.java", "new TreeMap<>();", "new TreeMap<>(Comparator.comparing(String::length).thenComparing(w -> w));");
        live.await(EngineEvent.Output.class, o -> o.generation() == 5 && o.text().startsWith("relive"));
        List<String> words = live.outputSinceSave().stream().filter(l -> l.matches("[a-z]+ +\\d+") && !l.startsWith("run ")).map(l -> l.split(" ")[0]).toList();
        assertEquals(List.of("code", "java", "live", "state", "relive"), words, live.eventsSinceSave().toString());
        live.assertSwappedCleanly("Main.WORDS");
    }

    // ---- helpers

    private void open(String example) {
        Path source = Path.of(System.getProperty("relive.assets"), "examples", example);
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        live = LiveSketch.in(dir).start();
        live.engine().frames().setSize(960, 600);
    }

    /** Applies one suggested edit to the running example and saves it. */
    private void edit(String file, String from, String to) {
        String text = live.read(file);
        assertTrue(text.contains(from), file + " no longer contains " + from);
        live.save(file, text.replace(from, to));
    }

    private Frame frame() {
        return live.engine().frames().latest();
    }

    private List<String> texts() {
        return frame().ops().stream().filter(DrawOp.Text.class::isInstance).map(o -> ((DrawOp.Text) o).text()).toList();
    }
}
