package dev.relive.app.tweak;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColorChoiceTest {

    @Test
    void selectingAColourGivesExactlyThatColour() {
        ColorChoice choice = new ColorChoice(0xFFFF3366, false);
        assertEquals(0xFFFF3366, choice.argbProperty().get());
        choice.select(0xFF123456);
        assertEquals(0xFF123456, choice.argbProperty().get());
        assertEquals("#123456", choice.hex());
    }

    @Test
    void movingASliderMakesANewColour() {
        ColorChoice choice = new ColorChoice(0xFFFF0000, false);
        choice.hueProperty().set(120);
        assertEquals(0xFF00FF00, choice.argbProperty().get());
        choice.brightnessProperty().set(0);
        assertEquals(0xFF000000, choice.argbProperty().get());
    }

    @Test
    void opacityCountsOnlyForColoursWithAlpha() {
        ColorChoice opaque = new ColorChoice(0x80FF0000, false);
        assertEquals(0xFFFF0000, opaque.argbProperty().get());
        opaque.opacityProperty().set(0.5);
        assertEquals(0xFF, opaque.argbProperty().get() >>> 24);

        ColorChoice translucent = new ColorChoice(0x80FF0000, true);
        assertEquals(0x80FF0000, translucent.argbProperty().get());
        translucent.opacityProperty().set(0);
        assertEquals(0x00FF0000, translucent.argbProperty().get());
        assertEquals("#00ff0000", translucent.hex());
    }

    @Test
    void typedHexCodesAreTakenWithOrWithoutHash() {
        ColorChoice choice = new ColorChoice(0xFF000000, false);
        assertTrue(choice.selectHex("#00cc80"));
        assertEquals(0xFF00CC80, choice.argbProperty().get());
        assertTrue(choice.selectHex(" 336699 "));
        assertEquals(0xFF336699, choice.argbProperty().get());
        assertFalse(choice.selectHex("#12"));
        assertEquals(0xFF336699, choice.argbProperty().get(), "a bad code changes nothing");
    }
}
