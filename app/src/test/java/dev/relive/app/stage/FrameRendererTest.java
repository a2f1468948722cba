package dev.relive.app.stage;

import dev.relive.api.Color;
import dev.relive.api.Image;
import dev.relive.draw.DrawOp;
import dev.relive.draw.Frame;
import dev.relive.draw.Transform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each drawing operation lands on the JavaFX canvas as the runtime's PNG renderer draws it. */
class FrameRendererTest {

    private static final int SIZE = 100;
    private static final int NONE = 0;
    private static final int RED = Color.rgb(255, 0, 0);
    private static final int GREEN = Color.rgb(0, 255, 0);
    private static final int BLUE = Color.rgb(0, 0, 255);
    private static final int WHITE = Color.WHITE;

    private final FrameRenderer renderer = new FrameRenderer();

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    private static DrawOp.Style style(int fill, int stroke, double weight, Transform transform) {
        return new DrawOp.Style(fill, stroke, weight, 40, transform);
    }

    private static DrawOp.Style filled(int fill) {
        return style(fill, NONE, 1, Transform.IDENTITY);
    }

    /** The canvas's pixels, ARGB row by row, after rendering a frame of {@code ops}; undrawn pixels are transparent. */
    private int[] render(DrawOp... ops) {
        Frame frame = new Frame(1, 1, SIZE, SIZE, List.of(ops), 0, 0);
        return WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            Canvas canvas = new Canvas(SIZE, SIZE);
            renderer.render(frame, canvas);
            SnapshotParameters transparent = new SnapshotParameters();
            transparent.setFill(javafx.scene.paint.Color.TRANSPARENT);
            WritableImage image = canvas.snapshot(transparent, null);
            int[] pixels = new int[SIZE * SIZE];
            image.getPixelReader().getPixels(0, 0, SIZE, SIZE, PixelFormat.getIntArgbInstance(), pixels, 0, SIZE);
            return pixels;
        });
    }

    private static int at(int[] pixels, int x, int y) {
        return pixels[y * SIZE + x];
    }

    private static void assertPixel(int expected, int[] pixels, int x, int y) {
        assertEquals(Integer.toHexString(expected), Integer.toHexString(at(pixels, x, y)), "pixel at " + x + ", " + y);
    }

    @Test
    void aBackgroundCoversTheWholeCanvasWhateverTheTransform() {
        int[] pixels = render(new DrawOp.Rect(0, 0, 1, 1, style(BLUE, NONE, 1, Transform.scaling(0.1, 0.1))),
                new DrawOp.Background(RED));

        assertPixel(RED, pixels, 0, 0);
        assertPixel(RED, pixels, 99, 99);
    }

    @Test
    void aRectIsFilledWithItsFillAndOutlinedWithItsStroke() {
        int[] pixels = render(new DrawOp.Rect(20, 20, 60, 60, style(BLUE, RED, 4, Transform.IDENTITY)));

        assertPixel(BLUE, pixels, 50, 50);
        assertPixel(RED, pixels, 19, 50);
        assertPixel(NONE, pixels, 5, 5);
    }

    @Test
    void aFillOrStrokeWhoseAlphaIsZeroIsNotDrawn() {
        int[] pixels = render(
                new DrawOp.Rect(20, 20, 60, 60, style(Color.withAlpha(BLUE, 0), Color.withAlpha(RED, 0), 4, Transform.IDENTITY)),
                new DrawOp.Rect(20, 20, 60, 60, style(NONE, RED, 0, Transform.IDENTITY)));

        assertTrue(Arrays.stream(pixels).allMatch(p -> p == NONE), "nothing was drawn");
    }

    @Test
    void aTranslucentFillIsBlendedOverWhatIsBelow() {
        int[] pixels = render(new DrawOp.Background(WHITE), new DrawOp.Rect(0, 0, 100, 100, filled(Color.withAlpha(Color.BLACK, 128))));

        int grey = at(pixels, 50, 50) & 0xFF;
        assertTrue(grey > 120 && grey < 135, "half-transparent black over white is mid grey, not " + Integer.toHexString(at(pixels, 50, 50)));
    }

    @Test
    void eachOperationIsDrawnWithItsOwnTransform() {
        Transform turned = Transform.translation(50, 0).then(Transform.rotation(Math.PI / 2));

        int[] pixels = render(new DrawOp.Rect(0, 0, 20, 10, style(RED, NONE, 1, turned)),
                new DrawOp.Rect(0, 0, 10, 10, filled(BLUE)),
                new DrawOp.Rect(0, 0, 10, 10, style(GREEN, NONE, 1, Transform.translation(80, 80).then(Transform.scaling(2, 2)))));

        assertPixel(RED, pixels, 45, 15);
        assertPixel(NONE, pixels, 55, 5);
        assertPixel(BLUE, pixels, 5, 5);
        assertPixel(GREEN, pixels, 95, 95);
        assertPixel(NONE, pixels, 75, 75);
    }

    @Test
    void anEllipseFillsItsBoundingBoxButNotItsCorners() {
        int[] pixels = render(new DrawOp.Ellipse(20, 20, 60, 40, filled(GREEN)));

        assertPixel(GREEN, pixels, 50, 40);
        assertPixel(GREEN, pixels, 23, 40);
        assertPixel(NONE, pixels, 22, 22);
        assertPixel(NONE, pixels, 50, 62);
    }

    @Test
    void aLineIsStrokedAndNeverFilled() {
        int[] pixels = render(new DrawOp.Line(10, 50, 90, 50, style(BLUE, RED, 4, Transform.IDENTITY)));

        assertPixel(RED, pixels, 50, 50);
        assertTrue(Arrays.stream(pixels).noneMatch(p -> p == BLUE), "the fill is not used");
    }

    @Test
    void aPolygonIsFilledThroughItsPoints() {
        int[] pixels = render(new DrawOp.Polygon(List.of(10.0, 10.0, 90.0, 10.0, 10.0, 90.0), filled(BLUE)));

        assertPixel(BLUE, pixels, 20, 20);
        assertPixel(NONE, pixels, 80, 80);
    }

    @Test
    void textIsDrawnInTheFillColourAtItsSize() {
        int[] pixels = render(new DrawOp.Text("MM", 5, 60, style(RED, BLUE, 4, Transform.IDENTITY)));

        long red = Arrays.stream(pixels).filter(p -> p == RED).count();
        assertTrue(red > 100, "a 40 px text leaves many solid red pixels, not " + red);
        assertTrue(Arrays.stream(pixels).noneMatch(p -> p == BLUE), "text has no outline");
        assertTrue(Arrays.stream(pixels, 0, 15 * SIZE).allMatch(p -> p == NONE), "nothing above the text");
    }

    @Test
    void anImageIsScaledIntoItsRectanglePixelForPixel() {
        Image image = new Image(2, 2, new int[]{RED, GREEN, BLUE, WHITE});

        int[] pixels = render(new DrawOp.Picture(image, 0, 0, 100, 100, filled(NONE)));

        assertPixel(RED, pixels, 25, 25);
        assertPixel(GREEN, pixels, 75, 25);
        assertPixel(BLUE, pixels, 25, 75);
        assertPixel(WHITE, pixels, 75, 75);
    }

    @Test
    void theNextFrameStartsFromAClearCanvas() {
        render(new DrawOp.Background(RED));

        int[] pixels = render(new DrawOp.Rect(0, 0, 10, 10, filled(BLUE)));

        assertPixel(NONE, pixels, 50, 50);
    }

    @Test
    void coloursKeepTheirAlpha() {
        javafx.scene.paint.Color color = FrameRenderer.color(Color.rgba(255, 128, 0, 51));

        assertEquals(1.0, color.getRed(), 1e-6);
        assertEquals(128 / 255.0, color.getGreen(), 1e-6); // JavaFX keeps colours as floats
        assertEquals(0.0, color.getBlue(), 1e-6);
        assertEquals(0.2, color.getOpacity(), 1e-6);
    }

    @Test
    void coloursAndTransformsSetOnceAreChangedWhenAShapeNeedsOthersAndAgainInTheNextFrame() {
        DrawOp.Style movedRed = style(RED, NONE, 1, Transform.translation(50, 0));
        DrawOp[] ops = {new DrawOp.Rect(0, 0, 10, 10, filled(RED)), new DrawOp.Rect(10, 0, 10, 10, filled(BLUE)),
                new DrawOp.Rect(20, 0, 10, 10, filled(RED)), new DrawOp.Rect(0, 20, 10, 10, movedRed),
                new DrawOp.Rect(0, 40, 10, 10, filled(RED))};

        int[] first = render(ops);
        int[] second = render(ops);

        for (int[] pixels : List.of(first, second)) {
            assertPixel(RED, pixels, 5, 5);
            assertPixel(BLUE, pixels, 15, 5);
            assertPixel(RED, pixels, 25, 5);
            assertPixel(RED, pixels, 55, 25);
            assertPixel(NONE, pixels, 5, 25);
            assertPixel(RED, pixels, 5, 45);
        }
    }
}
