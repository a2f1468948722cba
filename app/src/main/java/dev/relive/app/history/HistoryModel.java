package dev.relive.app.history;

import dev.relive.app.diff.DiffLine;
import dev.relive.app.diff.SourceDiff;
import dev.relive.history.Generation;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * The history panel's model: the generations newest first, the selected one, the diff of the selected code against
 * the live code, and the revert and purge commands with bindings that say when they can act. While a revert or purge
 * is under way both are disabled, so a double click cannot start a second one.
 */
public final class HistoryModel {

    /** What reverting and purging do; both stages complete on the FX thread. */
    public interface Actions {
        /**
         * Makes generation {@code number}'s code live again (saving unsaved edits first), with its state as it was
         * when it was replaced if {@code withState}, else with the current state.
         */
        CompletionStage<?> revert(int number, boolean withState);

        /** Drops every generation except the live one. */
        CompletionStage<?> purge();
    }

    private final Actions actions;
    private final ObservableList<HistoryItem> items = FXCollections.observableArrayList();
    private final ObservableList<HistoryItem> itemsView = FXCollections.unmodifiableObservableList(items);
    private final Map<Integer, Generation> generations = new HashMap<>();
    private final Map<Integer, Double> swapMillis = new HashMap<>();
    private final ReadOnlyObjectWrapper<HistoryItem> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyIntegerWrapper live = new ReadOnlyIntegerWrapper(this, "live");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObservableList<DiffLine> diff = FXCollections.observableArrayList();
    private final ObservableList<DiffLine> diffView = FXCollections.unmodifiableObservableList(diff);
    private final ReadOnlyStringWrapper diffTitle = new ReadOnlyStringWrapper(this, "diffTitle", "");
    private final BooleanBinding canRevert;
    private final BooleanBinding canRevertWithState;
    private final BooleanBinding canPurge;

    /** A model whose revert and purge commands call {@code actions}. */
    public HistoryModel(Actions actions) {
        this.actions = Objects.requireNonNull(actions, "Actions must not be null");
        canRevert = Bindings.createBooleanBinding(
                () -> !busy.get() && selected.get() != null && selected.get().revertible(), selected, busy);
        canRevertWithState = Bindings.createBooleanBinding(
                () -> !busy.get() && selected.get() != null && selected.get().revertibleWithState(), selected, busy);
        canPurge = Bindings.createBooleanBinding(
                () -> !busy.get() && live.get() > 0 && items.size() > 1, items, live, busy);
    }

    /** Every generation kept, newest first. */
    public ObservableList<HistoryItem> items() {
        return itemsView;
    }

    /** The selected generation, or null. */
    public ReadOnlyObjectProperty<HistoryItem> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The live generation's number, 0 before any code ran. */
    public ReadOnlyIntegerProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    /** Whether a revert or purge is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when the selection compiled, is not live, and nothing else is under way. */
    public BooleanBinding canRevertProperty() {
        return canRevert;
    }

    /** True when the selection can be reverted to and its state is kept too. */
    public BooleanBinding canRevertWithStateProperty() {
        return canRevertWithState;
    }

    /** True when there is something besides the live generation to drop. */
    public BooleanBinding canPurgeProperty() {
        return canPurge;
    }

    /** The selected generation's code compared with the live code: what a revert would change. */
    public ObservableList<DiffLine> diff() {
        return diffView;
    }

    /** Says what {@link #diff()} compares. */
    public ReadOnlyStringProperty diffTitleProperty() {
        return diffTitle.getReadOnlyProperty();
    }

    /** Like {@link #update(List, int, Set)} with no state kept for any generation. */
    public void update(List<Generation> all, int liveNumber) {
        update(all, liveNumber, Set.of());
    }

    /**
     * Replaces the list with {@code all} (oldest first, as the engine keeps them), keeping the selection if it is
     * still there; {@code checkpointed} are the generations whose state a revert can bring back.
     */
    public void update(List<Generation> all, int liveNumber, Set<Integer> checkpointed) {
        int keep = selected.get() == null ? 0 : selected.get().number();
        generations.clear();
        swapMillis.keySet().removeIf(n -> all.stream().noneMatch(g -> g.number() == n)); // purged ones
        List<HistoryItem> rows = new ArrayList<>(all.size());
        for (int i = all.size() - 1; i >= 0; i--) {
            Generation g = all.get(i);
            generations.put(g.number(), g);
            rows.add(HistoryItem.of(g, liveNumber, swapMillis.getOrDefault(g.number(), Double.NaN),
                    checkpointed.contains(g.number())));
        }
        live.set(liveNumber);
        items.setAll(rows);
        selected.set(rows.stream().filter(r -> r.number() == keep).findFirst().orElse(null));
        refreshDiff();
    }

    /**
     * Remembers how long {@code generation}'s swap took, which only its {@code Applied} event tells; the next
     * {@link #update} shows it. A generation applied again (a fault revert, a restart) shows its latest swap.
     */
    public void recordSwap(int generation, double millis) {
        swapMillis.put(generation, millis);
    }

    /** Selects {@code item} (null clears the selection) and shows its diff against the live code. */
    public void select(HistoryItem item) {
        if (!Objects.equals(selected.get(), item)) {
            selected.set(item);
            refreshDiff();
        }
    }

    /** Reverts to the selected generation, if it can. */
    public void revertSelected() {
        if (canRevert.get()) {
            revert(selected.get());
        }
    }

    /** Reverts to the selected generation with its state, if it can. */
    public void revertSelectedWithState() {
        if (canRevertWithState.get()) {
            revertWithState(selected.get());
        }
    }

    /** Reverts to {@code item}'s generation, if it compiled, is not live, and nothing else is under way. */
    public void revert(HistoryItem item) {
        if (item != null && item.revertible() && !busy.get()) {
            whileBusy(actions.revert(item.number(), false));
        }
    }

    /** Reverts to {@code item}'s generation and the state it had when it was replaced, if that state is kept. */
    public void revertWithState(HistoryItem item) {
        if (item != null && item.revertibleWithState() && !busy.get()) {
            whileBusy(actions.revert(item.number(), true));
        }
    }

    /** Drops every generation except the live one, if there is anything to drop. Ask the person first. */
    public void purge() {
        if (canPurge.get()) {
            whileBusy(actions.purge());
        }
    }

    private void whileBusy(CompletionStage<?> work) {
        busy.set(true);
        work.whenComplete((result, failure) -> busy.set(false));
    }

    private void refreshDiff() {
        HistoryItem item = selected.get();
        Generation chosen = item == null ? null : generations.get(item.number());
        Generation running = generations.get(live.get());
        if (chosen == null) {
            diffTitle.set("");
            diff.clear();
        } else if (running == null || chosen.number() == running.number()) {
            diffTitle.set("Generation " + chosen.number() + (running == null ? " (nothing is live)" : " is live"));
            diff.clear();
        } else {
            diffTitle.set("What reverting to " + chosen.number() + " changes in the live code (" + running.number() + ")");
            diff.setAll(SourceDiff.between(running.sources().sources(), chosen.sources().sources()));
        }
    }
}
