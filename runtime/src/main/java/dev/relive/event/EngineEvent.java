package dev.relive.event;

import dev.relive.compile.Diagnostic;
import dev.relive.failure.Phase;
import dev.relive.history.HistoryEntry;
import dev.relive.inspect.StateNode;
import dev.relive.migrate.MigrationReport;
import dev.relive.output.Stream;

import java.util.List;

/**
 * An event from the engine. Every event is an immutable record; {@link #name()} is its {@code "event"}
 * field in the JSON stream documented in the README.
 */
public sealed interface EngineEvent {

    /** The event's name in the JSON stream. */
    String name();

    /**
     * A compile finished; {@code ok} says whether it produced runnable code, {@code durable} whether the generation
     * was already on disk (forced) when this was sent; if not, the history keeps it in memory and writes it later.
     */
    record Compiled(int generation, boolean ok, double ms, List<String> files, List<Diagnostic> diagnostics,
                    boolean durable) implements EngineEvent {
        public Compiled {
            files = List.copyOf(files);
            diagnostics = List.copyOf(diagnostics);
        }

        /** A compile whose generation is on disk. */
        public Compiled(int generation, boolean ok, double ms, List<String> files, List<Diagnostic> diagnostics) {
            this(generation, ok, ms, files, diagnostics, true);
        }

        public String name() {
            return "compiled";
        }
    }

    /** A generation went live; {@code ms} is save-to-live for it, {@code state} says what migration did. */
    record Applied(int generation, double ms, double swapMs, MigrationReport state, String mode) implements EngineEvent {
        public String name() {
            return "applied";
        }
    }

    /** A generation could not go live; the one numbered {@code live} keeps running untouched. */
    record Rejected(int generation, Phase phase, String reason, int live, SketchError error) implements EngineEvent {
        public String name() {
            return "rejected";
        }
    }

    /** Sketch code threw; {@code repeats} counts collapsed repeats of the same error since it was last shown. */
    record Error(int generation, SketchError error, int repeats) implements EngineEvent {
        public String name() {
            return "error";
        }
    }

    /** The live code went back to an earlier generation's, for {@code reason}. */
    record Reverted(int generation, int to, RevertReason reason, boolean stateRestored) implements EngineEvent {
        public String name() {
            return "reverted";
        }
    }

    /** One line of sketch output on {@code stream}. */
    record Output(int generation, Stream stream, String text) implements EngineEvent {
        public String name() {
            return "output";
        }
    }

    /** The whole history, oldest first, and the live generation. */
    record History(int live, List<HistoryEntry> entries) implements EngineEvent {
        public History {
            entries = List.copyOf(entries);
        }

        public String name() {
            return "history";
        }
    }

    /** A purge dropped every generation except these. */
    record Purged(List<Integer> kept, int dropped) implements EngineEvent {
        public Purged {
            kept = List.copyOf(kept);
        }

        public String name() {
            return "purged";
        }
    }

    /** The run status changed; {@code reason} may be empty. */
    record State(RunStatus status, String reason) implements EngineEvent {
        public String name() {
            return "state";
        }
    }

    /** A {@code @Check} method ran after a compile; {@code file} and {@code line} say where a failing one failed. */
    record Check(int generation, String check, boolean passed, String message, String file, int line) implements EngineEvent {
        public String name() {
            return "check";
        }
    }

    /** The answer to an {@code inspect} command: the state tree beneath {@code path}. */
    record Inspected(String path, StateNode tree) implements EngineEvent {
        public String name() {
            return "inspected";
        }
    }

    /**
     * The sketch's {@code //DEPS} lines changed and are being resolved: {@code bytes} of {@code artifact} are in
     * ({@code total} is -1 when unknown). The first one of a resolution names the declared coordinates, with 0 bytes.
     */
    record Resolving(String artifact, long bytes, long total) implements EngineEvent {
        public String name() {
            return "resolving";
        }
    }

    /**
     * A resolution of the sketch's {@code //DEPS} lines ended: {@code jars} (file names) join the class path when
     * {@code ok}; otherwise the next {@code compiled} event carries an error on each failed line.
     */
    record Resolved(boolean ok, List<String> dependencies, List<String> jars, double ms) implements EngineEvent {
        public Resolved {
            dependencies = List.copyOf(dependencies);
            jars = List.copyOf(jars);
        }

        public String name() {
            return "resolved";
        }
    }

    /** Something a person should know that is neither an error nor a state change, such as "waiting for sources". */
    record Notice(NoticeLevel level, String message) implements EngineEvent {
        public String name() {
            return "notice";
        }
    }
}
