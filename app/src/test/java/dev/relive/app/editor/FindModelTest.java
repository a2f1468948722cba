package dev.relive.app.editor;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FindModelTest {

    private static FindModel searching(String text, String query, boolean matchCase) {
        FindModel model = new FindModel();
        model.queryProperty().set(query);
        model.matchCaseProperty().set(matchCase);
        model.search(text);
        return model;
    }

    @Test
    void findsEveryOccurrenceIgnoringCaseByDefault() {
        FindModel model = searching("Foo foo FOO", "foo", false);
        assertEquals(List.of(new FindModel.Match(0, 3), new FindModel.Match(4, 7), new FindModel.Match(8, 11)), model.matches());
        assertEquals("3 matches", model.statusProperty().get());
    }

    @Test
    void matchCaseFindsOnlyExactOccurrences() {
        assertEquals(List.of(new FindModel.Match(4, 7)), searching("Foo foo FOO", "foo", true).matches());
    }

    @Test
    void occurrencesDoNotOverlap() {
        assertEquals(2, searching("aaaa", "aa", true).matches().size());
    }

    @Test
    void nextAndPreviousWrapAroundAndReportNOfM() {
        FindModel model = searching("x a x b x", "x", true);
        assertEquals(new FindModel.Match(4, 5), model.next(1));
        assertEquals("2 of 3", model.statusProperty().get());
        assertEquals(new FindModel.Match(0, 1), model.next(9));
        assertEquals("1 of 3", model.statusProperty().get());
        assertEquals(new FindModel.Match(8, 9), model.previous(0));
        assertEquals("3 of 3", model.statusProperty().get());
    }

    @Test
    void noMatchSaysSoAndFindsNothing() {
        FindModel model = searching("abc", "z", false);
        assertNull(model.next(0));
        assertEquals("No results", model.statusProperty().get());
        assertEquals("", searching("abc", "", false).statusProperty().get());
    }

    @Test
    void replaceAllIsOneEditOverTheMatchedSpan() {
        String text = "a cat, a cat.";
        FindModel model = searching(text, "cat", true);
        FindModel.Replacement r = model.replaceAll(text, "dog");
        assertEquals(new FindModel.Replacement(2, 12, "dog, a dog", 2), r);
        assertEquals("a dog, a dog.", text.substring(0, r.start()) + r.text() + text.substring(r.end()));
        model.reportReplaced(r.count());
        assertEquals("Replaced 2", model.statusProperty().get());
    }
}
