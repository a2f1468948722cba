package dev.relive.inspect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the state tree beneath a path, breadth first with a worklist: at most {@value #MAX_DEPTH} levels,
 * {@value #MAX_ROWS} rows and {@value #PAGE} rows per container, so one request costs bounded work whatever
 * the sketch holds. An object met a second time is not expanded again: its row refers to the first one.
 * Runtime thread only, between two steps.
 */
public final class Inspector {

    /** Elements shown per container page. */
    public static final int PAGE = 100;
    /** Deepest expansion one request may ask for. */
    public static final int MAX_DEPTH = 16;
    /** Rows one request may produce; beyond it, rows are left unexpanded for a later request. */
    public static final int MAX_ROWS = 5000;

    private Inspector() {
    }

    /**
     * The row at {@code path} with its rows expanded {@code depth} levels down (0 = the row alone); the first level
     * beneath it starts at element {@code from}. A path that names nothing is refused with a message saying why.
     */
    public static StateNode inspect(SketchState state, String path, int depth, int from) {
        StatePath parsed = StatePath.parse(path);
        Navigator nav = new Navigator(state);
        Target top = resolve(nav, parsed);
        String topPath = path == null ? "" : path.strip();
        String name = parsed.segments().isEmpty() ? Values.simpleName(state.entry())
                : lastName(parsed.segments().get(parsed.segments().size() - 1));
        Row root = new Row(name, topPath, top, null);
        Map<Object, String> seen = new IdentityHashMap<>();
        if (top.value() != null) {
            seen.put(top.value(), topPath);
        }
        Deque<Row> work = new ArrayDeque<>();
        int limit = Math.min(Math.max(depth, 0), MAX_DEPTH);
        root.depth = 0;
        work.add(root);
        int rows = 1;
        while (!work.isEmpty()) {
            Row row = work.poll();
            if (row.depth >= limit || !row.target.kind().expandable() || row.ref != null || rows >= MAX_ROWS) {
                continue;
            }
            row.from = row == root ? Math.max(0, from) : 0;
            row.children = new ArrayList<>();
            for (Navigator.Child child : nav.children(row.target, row.from, Math.min(PAGE, MAX_ROWS - rows))) {
                String childPath = StatePath.child(row.path, child.segment());
                Object v = child.target().value();
                String ref = null;
                if (v != null && child.target().kind().expandable()) {
                    ref = seen.putIfAbsent(v, childPath);
                }
                Row r = new Row(lastName(child.segment()), childPath, child.target(), ref);
                r.depth = row.depth + 1;
                row.children.add(r);
                work.add(r);
                rows++;
            }
        }
        return freeze(root);
    }

    private static String lastName(StatePath.Segment s) {
        return s instanceof StatePath.Name n ? n.name() : "[" + ((StatePath.Element) s).text() + "]";
    }

    /** The target {@code path} names; a segment that names nothing is refused with a message. */
    static Target resolve(Navigator nav, StatePath path) {
        Target at = nav.root();
        String where = "";
        for (StatePath.Segment segment : path.segments()) {
            at = nav.step(at, segment, where.isEmpty() ? "the sketch" : where);
            where = StatePath.child(where, segment);
        }
        return at;
    }

    /** Turns the built rows into immutable nodes; its depth is bounded by {@link #MAX_DEPTH}. */
    private static StateNode freeze(Row row) {
        List<StateNode> children = null;
        if (row.children != null) {
            children = new ArrayList<>(row.children.size());
            for (Row c : row.children) {
                children.add(freeze(c));
            }
        }
        Target t = row.target;
        Object v = t.value();
        String value = t.kind() == NodeKind.SKETCH ? (v == null ? "script" : Values.text(NodeKind.OBJECT, v))
                : t.kind() == NodeKind.CLASS ? Values.simpleName(t.owner()) : Values.text(t.kind(), v);
        int size = t.kind() == NodeKind.SKETCH || t.kind() == NodeKind.CLASS ? -1 : Values.size(t.kind(), v);
        return new StateNode(row.name, row.path, t.typeName(), value, t.kind(), size, t.editable(), row.ref, row.from,
                children);
    }

    /** A row being built. */
    private static final class Row {
        final String name;
        final String path;
        final Target target;
        final String ref;
        int depth;
        int from;
        List<Row> children;

        Row(String name, String path, Target target, String ref) {
            this.name = name;
            this.path = path;
            this.target = target;
            this.ref = ref;
        }
    }
}
