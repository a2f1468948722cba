package dev.relive.app.console;

import dev.relive.output.Stream;
import dev.relive.event.RevertReason;
import dev.relive.event.EventJson;
import dev.relive.compile.Diagnostic;
import dev.relive.event.EngineEvent;
import dev.relive.event.SketchError;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns engine events into console lines: output as it was printed, and everything else in words, with diagnostics,
 * failing checks and sketch stack frames linked to their source line. Passing checks are left to the checks view.
 */
public final class ConsoleFormat {

    private static final String INDENT = "    ";

    private ConsoleFormat() {
    }

    /** The lines {@code event} shows; none for events the console does not show (history listings, passing checks). */
    public static List<ConsoleLine> lines(EngineEvent event) {
        List<ConsoleLine> out = new ArrayList<>(2);
        if (event instanceof EngineEvent.Output o) {
            out.add(ConsoleLine.of(o.stream() == Stream.ERR ? ConsoleLine.Kind.ERR : ConsoleLine.Kind.OUT, o.generation(), o.text()));
        } else if (event instanceof EngineEvent.Compiled c) {
            compiled(c, out);
        } else if (event instanceof EngineEvent.Applied a) {
            out.add(ConsoleLine.of(ConsoleLine.Kind.INFO, a.generation(), String.format(Locale.ROOT,
                    "live in %.0f ms (swap %.1f ms): %s", a.ms(), a.swapMs(), a.state().summary())));
            if (!a.state().details().isEmpty()) {
                out.add(ConsoleLine.of(ConsoleLine.Kind.INFO, a.generation(), INDENT + a.state().details()));
            }
            a.state().notes().forEach(n -> out.add(ConsoleLine.of(ConsoleLine.Kind.INFO, a.generation(), INDENT + n)));
        } else if (event instanceof EngineEvent.Rejected r) {
            out.add(ConsoleLine.of(ConsoleLine.Kind.ERROR, r.generation(), "rejected in " + EventJson.wireName(r.phase()) + ": " + r.reason()
                    + (r.live() > 0 ? " (generation " + r.live() + " keeps running)" : "")));
            trace(r.generation(), r.error(), out);
        } else if (event instanceof EngineEvent.Error e) {
            out.add(ConsoleLine.of(ConsoleLine.Kind.ERROR, e.generation(), "error in " + EventJson.wireName(e.error().phase()) + ": "
                    + e.error().reason() + (e.repeats() > 0 ? " (repeated " + e.repeats() + " times since last shown)" : "")));
            trace(e.generation(), e.error(), out);
        } else if (event instanceof EngineEvent.Reverted r) {
            out.add(r.reason() == RevertReason.FAULT
                    ? ConsoleLine.of(ConsoleLine.Kind.WARNING, r.generation(), "faulted right after going live; reverted to generation "
                            + r.to() + " (your files are unchanged)")
                    : ConsoleLine.of(ConsoleLine.Kind.INFO, r.generation(), "reverted to generation " + r.to()
                            + (r.stateRestored() ? " with its state" : "")));
        } else if (event instanceof EngineEvent.State s) {
            out.add(ConsoleLine.of(s.reason().isEmpty() ? ConsoleLine.Kind.INFO : ConsoleLine.Kind.WARNING, 0,
                    EventJson.wireName(s.status()) + (s.reason().isEmpty() ? "" : ": " + s.reason())));
        } else if (event instanceof EngineEvent.Purged p) {
            out.add(ConsoleLine.of(ConsoleLine.Kind.INFO, 0, "purged " + p.dropped() + " generation" + (p.dropped() == 1 ? "" : "s")
                    + "; kept " + p.kept()));
        } else if (event instanceof EngineEvent.Check c && !c.passed()) {
            Optional<SourceLink> where = SourceLink.at(c.file(), c.line());
            out.add(new ConsoleLine(ConsoleLine.Kind.ERROR, c.generation(), "check " + c.check() + " failed: " + c.message()
                    + where.map(link -> " (" + link + ")").orElse(""), where));
        } else if (event instanceof EngineEvent.Resolved r) {
            out.add(ConsoleLine.of(r.ok() ? ConsoleLine.Kind.INFO : ConsoleLine.Kind.ERROR, 0, r.ok()
                    ? "resolved " + String.join(" ", r.dependencies()) + ": " + String.join(", ", r.jars())
                    : "could not resolve " + String.join(" ", r.dependencies()) + " (the errors are on the //DEPS lines)"));
        } else if (event instanceof EngineEvent.Notice n) {
            out.add(ConsoleLine.of(switch (n.level()) {
                case ERROR -> ConsoleLine.Kind.ERROR;
                case WARNING -> ConsoleLine.Kind.WARNING;
                case INFO -> ConsoleLine.Kind.INFO;
            }, 0, n.message()));
        }
        return out;
    }

    /** The line saying {@code n} output lines were dropped to keep up with a flood. */
    public static ConsoleLine skipped(int n) {
        return ConsoleLine.of(ConsoleLine.Kind.WARNING, 0, "… " + n + " output line" + (n == 1 ? "" : "s")
                + " skipped: the sketch prints faster than the console can show");
    }

    private static void compiled(EngineEvent.Compiled c, List<ConsoleLine> out) {
        long errors = c.diagnostics().stream().filter(Diagnostic::isError).count();
        out.add(c.ok()
                ? ConsoleLine.of(ConsoleLine.Kind.INFO, c.generation(), String.format(Locale.ROOT, "compiled in %.0f ms", c.ms()))
                : ConsoleLine.of(ConsoleLine.Kind.ERROR, c.generation(), "did not compile: " + errors + " error"
                        + (errors == 1 ? "" : "s") + "; the live code keeps running"));
        for (Diagnostic d : c.diagnostics()) {
            ConsoleLine.Kind kind = d.isError() ? ConsoleLine.Kind.ERROR : ConsoleLine.Kind.WARNING;
            String text = INDENT + d;
            out.add(d.line() > 0
                    ? ConsoleLine.linked(kind, c.generation(), text, new SourceLink(d.file(), (int) d.line()))
                    : ConsoleLine.of(kind, c.generation(), text));
        }
    }

    private static void trace(int generation, SketchError error, List<ConsoleLine> out) {
        for (SketchError.Frame f : error.trace()) {
            String where = f.file().isEmpty() ? "Unknown Source" : f.line() > 0 ? f.file() + ":" + f.line() : f.file();
            String text = INDENT + "at " + f.className() + "." + f.method() + "(" + where + ")";
            out.add(f.sketch() && f.line() > 0
                    ? ConsoleLine.linked(ConsoleLine.Kind.TRACE, generation, text, new SourceLink(f.file(), f.line()))
                    : ConsoleLine.of(ConsoleLine.Kind.TRACE, generation, text));
        }
    }
}
