package dev.relive.app.state;

import dev.relive.app.live.LiveEngine;
import dev.relive.inspect.NodeKind;
import dev.relive.inspect.StateNode;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.LongSupplier;

/**
 * What the State pane shows: the sketch's rows and those beneath every expanded path, read from the engine by
 * {@link #refresh()} (one request per expanded path and per pin, none while the previous refresh is still out).
 * Expanded paths and pins are names, so after a swap the same rows are read on the new objects. FX thread only.
 */
public final class StateModel {

    private final LiveEngine engine;
    private final LongSupplier clock;
    private final Set<String> expanded = new LinkedHashSet<>();
    private final Map<String, String> previous = new HashMap<>();
    private final ObservableList<StateRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final PlotModel plots = new PlotModel();
    private boolean refreshing;

    /** A model reading {@code engine}, timing samples with {@code clock} (ns). */
    public StateModel(LiveEngine engine, LongSupplier clock) {
        this.engine = engine;
        this.clock = clock;
    }

    /** The rows shown, in order. */
    public ObservableList<StateRow> rows() {
        return rows;
    }

    /** The pins and their samples. */
    public PlotModel plots() {
        return plots;
    }

    /** The last refusal or failure to show (a bad value typed in, say), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether {@code path} is expanded. */
    public boolean isExpanded(String path) {
        return expanded.contains(path);
    }

    /** Expands or collapses {@code path}, then refreshes. */
    public void toggle(String path) {
        if (!expanded.remove(path)) {
            expanded.add(path);
        }
        refresh();
    }

    /** Pins or unpins a numeric row. */
    public void togglePin(String path) {
        plots.toggle(path);
    }

    /** Sets {@code path} from {@code text} at the next step boundary; a refusal shows in {@link #problemProperty()}. */
    public CompletionStage<?> edit(String path, String text) {
        return engine.set(path, text).handle((assignment, failure) -> {
            problem.set(failure == null ? "" : reason(failure));
            refresh();
            return assignment;
        });
    }

    /**
     * Reads the shown rows and the pins again; does nothing while a refresh is still out, so a slow step never
     * piles requests up. Completes when the rows are replaced.
     */
    public CompletionStage<Void> refresh() {
        if (refreshing) {
            return CompletableFuture.completedFuture(null);
        }
        refreshing = true;
        Map<String, CompletableFuture<StateNode>> trees = new LinkedHashMap<>();
        trees.put("", quiet(engine.inspect("", 1, 0)));
        for (String path : expanded) {
            trees.put(path, quiet(engine.inspect(path, 1, 0)));
        }
        Map<String, CompletableFuture<StateNode>> pinned = new LinkedHashMap<>();
        for (String path : plots.paths()) {
            pinned.put(path, quiet(engine.inspect(path, 0, 0)));
        }
        List<CompletableFuture<StateNode>> all = new ArrayList<>(trees.values());
        all.addAll(pinned.values());
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).thenAccept(done -> {
            refreshing = false;
            Map<String, StateNode> got = new HashMap<>();
            trees.forEach((path, f) -> got.put(path, f.join()));
            show(got);
            long now = clock.getAsLong();
            pinned.forEach((path, f) -> {
                StateNode node = f.join();
                if (node != null && numeric(node)) {
                    plots.sample(path, now, Double.parseDouble(node.value()));
                }
            });
        });
    }

    private void show(Map<String, StateNode> trees) {
        StateNode root = trees.get("");
        List<StateRow> out = new ArrayList<>();
        if (root != null && root.children() != null) {
            add(out, root.children(), 0, trees);
        }
        Map<String, String> values = new HashMap<>();
        for (StateRow r : out) {
            values.put(r.path(), r.value());
        }
        List<StateRow> marked = new ArrayList<>(out.size());
        for (StateRow r : out) {
            String before = previous.get(r.path());
            marked.add(before == null || before.equals(r.value()) ? r : new StateRow(r.path(), r.name(), r.type(),
                    r.value(), r.depth(), r.expandable(), r.expanded(), r.editable(), true, r.numeric()));
        }
        previous.clear();
        previous.putAll(values);
        if (marked.size() == rows.size()) {
            // The usual refresh: the same rows, a few values changed. Only their cells are updated, not every cell.
            for (int i = 0; i < marked.size(); i++) {
                if (!marked.get(i).equals(rows.get(i))) {
                    rows.set(i, marked.get(i));
                }
            }
        } else {
            rows.setAll(marked);
        }
    }

    /** Adds {@code nodes} and, beneath each expanded one, its own rows; as deep as the person expanded. */
    private void add(List<StateRow> out, List<StateNode> nodes, int depth, Map<String, StateNode> trees) {
        for (StateNode n : nodes) {
            boolean open = expanded.contains(n.path()) && n.kind().expandable() && n.ref() == null;
            out.add(new StateRow(n.path(), n.name(), n.type(), n.ref() != null ? n.value() + "  (= " + n.ref() + ")" : n.value(),
                    depth, n.kind().expandable() && n.ref() == null, open, n.editable(), false, numeric(n)));
            StateNode beneath = open ? trees.get(n.path()) : null;
            if (beneath != null && beneath.children() != null) {
                add(out, beneath.children(), depth + 1, trees);
            }
        }
    }

    private static boolean numeric(StateNode n) {
        if (n.kind() != NodeKind.VALUE) {
            return false;
        }
        try {
            Double.parseDouble(n.value());
            return true;
        } catch (NumberFormatException e) {
            return false; // a boolean or character: not plottable
        }
    }

    /** A request whose failure (a path gone after a swap, nothing running) just shows nothing for it. */
    private static CompletableFuture<StateNode> quiet(CompletionStage<StateNode> stage) {
        return stage.toCompletableFuture().exceptionally(failure -> null);
    }

    private static String reason(Throwable failure) {
        Throwable t = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
