package dev.relive.app.editor;

import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class HighlighterTest {

    private CodeEditor editor;

    @Start
    void start(Stage stage) {
        editor = EditorStage.show(stage);
    }

    /** The syntax classes painted on every character, line breaks left out (see {@link SampleSource#kindsPerChar}). */
    private static List<Collection<String>> painted(CodeArea area) {
        String text = area.getText();
        StyleSpans<Collection<String>> spans = area.getStyleSpans(0, text.length());
        List<Collection<String>> styles = new ArrayList<>(text.length());
        int at = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            for (int i = 0; i < span.getLength(); i++, at++) {
                styles.add(text.charAt(at) == '\n' ? null : List.copyOf(SyntaxStyles.syntaxOnly(span.getStyle())));
            }
        }
        return styles;
    }

    /** What lexing the whole text at once would paint. */
    private static List<Collection<String>> expected(String text) {
        TokenKind[] kinds = SampleSource.kindsPerChar(text, JavaLexer.tokenize(text));
        List<Collection<String>> styles = new ArrayList<>(text.length());
        for (int i = 0; i < kinds.length; i++) {
            styles.add(text.charAt(i) == '\n' ? null : kinds[i] == null ? SyntaxStyles.PLAIN : SyntaxStyles.of(kinds[i]));
        }
        return styles;
    }

    private void assertPaintedAsWholeTextLexing(FxRobot robot, String when) throws Exception {
        EditorStage.awaitHighlighted(editor);
        List<List<Collection<String>>> both = WaitForAsyncUtils.asyncFx(
                () -> List.of(expected(editor.getText()), painted(editor.area()))).get();
        assertEquals(both.get(0), both.get(1), when);
    }

    /** Applies random edits in bursts of {@code burst} inside one FX turn, so a worker result can go stale. */
    private void editRandomly(FxRobot robot, int edits, int burst, long seed) throws Exception {
        Random random = new Random(seed);
        for (int done = 0; done < edits; done += burst) {
            robot.interact(() -> {
                for (int i = 0; i < burst; i++) {
                    SampleSource.Edit edit = SampleSource.randomEdit(random, editor.area().getLength());
                    editor.area().replaceText(edit.position(), edit.position() + edit.removed(), edit.inserted());
                }
            });
            assertPaintedAsWholeTextLexing(robot, "after " + (done + burst) + " edits");
        }
    }

    @Test
    void loadingAFilePaintsEveryTokenAsTheLexerSeesIt(FxRobot robot) throws Exception {
        EditorStage.load(robot, editor, SampleSource.text(), 0);

        assertPaintedAsWholeTextLexing(robot, "after loading");
        int keyword = SampleSource.text().indexOf("public final class");
        assertEquals(List.of("keyword"), List.copyOf(EditorStage.styleAt(editor.area(), keyword)));
    }

    @Test
    void editsInASmallFileAreRepaintedAtOnceLikeLexingTheWholeNewText(FxRobot robot) throws Exception {
        EditorStage.load(robot, editor, SampleSource.text(), 0);
        Random random = new Random(7);

        String firstMismatch = WaitForAsyncUtils.asyncFx(() -> {
            for (int i = 0; i < 300; i++) {
                SampleSource.Edit edit = SampleSource.randomEdit(random, editor.area().getLength());
                editor.area().replaceText(edit.position(), edit.position() + edit.removed(), edit.inserted());
                // Small files are highlighted synchronously, so the colours must be right straight away.
                if (!expected(editor.getText()).equals(painted(editor.area()))) {
                    return "colours differ after edit " + i + ": " + edit;
                }
            }
            return null;
        }).get();

        assertNull(firstMismatch);
    }

    @Test
    void editsInALargeFileArePaintedOffTheFxThreadLikeLexingTheWholeNewText(FxRobot robot) throws Exception {
        String text = SampleSource.ofAtLeastLines(Highlighter.SYNC_LINE_LIMIT + 500);
        EditorStage.load(robot, editor, text, 0);
        assertPaintedAsWholeTextLexing(robot, "after loading");

        editRandomly(robot, 200, 10, 11);
    }

    @Test
    void typingAnOpeningCommentRecoloursWhatFollowsAndClosingItRestoresIt(FxRobot robot) throws Exception {
        EditorStage.load(robot, editor, SampleSource.text(), 0);
        // The sample's javadoc closes what is opened above it; the imports before it turn to comment.
        int importKeyword = SampleSource.text().indexOf("import");

        robot.write("/*");
        assertPaintedAsWholeTextLexing(robot, "after opening a comment");
        assertEquals(List.of("block-comment"), List.copyOf(EditorStage.styleAt(editor.area(), importKeyword + 2)));

        robot.write("*/");
        assertPaintedAsWholeTextLexing(robot, "after closing the comment");
    }

    @Test
    void theHighlightingWorkerIsANamedDaemonThread(FxRobot robot) {
        EditorStage.load(robot, editor, SampleSource.ofAtLeastLines(Highlighter.SYNC_LINE_LIMIT + 500), 0);

        List<Thread> workers = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("relive-editor-highlighter-"))
                .toList();
        assertFalse(workers.isEmpty());
        assertTrue(workers.stream().allMatch(Thread::isDaemon));
    }

    @Test
    void afterDisposeEditsAreStillHighlighted(FxRobot robot) throws Exception {
        EditorStage.load(robot, editor, SampleSource.ofAtLeastLines(Highlighter.SYNC_LINE_LIMIT + 500), 0);
        robot.interact(editor::dispose);

        editRandomly(robot, 20, 5, 3);
    }
}
