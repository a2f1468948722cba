package dev.relive.app.tweak;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColorLiteralTest {

    private static ColorLiteral parse(String text) {
        return ColorLiteral.parse(text).orElseThrow(() -> new AssertionError(text + " should be a colour"));
    }

    @Test
    void sixDigitHexIntIsAnOpaqueColourAndStaysSixDigits() {
        ColorLiteral c = parse("0xFF3366");
        assertEquals(0xFFFF3366, c.argb());
        assertFalse(c.hasAlpha());
        assertEquals("0x00CC80", c.withArgb(0x4000CC80).text(), "no alpha in the form, so none is written");
    }

    @Test
    void eightDigitHexIntKeepsItsAlpha() {
        ColorLiteral c = parse("0x80FF3366");
        assertEquals(0x80FF3366, c.argb());
        assertTrue(c.hasAlpha());
        assertEquals("0x4000CC80", c.withArgb(0x4000CC80).text());
    }

    @Test
    void stringColoursKeepTheirQuotesHashAndCase() {
        assertEquals(0xFFFF3366, parse("\"#ff3366\"").argb());
        assertEquals("\"#00cc80\"", parse("\"#ff3366\"").withArgb(0xFF00CC80).text());
        assertEquals("\"#00CC80\"", parse("\"#FF3366\"").withArgb(0xFF00CC80).text());
        assertEquals(0x80FF3366, parse("\"#80ff3366\"").argb());
        assertEquals("\"#4000cc80\"", parse("\"#80ff3366\"").withArgb(0x4000CC80).text());
    }

    @Test
    void withoutLettersEachFormFollowsItsCustomaryCase() {
        assertEquals("0xABCDEF", parse("0x000000").withArgb(0xFFABCDEF).text());
        assertEquals("\"#abcdef\"", parse("\"#000000\"").withArgb(0xFFABCDEF).text());
        assertEquals("0Xabcdef", parse("0Xff0000").withArgb(0xFFABCDEF).text());
    }

    @Test
    void otherLiteralsAreNoColours() {
        for (String text : new String[] {"0xFF", "0xFFFFF", "0xFFFFFFFFF", "\"ff3366\"", "\"#ff336\"", "\"#gg3366\"",
                "123456", "\"#ff3366", "0xFF3366L"}) {
            assertTrue(ColorLiteral.parse(text).isEmpty(), text);
        }
    }
}
