package dev.relive.event;

import dev.relive.compile.Diagnostic;
import dev.relive.compile.Severity;
import dev.relive.failure.Phase;
import dev.relive.history.HistoryEntry;
import dev.relive.inspect.NodeKind;
import dev.relive.inspect.StateNode;
import dev.relive.migrate.MigrationReport;
import dev.relive.output.Stream;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an {@link EngineEvent} into the one-line JSON object of the CLI's event stream (README, Events). It is the
 * one place where the engine's vocabularies ({@link Phase}, {@link NoticeLevel}, {@link Severity}, {@link Stream},
 * {@link RevertReason}, {@link RunStatus}) get their wire names.
 */
public final class EventJson {

    private EventJson() {
    }

    /** The wire name of a vocabulary word: lower case, words joined by {@code -}, as in {@code static-init}. */
    public static String wireName(Enum<?> word) {
        return word.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The event as a single line of JSON. */
    public static String encode(EngineEvent event) {
        return Json.write(fields(event));
    }

    /** The event's fields, in the documented order, as a JSON-ready map. */
    public static Map<String, Object> fields(EngineEvent event) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event", event.name());
        if (event instanceof EngineEvent.Compiled e) {
            m.put("generation", e.generation());
            m.put("ok", e.ok());
            m.put("ms", e.ms());
            m.put("files", e.files());
            m.put("diagnostics", e.diagnostics().stream().map(EventJson::diagnostic).toList());
            if (!e.durable()) {
                m.put("durable", false); // only when not: a generation not yet on disk is the exception
            }
        } else if (event instanceof EngineEvent.Applied e) {
            m.put("generation", e.generation());
            m.put("ms", e.ms());
            m.put("swapMs", e.swapMs());
            m.put("mode", e.mode());
            m.put("state", state(e.state()));
        } else if (event instanceof EngineEvent.Rejected e) {
            m.put("generation", e.generation());
            m.put("phase", wireName(e.phase()));
            m.put("reason", e.reason());
            m.put("live", e.live());
            m.put("trace", trace(e.error()));
        } else if (event instanceof EngineEvent.Error e) {
            m.put("generation", e.generation());
            m.put("phase", wireName(e.error().phase()));
            m.put("exception", e.error().exception());
            m.put("message", e.error().message());
            m.put("trace", trace(e.error()));
            m.put("repeats", e.repeats());
        } else if (event instanceof EngineEvent.Reverted e) {
            m.put("generation", e.generation());
            m.put("to", e.to());
            m.put("reason", wireName(e.reason()));
            m.put("stateRestored", e.stateRestored());
        } else if (event instanceof EngineEvent.Output e) {
            m.put("generation", e.generation());
            m.put("stream", wireName(e.stream()));
            m.put("text", e.text());
        } else if (event instanceof EngineEvent.History e) {
            m.put("live", e.live());
            m.put("entries", e.entries().stream().map(EventJson::entry).toList());
        } else if (event instanceof EngineEvent.Purged e) {
            m.put("kept", e.kept());
            m.put("dropped", e.dropped());
        } else if (event instanceof EngineEvent.State e) {
            m.put("status", wireName(e.status()));
            if (!e.reason().isEmpty()) {
                m.put("reason", e.reason());
            }
        } else if (event instanceof EngineEvent.Check e) {
            m.put("generation", e.generation());
            m.put("name", e.check());
            m.put("passed", e.passed());
            if (!e.passed()) {
                m.put("message", e.message());
                m.put("file", e.file());
                m.put("line", e.line());
            }
        } else if (event instanceof EngineEvent.Inspected e) {
            m.put("path", e.path());
            m.put("tree", node(e.tree()));
        } else if (event instanceof EngineEvent.Resolving e) {
            m.put("artifact", e.artifact());
            m.put("bytes", e.bytes());
            m.put("total", e.total());
        } else if (event instanceof EngineEvent.Resolved e) {
            m.put("ok", e.ok());
            m.put("dependencies", e.dependencies());
            m.put("jars", e.jars());
            m.put("ms", e.ms());
        } else if (event instanceof EngineEvent.Notice e) {
            m.put("level", wireName(e.level()));
            m.put("message", e.message());
        }
        return m;
    }

    /** A state row and the rows beneath it, as the {@code inspected} event carries them (README, Event stream). */
    public static Map<String, Object> node(StateNode n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", n.name());
        m.put("path", n.path());
        m.put("type", n.type());
        m.put("value", n.value());
        m.put("kind", kind(n.kind()));
        if (n.size() >= 0) {
            m.put("size", n.size());
        }
        if (n.editable()) {
            m.put("editable", true);
        }
        if (n.ref() != null) {
            m.put("ref", n.ref());
        }
        if (n.children() != null) {
            if (n.from() > 0) {
                m.put("from", n.from());
            }
            m.put("children", n.children().stream().map(EventJson::node).toList());
        }
        return m;
    }

    /** The wire name of a row's kind. */
    public static String kind(NodeKind kind) {
        return switch (kind) {
            case SKETCH -> "sketch";
            case CLASS -> "class";
            case VALUE -> "value";
            case STRING -> "string";
            case ENUM -> "enum";
            case NULL -> "null";
            case OBJECT -> "object";
            case ARRAY -> "array";
            case LIST -> "list";
            case SET -> "set";
            case MAP -> "map";
            case OPAQUE -> "opaque";
        };
    }

    private static Map<String, Object> diagnostic(Diagnostic d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", d.file());
        m.put("line", d.line());
        m.put("column", d.column());
        m.put("severity", wireName(d.severity()));
        m.put("message", d.message());
        return m;
    }

    private static Map<String, Object> state(MigrationReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kept", r.kept());
        m.put("reset", r.reset());
        m.put("added", r.added());
        m.put("dropped", r.dropped());
        m.put("notes", r.notes());
        return m;
    }

    private static List<Map<String, Object>> trace(SketchError error) {
        return error.trace().stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("class", f.className());
            m.put("method", f.method());
            m.put("file", f.file());
            m.put("line", f.line());
            return m;
        }).toList();
    }

    private static Map<String, Object> entry(HistoryEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("generation", e.generation());
        m.put("status", e.status());
        m.put("time", e.time().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        m.put("files", e.files());
        m.put("changed", e.changedFiles());
        if (e.revertOf().isPresent()) {
            m.put("revertOf", e.revertOf().getAsInt());
        }
        return m;
    }
}
