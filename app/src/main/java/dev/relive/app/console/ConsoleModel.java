package dev.relive.app.console;

import dev.relive.event.RevertReason;
import dev.relive.app.live.EventBatch;
import dev.relive.event.EngineEvent;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The console's lines: appended a batch at a time, capped so that hours of output keep only the newest lines,
 * filtered by a search text, with auto-scroll on or off. Opening a line's link goes to the navigator, which shows
 * the file at that line. Holds no nodes, so it is tested without a toolkit.
 */
public final class ConsoleModel {

    /** How many lines are kept by default. */
    public static final int DEFAULT_CAPACITY = 5_000;

    private final int capacity;
    private final Consumer<SourceLink> navigator;
    private final ObservableList<ConsoleLine> all = FXCollections.observableArrayList();
    private final FilteredList<ConsoleLine> shown = new FilteredList<>(all);
    private final ObservableList<ConsoleLine> shownView = FXCollections.unmodifiableObservableList(shown);
    private final ReadOnlyStringWrapper filter = new ReadOnlyStringWrapper(this, "filter", "");
    private final ReadOnlyBooleanWrapper autoScroll = new ReadOnlyBooleanWrapper(this, "autoScroll", true);
    private final ReadOnlyBooleanWrapper clearOnGeneration = new ReadOnlyBooleanWrapper(this, "clearOnGeneration");
    private boolean inRun;
    private int runChanges;
    private int runLastCompiled;
    private EngineEvent.Applied runLastApplied;
    private int summaryDueFor;
    private final ReadOnlyBooleanWrapper wrap = new ReadOnlyBooleanWrapper(this, "wrap", true);

    /** A console keeping at most {@code capacity} lines; opened links go to {@code navigator}. */
    public ConsoleModel(int capacity, Consumer<SourceLink> navigator) {
        if (capacity < 1) {
            throw new IllegalArgumentException("Capacity must be at least 1, not " + capacity);
        }
        this.capacity = capacity;
        this.navigator = Objects.requireNonNull(navigator, "Navigator must not be null");
    }

    /** The lines that pass the filter, oldest first. */
    public ObservableList<ConsoleLine> lines() {
        return shownView;
    }

    /** How many lines are kept, filtered or not. */
    public int size() {
        return all.size();
    }

    /** The filter text; lines that do not contain it (ignoring case) are hidden. */
    public ReadOnlyStringProperty filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** Whether the view follows new lines. */
    public ReadOnlyBooleanProperty autoScrollProperty() {
        return autoScroll.getReadOnlyProperty();
    }

    /**
     * Whether the console empties itself when a new generation starts (a compile, or a revert a person asked for),
     * so it shows only the newest code's story, as hotload's ClearTerminal does. Off by default.
     */
    public ReadOnlyBooleanProperty clearOnGenerationProperty() {
        return clearOnGeneration.getReadOnlyProperty();
    }

    /**
     * Whether long lines wrap at the console's width (on by default) rather than run off to the right behind a
     * horizontal scroll bar.
     */
    public ReadOnlyBooleanProperty wrapProperty() {
        return wrap.getReadOnlyProperty();
    }

    /** Turns wrapping long lines on or off. */
    public void setWrap(boolean on) {
        wrap.set(on);
    }

    /** Flips wrapping long lines. */
    public void toggleWrap() {
        wrap.set(!wrap.get());
    }

    /** Turns clearing on each new generation on or off. */
    public void setClearOnGeneration(boolean on) {
        clearOnGeneration.set(on);
    }

    /** Flips clearing on each new generation. */
    public void toggleClearOnGeneration() {
        clearOnGeneration.set(!clearOnGeneration.get());
    }

    /** Shows only lines containing {@code text}, ignoring case; empty shows everything. */
    public void setFilter(String text) {
        String wanted = text == null ? "" : text;
        filter.set(wanted);
        String needle = wanted.toLowerCase(Locale.ROOT);
        shown.setPredicate(needle.isEmpty() ? null : line -> line.display().toLowerCase(Locale.ROOT).contains(needle));
    }

