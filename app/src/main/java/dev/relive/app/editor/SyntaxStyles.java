package dev.relive.app.editor;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns lexed lines into RichTextFX style spans, one shared style list per token kind, and tells syntax
 * classes apart from overlay classes so overlays can be stripped and re-laid without re-lexing.
 */
final class SyntaxStyles {

    /** The style of plain text: whitespace, identifiers, line breaks. */
    static final List<String> PLAIN = List.of();

    private static final Map<TokenKind, List<String>> BY_KIND = new EnumMap<>(TokenKind.class);
    private static final Set<String> SYNTAX_CLASSES = new HashSet<>();

    static {
        for (TokenKind kind : TokenKind.values()) {
            List<String> style = kind.styleClass() == null ? PLAIN : List.of(kind.styleClass());
            BY_KIND.put(kind, style);
            SYNTAX_CLASSES.addAll(style);
        }
    }

    private SyntaxStyles() {
    }

    /** The style of a token kind; the same list instance every time, so equal spans merge cheaply. */
    static List<String> of(TokenKind kind) {
        return BY_KIND.get(kind);
    }

    /**
     * The spans of consecutive lines, each followed by its line break unless {@code lastHasBreak} is
     * false for the final one (the last line of a document has none).
     *
     * @return spans covering every character of those lines, or {@code null} when they hold none
     */
    static StyleSpans<Collection<String>> spans(List<LexedLine> lines, boolean lastHasBreak) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>(lines.size() * 8);
        int total = 0;
        for (int i = 0; i < lines.size(); i++) {
            LexedLine line = lines.get(i);
            int col = 0;
            for (Token token : line.tokens()) {
                if (token.start() > col) {
                    builder.add(PLAIN, token.start() - col);
                }
                builder.add(of(token.kind()), token.length());
                col = token.end();
            }
            int lineBreak = i < lines.size() - 1 || lastHasBreak ? 1 : 0;
            if (line.length() + lineBreak > col) {
                builder.add(PLAIN, line.length() + lineBreak - col);
            }
            total += line.length() + lineBreak;
        }
        return total == 0 ? null : builder.create();
    }

    /** The syntax part of a painted style, dropping any overlay classes. */
    static Collection<String> syntaxOnly(Collection<String> style) {
        for (String styleClass : style) {
            if (!SYNTAX_CLASSES.contains(styleClass)) {
                List<String> kept = new ArrayList<>(style.size());
                for (String c : style) {
                    if (SYNTAX_CLASSES.contains(c)) {
                        kept.add(c);
                    }
                }
                return kept.isEmpty() ? PLAIN : kept;
            }
        }
        return style;
    }

    /** The syntax style with overlay classes appended. */
    static Collection<String> withOverlay(Collection<String> syntax, Collection<String> overlay) {
        if (overlay.isEmpty()) {
            return syntax;
        }
        List<String> both = new ArrayList<>(syntax.size() + overlay.size());
        both.addAll(syntax);
        both.addAll(overlay);
        return both;
    }
}
