package dev.relive.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Code templates and keywords the completion popup offers beside names. A template's {@code |} marks where the caret
 * goes; every line after the first takes the indentation of the line it is inserted on.
 */
final class Snippets {

    private static final List<String[]> TEMPLATES = List.of(
            new String[] {"Sketch", "a whole sketch: setup, step and draw", """
                    import dev.relive.api.Canvas;
                    import dev.relive.api.Sketch;
                    import dev.relive.api.Visual;

                    public class Main implements Sketch, Visual {

                        @Override
                        public void setup() {
                            |
                        }

                        @Override
                        public void step() {
                        }

                        @Override
                        public void draw(Canvas c) {
                        }
                    }
                    """},
            new String[] {"setup", "runs once, before the first step", """
                    @Override
                    public void setup() {
                        |
                    }"""},
            new String[] {"step", "runs every step, 60 times a second", """
                    @Override
                    public void step() {
                        |
                    }"""},
            new String[] {"draw", "draws a frame of a Visual sketch", """
                    @Override
                    public void draw(Canvas c) {
                        |
                    }"""},
            new String[] {"beforeReload", "runs on the old code before a swap", """
                    @Override
                    public void beforeReload() {
                        |
                    }"""},
            new String[] {"afterReload", "runs on the new code after a swap", """
                    @Override
                    public void afterReload() {
                        |
                    }"""},
            new String[] {"for", "a counted loop", """
                    for (int i = 0; i < |; i++) {
                    }"""},
            new String[] {"fori", "a loop over a list's elements", """
                    for (var item : |) {
                    }"""},
            new String[] {"if", "a condition", """
                    if (|) {
                    }"""});

    private static final List<String> KEYWORDS = List.of("abstract", "boolean", "break", "byte", "case", "catch",
            "char", "class", "continue", "default", "do", "double", "else", "enum", "extends", "false", "final",
            "finally", "float", "for", "if", "implements", "import", "instanceof", "int", "interface", "long", "new",
            "null", "private", "protected", "public", "record", "return", "short", "static", "super", "switch",
            "this", "throw", "throws", "true", "try", "var", "void", "while");

    private Snippets() {
    }

    /** Every template, indented for a line that starts with {@code indent}. */
    static List<Completion> templates(String indent) {
        List<Completion> out = new ArrayList<>();
        for (String[] t : TEMPLATES) {
            String body = t[2].replace("\n", "\n" + indent);
            if (body.endsWith("\n" + indent)) {
                body = body.substring(0, body.length() - indent.length());
            }
            int caret = body.indexOf('|');
            out.add(new Completion(t[0], t[1], Completion.Kind.SNIPPET, body.substring(0, caret) + body.substring(caret + 1),
                    caret, ""));
        }
        return out;
    }

    /** Every keyword. */
    static List<Completion> keywords() {
        return KEYWORDS.stream().map(k -> new Completion(k, "", Completion.Kind.KEYWORD, k, k.length(), "")).toList();
    }
}
