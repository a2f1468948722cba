package dev.relive.app.assist;

import dev.relive.inspect.NodeKind;
import dev.relive.inspect.StateNode;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The line a hover shows for a field's live value, from the engine's inspection of it: the value itself, or for an
 * array, list, set or map its size and its first elements. A model, so it is tested without a toolkit.
 */
final class LiveValueText {

    /** How many elements of a collection the hover names before "…". */
    static final int FIRST = 5;
    /** Longer values are cut, so the tip stays a tip. */
    private static final int LONGEST = 120;

    private LiveValueText() {
    }

    /** "live: 42", "live: ArrayList, size 12: [Ball@1b, Ball@2c, …]" or "live: null". */
    static String of(StateNode node) {
        return "live: " + describe(node);
    }

    private static String describe(StateNode node) {
        boolean collection = node.kind() == NodeKind.ARRAY || node.kind() == NodeKind.LIST
                || node.kind() == NodeKind.SET || node.kind() == NodeKind.MAP;
        if (!collection) {
            return cut(node.value());
        }
        String head = node.type() + ", size " + node.size();
        List<StateNode> rows = node.children() == null ? List.of() : node.children();
        if (node.size() == 0) {
            return head;
        }
        String first = rows.stream().limit(FIRST)
                .map(r -> node.kind() == NodeKind.MAP ? r.name() + "=" + cut(r.value()) : cut(r.value()))
                .collect(Collectors.joining(", "));
        return head + ": [" + first + (node.size() > FIRST ? ", …" : "") + "]";
    }

    private static String cut(String value) {
        return value.length() <= LONGEST ? value : value.substring(0, LONGEST - 1) + "…";
    }
}