    /** Turns following new lines on or off. */
    public void setAutoScroll(boolean on) {
        autoScroll.set(on);
    }

    /** Flips following new lines. */
    public void toggleAutoScroll() {
        autoScroll.set(!autoScroll.get());
    }

    /**
     * Appends the lines of every event in {@code batch}, with a note first if output had to be skipped. With
     * {@link #clearOnGenerationProperty() clear on each new generation} on, an event that starts a generation first
     * removes everything before it, in this batch too.
     */
    public void accept(EventBatch batch) {
        List<ConsoleLine> lines = new ArrayList<>(batch.events().size() + 1);
        if (batch.skippedOutput() > 0) {
            lines.add(ConsoleFormat.skipped(batch.skippedOutput()));
        }
        for (EngineEvent event : batch.events()) {
            if (partOfRun(event, lines)) {
                continue;
            }
            if (clearOnGeneration.get() && startsGeneration(event)) {
                lines.clear();
                all.clear();
            }
            lines.addAll(ConsoleFormat.lines(event));
        }
        append(lines);
    }

    /**
     * Starts a run of tweaks (a number being dragged, a colour being picked): until {@link #finishRun()}, the
     * "compiled" and "live" lines of its generations are held back, and the run ends with one line for all of them.
     * Output, errors and compile errors are shown as they come.
     */
    public void startRun() {
        inRun = true;
        runChanges = 0;
        runLastCompiled = 0;
        runLastApplied = null;
        summaryDueFor = 0;
    }

    /** Ends a run of tweaks, showing its one line once its last generation is live. */
    public void finishRun() {
        if (!inRun) {
            return;
        }
        inRun = false;
        if (runLastApplied != null && runLastApplied.generation() == runLastCompiled) {
            append(List.of(runSummary()));
        } else if (runLastCompiled > 0) {
            summaryDueFor = runLastCompiled; // the last change is still on its way to going live
        }
    }

    /** Whether {@code event} is a line a run of tweaks holds back; adds the run's line to {@code lines} when due. */
    private boolean partOfRun(EngineEvent event, List<ConsoleLine> lines) {
        if (event instanceof EngineEvent.Compiled c && c.ok() && c.diagnostics().isEmpty() && inRun) {
            runLastCompiled = c.generation();
            return true;
        }
        if (event instanceof EngineEvent.Applied a && (inRun || a.generation() == summaryDueFor)) {
            runChanges++;
            runLastApplied = a;
            if (!inRun) {
                summaryDueFor = 0;
                lines.add(runSummary());
            }
            return true;
        }
        return false;
    }

    private ConsoleLine runSummary() {
        EngineEvent.Applied a = runLastApplied;
        return ConsoleLine.of(ConsoleLine.Kind.INFO, a.generation(), String.format(Locale.ROOT,
                "tweaked live %d time%s; the last in %.0f ms (swap %.1f ms): %s", runChanges, runChanges == 1 ? "" : "s",
                a.ms(), a.swapMs(), a.state().summary()));
    }

    private static boolean startsGeneration(EngineEvent event) {
        // A fault revert is left out: the error that caused it is exactly what the person needs to read.
        return event instanceof EngineEvent.Compiled
                || event instanceof EngineEvent.Reverted r && r.reason() == RevertReason.USER;
    }

    /** Appends {@code lines} in one change, dropping the oldest beyond the capacity. */
    public void append(Collection<ConsoleLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        List<ConsoleLine> added = lines.size() > capacity
                ? new ArrayList<>(lines).subList(lines.size() - capacity, lines.size())
                : List.copyOf(lines);
        int overflow = all.size() + added.size() - capacity;
        if (overflow > 0) {
            all.remove(0, overflow);
        }
        all.addAll(added);
    }

    /** Appends a message from the IDE itself, such as a file that could not be saved. */
    public void note(ConsoleLine.Kind kind, String text) {
        append(List.of(ConsoleLine.of(kind, 0, text)));
    }

    /** Removes every line. */
    public void clear() {
        all.clear();
    }

    /** Shows where {@code line} points, if it points anywhere. */
    public void open(ConsoleLine line) {
        line.link().ifPresent(navigator);
    }
}
