package dev.relive.app.tweak;

import dev.relive.app.editor.TokenKind;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiteralTest {

    private static Literal at(String line, String needle) {
        return Literal.find(line, line.indexOf(needle)).orElseThrow(() -> new AssertionError("no literal at " + needle));
    }

    private static String text(String line, Literal literal) {
        return line.substring(literal.start(), literal.end());
    }

    @Test
    void findsTheNumberUnderTheColumnWithTheLexer() {
        String line = "    double speed = 2.5 * size2;";
        Literal found = at(line, "2.5");
        assertEquals("2.5", text(line, found));
        assertEquals(TokenKind.NUMBER, found.kind());
        assertEquals("2.6", found.number().orElseThrow().stepped(1).text());
        assertTrue(Literal.find(line, line.indexOf("2;")).isEmpty(), "a digit in a name is no number");
        assertTrue(Literal.find(line, line.indexOf("speed")).isEmpty());
    }

    @Test
    void theLastCharacterOfANumberStillFindsIt() {
        String line = "x = 125;";
        assertEquals("125", text(line, Literal.find(line, line.indexOf("5")).orElseThrow()));
        assertTrue(Literal.find(line, line.indexOf(";")).isEmpty());
    }

    @Test
    void aUnaryMinusBelongsToTheNumber() {
        String line = "int x = -5, y = f(-2), z = a -3, w = i++ -4;";
        assertEquals("-5", text(line, at(line, "5")));
        assertEquals("-2", text(line, at(line, "2)")));
        assertEquals("3", text(line, at(line, "3")), "a - 3 subtracts");
        assertEquals("4", text(line, at(line, "4")), "after a postfix ++ the minus subtracts");
        assertEquals("-5", text(line, at(line, "-5")), "pointing at the minus finds its number");
        assertEquals("-1", text("return -1;", at("return -1;", "1")), "after return the minus is a sign");
    }

    @Test
    void aNegativeValueAfterABinaryMinusIsToldToKeepItsDistance() {
        Literal afterMinus = at("a -3", "3");
        assertTrue(afterMinus.afterSign());
        assertFalse(at("a - 3", "3").afterSign());
    }

    @Test
    void hexIntsWithSixOrEightDigitsAreColoursAndNumbers() {
        Literal both = at("fill(0xFF3366);", "0x");
        assertEquals(0xFFFF3366, both.color().orElseThrow().argb());
        assertTrue(both.number().isPresent());
        Literal onlyNumber = at("mask = 0xFF;", "0x");
        assertTrue(onlyNumber.color().isEmpty());
    }

    @Test
    void stringColoursAreFoundWithTheirQuotes() {
        String line = "int c = Color.hex(\"#ff3366\");";
        Literal found = at(line, "ff33");
        assertEquals("\"#ff3366\"", text(line, found));
        assertEquals(TokenKind.STRING, found.kind());
        assertTrue(found.number().isEmpty());
        assertEquals(Optional.empty(), Literal.find("String s = \"hello\";", 13));
    }

    @Test
    void numbersInCommentsAreNotFound() {
        String line = "x = 1; // 42";
        assertTrue(Literal.find(line, line.indexOf("42")).isEmpty());
    }
}
