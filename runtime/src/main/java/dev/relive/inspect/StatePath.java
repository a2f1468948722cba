package dev.relive.inspect;

import java.util.ArrayList;
import java.util.List;

/**
 * A row's address: dotted names and bracketed elements, such as {@code balls[0].y}, {@code Main.frame} (a static
 * field) or {@code scores[bob]} (a map entry by its key's text). The empty path is the whole program. The first name
 * is a field of the sketch instance, else a sketch class whose static fields follow.
 *
 * @param segments the parts, in order
 */
public record StatePath(List<Segment> segments) {

    /** One part of a path. */
    public sealed interface Segment {
    }

    /** A field or class name. */
    public record Name(String name) implements Segment {
    }

    /** A bracketed element: an index of an array, list or set, or the text of a map key. */
    public record Element(String text) implements Segment {
    }

    public StatePath {
        segments = List.copyOf(segments);
    }

    /** Parses {@code text}; a malformed path is refused with a message saying where. */
    public static StatePath parse(String text) {
        String s = text == null ? "" : text.strip();
        List<Segment> parts = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '[') {
                int close = s.indexOf(']', i);
                if (close < 0) {
                    throw new IllegalArgumentException("path '" + s + "': '[' at " + i + " is not closed");
                }
                parts.add(new Element(s.substring(i + 1, close)));
                i = close + 1;
            } else if (c == '.' && !parts.isEmpty() && i + 1 < s.length()) {
                i++;
            } else {
                int end = i;
                while (end < s.length() && s.charAt(end) != '.' && s.charAt(end) != '[') {
                    end++;
                }
                String name = s.substring(i, end);
                if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))
                        || !name.chars().allMatch(Character::isJavaIdentifierPart)) {
                    throw new IllegalArgumentException("path '" + s + "': '" + name + "' at " + i + " is not a field name");
                }
                parts.add(new Name(name));
                i = end;
            }
        }
        return new StatePath(parts);
    }

    /** A child's path: {@code parent.name} or {@code parent[text]}. */
    static String child(String parent, Segment segment) {
        if (segment instanceof Element e) {
            return parent + "[" + e.text() + "]";
        }
        return parent.isEmpty() ? ((Name) segment).name() : parent + "." + ((Name) segment).name();
    }
}
