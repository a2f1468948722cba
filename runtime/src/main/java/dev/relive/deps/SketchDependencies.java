package dev.relive.deps;

import dev.relive.compile.SourceSet;
import dev.relive.event.EngineEvent;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One sketch's dependencies as its compiler worker sees them: scans the sources for {@code //DEPS} lines and
 * resolves them only when their coordinates changed, announcing {@code resolving} and {@code resolved} events; an
 * unchanged set reuses the last good resolution. Owned by one thread (the compiler worker).
 */
public final class SketchDependencies implements AutoCloseable {

    /** At most one progress event per artifact this often, besides its first and last. */
    private static final long PROGRESS_NANOS = 200_000_000L;

    private final Path root;
    private final DependencyResolver resolver;
    private final long retryNanos;
    private final BooleanSupplier cancelled;
    private Resolution last = Resolution.NONE;
    private long lastTried;

    /**
     * The dependencies of the sketch in {@code root}, resolved by {@code resolver}; lines that failed are tried again
     * when asked again, but not sooner than {@code retryMillis} after the last try (0 for the engine, whose next try
     * is the person's next save; more for the editor's analysis, which asks at every keystroke).
     */
    public SketchDependencies(Path root, DependencyResolver resolver, long retryMillis) {
        this(root, resolver, retryMillis, () -> false);
    }

    /**
     * Like {@link #SketchDependencies(Path, DependencyResolver, long)}; a resolution gives up once {@code cancelled}
     * says so (asked from the download threads too), which is how closing the sketch ends a download in progress.
     */
    public SketchDependencies(Path root, DependencyResolver resolver, long retryMillis, BooleanSupplier cancelled) {
        this.root = root;
        this.resolver = resolver;
        this.retryNanos = retryMillis * 1_000_000L;
        this.cancelled = cancelled;
    }

    /**
     * {@code disk} (a sketch as read from its folder) with the jars of its {@code //DEPS} lines added to its
     * {@code lib/} jars; jars of earlier lines that are gone are dropped. Resolves when the lines changed.
     */
    public Resolution resolve(SourceSet disk, Consumer<EngineEvent> events) {
        List<DepsLine> lines = DepsLines.scan(disk.sources());
        if (coordinates(lines).equals(coordinates(last.lines()))
                && (last.ok() || System.nanoTime() - lastTried < retryNanos)) {
            return last;
        }
        if (lines.isEmpty()) {
            last = Resolution.NONE;
            return last;
        }
        List<String> declared = coordinates(lines);
        events.accept(new EngineEvent.Resolving(String.join(" ", declared), 0, -1));
        Map<String, Long> lastTold = new HashMap<>();
        // Progress arrives on the resolver's download pool threads: the lock makes the map safe
        // and serialises emission so listeners see one Resolving event at a time.
        Resolution resolution = resolver.resolve(lines, (artifact, bytes, total) -> {
            synchronized (lastTold) {
                long now = System.nanoTime();
                Long told = lastTold.get(artifact);
                if (told == null || now - told >= PROGRESS_NANOS || (total > 0 && bytes >= total)) {
                    lastTold.put(artifact, now);
                    events.accept(new EngineEvent.Resolving(artifact, bytes, total));
                }
            }
        }, cancelled);
        events.accept(new EngineEvent.Resolved(resolution.ok(), declared,
                resolution.jars().keySet().stream().map(p -> p.getFileName().toString()).toList(), resolution.millis()));
        last = resolution;
        lastTried = System.nanoTime();
        return resolution;
    }

    /** {@code disk} with its jars (those in {@code lib/}, under the sketch folder) plus {@code resolution}'s. */
    public SourceSet attach(SourceSet disk, Resolution resolution) {
        Map<Path, Long> libs = new HashMap<>(ownJars(disk));
        libs.putAll(resolution.jars());
        return disk.withLibs(libs);
    }

    /** The jars of {@code sources} that are the sketch's own ({@code lib/}), without any resolved dependency. */
    public Map<Path, Long> ownJars(SourceSet sources) {
        Map<Path, Long> own = new HashMap<>();
        sources.libs().forEach((jar, print) -> {
            if (jar.startsWith(root)) {
                own.put(jar, print);
            }
        });
        return own;
    }

    private static List<String> coordinates(List<DepsLine> lines) {
        return lines.stream().map(DepsLine::coordinate).toList();
    }

    @Override
    public void close() {
        resolver.close();
    }
}
