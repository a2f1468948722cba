package dev.relive.app.tweak;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberLiteralTest {

    private static NumberLiteral parse(String text) {
        return NumberLiteral.parse(text).orElseThrow(() -> new AssertionError(text + " should parse"));
    }

    private static String stepped(String text, long steps) {
        return parse(text).stepped(steps).text();
    }

    @Test
    void integersStepByOneAndStayIntegers() {
        assertEquals("8", stepped("7", 1));
        assertEquals("10", stepped("7", 3));
        assertEquals(NumberLiteral.Type.INT, parse("7").type());
        assertEquals(BigDecimal.ONE, parse("7").step());
    }

    @Test
    void integersCrossZeroIntoNegativesAndBack() {
        assertEquals("-2", stepped("1", -3));
        assertEquals("3", stepped("-2", 5));
        assertEquals("0", stepped("-1", 1));
        assertEquals(new BigDecimal("-5"), parse("-5").value());
    }

    @Test
    void decimalsStepByTheirLastDigitAndKeepTheirDecimals() {
        assertEquals("2.6", stepped("2.5", 1));
        assertEquals(new BigDecimal("0.1"), parse("2.5").step());
        assertEquals("2.51", stepped("2.50", 1));
        assertEquals("2.40", stepped("2.50", -10));
        assertEquals("0.14", stepped("0.15", -1));
        assertEquals("-0.05", stepped("0.15", -20));
        assertEquals("3.0", stepped("2.0", 10));
    }

    @Test
    void decimalsWithoutALeadingOrTrailingDigitKeepTheirShape() {
        assertEquals(".6", stepped(".5", 1));
        assertEquals("-.1", stepped(".5", -6));
        assertEquals("6.", stepped("5.", 1));
        assertEquals(NumberLiteral.Type.DOUBLE, parse("5.").type());
    }

    @Test
    void suffixesAreKept() {
        assertEquals("2.6f", stepped("2.5f", 1));
        assertEquals("3F", stepped("2F", 1));
        assertEquals(NumberLiteral.Type.FLOAT, parse("2F").type());
        assertEquals("11L", stepped("10L", 1));
        assertEquals(NumberLiteral.Type.LONG, parse("10L").type());
        assertEquals("1.5d", stepped("1.4d", 1));
        assertEquals("3d", stepped("2d", 1));
    }

    @Test
    void exponentsAreKeptAndTheMantissaSteps() {
        assertEquals("1.6e-3", stepped("1.5e-3", 1));
        assertEquals("2E10", stepped("1E10", 1));
    }

    @Test
    void hexStaysHexWithItsDigitCountAndCase() {
        assertEquals("0x100", stepped("0xFF", 1));
        assertEquals("0xFE", stepped("0xFF", -1));
        assertEquals("0x0f", stepped("0x0e", 1));
        assertEquals("0x10", stepped("0x0F", 1));
        assertEquals("0X0A", stepped("0X09", 1));
        assertEquals("0x10L", stepped("0xFL", 1));
        assertEquals("-0x01", stepped("0x00", -1));
    }

    @Test
    void binaryAndOctalStayInTheirBase() {
        assertEquals("0b0110", stepped("0b0101", 1));
        assertEquals("020", stepped("017", 1));
        assertEquals(new BigDecimal(15), parse("017").value());
    }

    @Test
    void valuesStayWithinTheirType() {
        assertEquals("2147483647", stepped("2147483640", 100));
        assertEquals("-2147483648", stepped("-2147483640", -100));
        assertEquals("0xFFFFFFFF", stepped("0xFFFFFFF0", 100));
        assertEquals("2147483700L", stepped("2147483600L", 100));
    }

    @Test
    void underscoresAreReadAndDroppedOnceTheValueMoves() {
        assertEquals(new BigDecimal(1000), parse("1_000").value());
        assertEquals("1001", stepped("1_000", 1));
    }

    @Test
    void textThatIsNoSteppableNumberIsRefused() {
        for (String text : new String[] {"", "-", "x", "0x", "0x1.8p1", "1.5L", "08", "1e", "1..2", "--1"}) {
            assertTrue(NumberLiteral.parse(text).isEmpty(), text);
        }
    }
}
