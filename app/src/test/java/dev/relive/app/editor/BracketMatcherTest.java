package dev.relive.app.editor;

import org.junit.jupiter.api.Test;

import java.util.function.IntPredicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BracketMatcherTest {

    private static final IntPredicate ALL_CODE = i -> true;

    @Test
    void findsThePartnerForwardAndBackward() {
        String text = "f(a[1], (b))";
        assertEquals(11, BracketMatcher.partner(text, 1, ALL_CODE, 1000));
        assertEquals(1, BracketMatcher.partner(text, 11, ALL_CODE, 1000));
        assertEquals(5, BracketMatcher.partner(text, 3, ALL_CODE, 1000));
        assertEquals(10, BracketMatcher.partner(text, 8, ALL_CODE, 1000));
    }

    @Test
    void skipsBracketsThatAreNotCode() {
        String text = "{ \"}\" }";
        IntPredicate notInString = i -> i != 3;
        assertEquals(6, BracketMatcher.partner(text, 0, notInString, 1000));
    }

    @Test
    void reportsAMissingPartner() {
        assertEquals(BracketMatcher.MISSING, BracketMatcher.partner("(()", 0, ALL_CODE, 1000));
    }

    @Test
    void givesUpPastTheScanLimit() {
        assertEquals(BracketMatcher.TOO_FAR, BracketMatcher.partner("(" + " ".repeat(50) + ")", 0, ALL_CODE, 10));
    }

    @Test
    void findsTheBraceStillOpenBeforeAPosition() {
        String text = "class A {\n  void f() { }\n  ";
        assertEquals(8, BracketMatcher.unclosed(text, text.length(), '{', ALL_CODE, 1000));
        assertEquals(BracketMatcher.MISSING, BracketMatcher.unclosed(text, 5, '{', ALL_CODE, 1000));
    }
}
