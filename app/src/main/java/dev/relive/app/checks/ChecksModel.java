package dev.relive.app.checks;

import dev.relive.failure.Phase;
import dev.relive.app.console.SourceLink;
import dev.relive.app.live.LiveEngine;
import dev.relive.event.EngineEvent;
import dev.relive.event.EventJson;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The checks view's model: the {@code @Check} results of the newest generation that compiled, a sentence on how
 * that generation fared (held back by a failing check, or live), and the "hold swap on failing checks" setting.
 * Checks run after each successful compile and before the swap, so their events arrive between the generation's
 * {@code compiled} and its {@code applied} or {@code rejected}. A generation that does not compile runs no checks,
 * so the previous results stay. Updated on the FX thread; holds no nodes.
 */
public final class ChecksModel {

    private final LiveEngine engine;
    private final Consumer<SourceLink> navigator;
    private final ObservableList<CheckItem> items = FXCollections.observableArrayList();
    private final ObservableList<CheckItem> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyIntegerWrapper generation = new ReadOnlyIntegerWrapper(this, "generation");
    private final ReadOnlyIntegerWrapper failed = new ReadOnlyIntegerWrapper(this, "failed");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper hold;

    /** A model of {@code engine}'s checks; opening a failure's link goes to {@code navigator}. */
    public ChecksModel(LiveEngine engine, Consumer<SourceLink> navigator) {
        this.engine = Objects.requireNonNull(engine, "Engine must not be null");
        this.navigator = Objects.requireNonNull(navigator, "Navigator must not be null");
        this.hold = new ReadOnlyBooleanWrapper(this, "hold", engine.holdOnFailingChecks());
    }

    /** The results of the newest checked generation, in the order the checks ran. */
    public ObservableList<CheckItem> items() {
        return itemsView;
    }

    /** The generation the results belong to, 0 before any compiled. */
    public ReadOnlyIntegerProperty generationProperty() {
        return generation.getReadOnlyProperty();
    }

    /** How many of the results failed. */
    public ReadOnlyIntegerProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** One sentence on the results and what they did to the swap, empty before any generation compiled. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Whether a failing check keeps new code from going live. */
    public ReadOnlyBooleanProperty holdProperty() {
        return hold.getReadOnlyProperty();
    }

    /** Turns holding the swap on failing checks on or off. */
    public void setHold(boolean on) {
        engine.setHoldOnFailingChecks(on);
        hold.set(on);
    }

    /** Flips holding the swap on failing checks. */
    public void toggleHold() {
        setHold(!hold.get());
    }

    /** Shows where {@code item} failed, if it failed on a sketch line. */
    public void open(CheckItem item) {
        item.link().ifPresent(navigator);
    }

    /** Follows one engine event; called on the FX thread. */
    public void accept(EngineEvent event) {
        if (event instanceof EngineEvent.Compiled c && c.ok()) {
            start(c.generation());
            summary.set("Generation " + c.generation() + ": checking…");
        } else if (event instanceof EngineEvent.Check c) {
            if (c.generation() != generation.get() || listed(c.check())) {
                // Its compiled event came before this model listened, or the checks run again (a restart or a
                // revert applies the same generation anew): the new run replaces the old results.
                start(c.generation());
            }
            items.add(CheckItem.of(c));
            failed.set(failed.get() + (c.passed() ? 0 : 1));
            summary.set("Generation " + c.generation() + ": " + counts());
        } else if (event instanceof EngineEvent.Applied a && a.generation() == generation.get()) {
            summary.set("Generation " + a.generation() + (items.isEmpty() ? " has no checks; it is live"
                    : failed.get() == 0 ? ": " + counts() + "; it is live"
                    : ": " + counts() + "; it went live anyway, since holding the swap is off"));
        } else if (event instanceof EngineEvent.Rejected r && r.generation() == generation.get()) {
            summary.set(rejected(r));
        }
    }

    private String rejected(EngineEvent.Rejected r) {
        String running = r.live() > 0 ? " and generation " + r.live() + " keeps running" : "";
        if (r.phase() == Phase.CHECK) {
            return "Generation " + r.generation() + ": " + counts() + "; the swap is held" + running;
        }
        return "Generation " + r.generation() + (items.isEmpty() ? "" : ": " + counts() + ", but it")
                + " did not go live (" + EventJson.wireName(r.phase()) + ": " + r.reason() + ")" + running;
    }

    private boolean listed(String check) {
        return items.stream().anyMatch(item -> item.name().equals(check));
    }

    private void start(int number) {
        generation.set(number);
        items.clear();
        failed.set(0);
    }

    private String counts() {
        int passed = items.size() - failed.get();
        if (failed.get() == 0) {
            return items.size() == 1 ? "its check passed" : "all " + items.size() + " checks passed";
        }
        return failed.get() + " of " + items.size() + " check" + (items.size() == 1 ? "" : "s") + " failed"
                + (passed > 0 ? ", " + passed + " passed" : "");
    }
}
