package dev.relive.draw;

import dev.relive.failure.Phase;
import dev.relive.api.Color;
import dev.relive.api.Input;
import dev.relive.testing.LiveSketch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The drawing recorder, the PNG renderer and visual sketches through the engine. */
class DrawingTest {

    @TempDir
    Path dir;

    @Test
    void theRecorderKeepsEachShapeWithItsStyleAndTransform() {
        FrameRecorder r = new FrameRecorder();
        r.begin(100, 50, Input.NONE);
        r.background(Color.BLACK);
        r.fill(Color.rgb(255, 0, 0));
        r.noStroke();
        r.push();
        r.translate(10, 20);
        r.rect(0, 0, 5, 5);
        r.pop();
        r.ellipse(50, 25, 10, 10);
        Frame frame = r.finish(1, 3, 0.5, 60);
        assertEquals(3, frame.ops().size());
        DrawOp.Rect rect = (DrawOp.Rect) frame.ops().get(1);
        assertEquals(Transform.translation(10, 20), rect.style().transform());
        assertEquals(0, rect.style().stroke());
        DrawOp.Ellipse ellipse = (DrawOp.Ellipse) frame.ops().get(2);
        assertEquals(List.of(45.0, 20.0, Transform.IDENTITY), List.of(ellipse.x(), ellipse.y(), ellipse.style().transform()));
        assertThrows(IllegalStateException.class, r::pop);
    }

    @Test
    void framesRenderToPixels() {
        FrameRecorder r = new FrameRecorder();
        r.begin(40, 20, Input.NONE);
        r.background(Color.hex("#0000ff"));
        r.fill(Color.hex("#ff3366"));
        r.noStroke();
        r.rect(20, 0, 20, 20);
        BufferedImage image = PngRenderer.render(r.finish(1, 1, 0, 0));
        assertEquals(0xFF0000FF, image.getRGB(5, 10));
        assertEquals(0xFFFF3366, image.getRGB(30, 10));
    }

    @Test
    void aVisualSketchPublishesFramesAndAnEditChangesWhatIsDrawn() {
        String visual = "import dev.relive.api.*;\npublic class Main implements Sketch, Visual {\n int x;\n"
                + " public void step() { x++; }\n public void draw(Canvas c) { c.background(Color.hex(\"%s\")); c.text(\"x=\" + x, 5, 15); }\n}\n";
        try (LiveSketch live = LiveSketch.in(dir).write("Main.java", visual.formatted("#112233")).start()) {
            live.engine().frames().setSize(32, 16);
            live.step(3);
            Frame frame = live.engine().frames().latest();
            assertEquals(3, frame.number());
            assertEquals(0xFF112233, PngRenderer.render(frame).getRGB(30, 2));
            live.save("Main.java", visual.formatted("#445566"));
            live.step(1);
            frame = live.engine().frames().latest();
            assertEquals(2, frame.generation());
            assertEquals(0xFF445566, PngRenderer.render(frame).getRGB(30, 2));
            assertEquals("x=4", ((DrawOp.Text) frame.ops().get(1)).text(), "the state carried on");
        }
    }

    @Test
    void sketchesSeeTheMouseAndKeys() {
        String visual = "import dev.relive.api.*;\npublic class Main implements Sketch, Visual {\n public void step() {}\n"
                + " public void draw(Canvas c) { System.out.println(c.input().mouseX() + \" \" + c.input().keyDown(\"SPACE\") + \" \" + c.width()); }\n}\n";
        try (LiveSketch live = LiveSketch.in(dir).write("Main.java", visual).start()) {
            live.engine().frames().setInput(new Input(12, 7, Set.of(1), Set.of("SPACE")));
            live.step(1);
            assertEquals("12.0 true 640.0", live.lastOutput());
        }
    }

    @Test
    void anErrorWhileDrawingIsReportedInTheDrawPhase() {
        String visual = "import dev.relive.api.*;\npublic class Main implements Sketch, Visual {\n public void step() {}\n"
                + " public void draw(Canvas c) {\n c.pop();\n }\n}\n";
        try (LiveSketch live = LiveSketch.in(dir).write("Main.java", visual).start()) {
            live.step(1);
            var error = live.last(dev.relive.event.EngineEvent.Error.class).error();
            assertEquals(Phase.DRAW, error.phase());
            assertEquals(5, error.sketchFrame().orElseThrow().line());
            assertTrue(error.message().contains("pop() without a matching push()"));
        }
    }
}
