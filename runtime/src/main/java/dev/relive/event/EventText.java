package dev.relive.event;

import dev.relive.compile.Diagnostic;

import java.util.stream.Collectors;

/** Turns an {@link EngineEvent} into the human-readable line(s) the CLI prints by default. */
public final class EventText {

    private EventText() {
    }

    /** The event as text a person reads in a terminal. */
    public static String format(EngineEvent event) {
        if (event instanceof EngineEvent.Compiled e) {
            if (e.ok()) {
                return String.format("[gen %d] compiled %d file(s) in %.1f ms", e.generation(), e.files().size(), e.ms());
            }
            return String.format("[gen %d] compile failed:%n", e.generation())
                    + e.diagnostics().stream().filter(Diagnostic::isError).map(d -> "  " + d).collect(Collectors.joining("\n"));
        } else if (event instanceof EngineEvent.Applied e) {
            return String.format("[gen %d] live in %.1f ms (%s)", e.generation(), e.ms(), e.state().details().isEmpty()
                    ? e.state().summary() : e.state().summary() + "; " + e.state().details());
        } else if (event instanceof EngineEvent.Rejected e) {
            return String.format("[gen %d] rejected in %s: %s; generation %d keeps running%s", e.generation(), EventJson.wireName(e.phase()),
                    e.reason(), e.live(), where(e.error()));
        } else if (event instanceof EngineEvent.Error e) {
            return String.format("[gen %d] %s error: %s%s%s", e.generation(), EventJson.wireName(e.error().phase()), e.error().reason(),
                    where(e.error()), e.repeats() > 0 ? " (repeated " + e.repeats() + " more times)" : "");
        } else if (event instanceof EngineEvent.Reverted e) {
            return e.reason() == RevertReason.FAULT
                    ? String.format("[gen %d] faulted on probation; reverted to generation %d", e.generation(), e.to())
                    : String.format("[gen %d] reverted to generation %d", e.generation(), e.to());
        } else if (event instanceof EngineEvent.Output e) {
            return e.text();
        } else if (event instanceof EngineEvent.History e) {
            return e.entries().stream().map(h -> String.format("%s %3d  %-13s %s  %s", h.generation() == e.live() ? "*" : " ",
                    h.generation(), h.status(), h.time().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                    h.revertOf().isPresent() ? "revert to " + h.revertOf().getAsInt() : String.join(", ", h.changedFiles())))
                    .collect(Collectors.joining("\n"));
        } else if (event instanceof EngineEvent.Purged e) {
            return "purged " + e.dropped() + " generation(s); kept " + e.kept();
        } else if (event instanceof EngineEvent.State e) {
            return EventJson.wireName(e.status()) + (e.reason().isEmpty() ? "" : ": " + e.reason());
        } else if (event instanceof EngineEvent.Check e) {
            return e.passed() ? String.format("[gen %d] check %s passed", e.generation(), e.check())
                    : String.format("[gen %d] check %s FAILED: %s%s", e.generation(), e.check(), e.message(),
                    e.line() > 0 ? " at " + e.file() + ":" + e.line() : "");
        } else if (event instanceof EngineEvent.Inspected e) {
            StringBuilder out = new StringBuilder();
            tree(out, e.tree(), "");
            return out.toString().stripTrailing();
        } else if (event instanceof EngineEvent.Resolving e) {
            return "resolving " + e.artifact() + (e.bytes() > 0 ? " (" + e.bytes() / 1024 + (e.total() > 0 ? " of " + e.total() / 1024 : "") + " KiB)" : "");
        } else if (event instanceof EngineEvent.Resolved e) {
            return e.ok() ? String.format("resolved %s: %d jar(s) in %.0f ms", String.join(" ", e.dependencies()), e.jars().size(), e.ms())
                    : "could not resolve " + String.join(" ", e.dependencies()) + " (see the compile errors)";
        } else if (event instanceof EngineEvent.Notice e) {
            return e.message();
        }
        return event.toString();
    }

    /** One line per row, indented by depth; the rows are bounded by the inspector, and so is this recursion. */
    private static void tree(StringBuilder out, dev.relive.inspect.StateNode n, String indent) {
        out.append(indent).append(n.name()).append(": ").append(n.type()).append(" = ").append(n.value());
        if (n.ref() != null) {
            out.append(" (same as ").append(n.ref().isEmpty() ? "the sketch" : n.ref()).append(')');
        }
        out.append('\n');
        if (n.children() != null) {
            for (dev.relive.inspect.StateNode c : n.children()) {
                tree(out, c, indent + "  ");
            }
            if (n.size() > n.from() + n.children().size()) {
                out.append(indent).append("  … ").append(n.size() - n.from() - n.children().size()).append(" more\n");
            }
        }
    }

    private static String where(SketchError error) {
        return error == null ? "" : error.sketchFrame().map(f -> " at " + f.file() + ":" + f.line()).orElse("");
    }
}
