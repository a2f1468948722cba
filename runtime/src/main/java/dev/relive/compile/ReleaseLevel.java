package dev.relive.compile;

import dev.relive.guard.GuardWeaver;

import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * The Java release sketches are compiled for: the running JDK's own, unless the guard weaver cannot read the class
 * files that JDK writes, in which case the newest release the weaver reads. A JDK newer than Relive's ASM then still
 * runs sketches, without the language features of the releases in between.
 *
 * @param running the feature release of the running JDK, such as 25
 * @param release the release sketches are compiled for, never above {@code running}
 */
public record ReleaseLevel(int running, int release) {

    /** The oldest release Relive runs on; the search for a readable release stops here. */
    static final int OLDEST = 17;

    private static final ReleaseLevel CURRENT = of(Runtime.version().feature(), GuardWeaver::reads);

    /** Fails fast on a release above the running one. */
    public ReleaseLevel {
        if (release > running) {
            throw new IllegalArgumentException("Release " + release + " must not be above the running " + running);
        }
    }

    /** The level for this JDK and this guard weaver; computed once. */
    public static ReleaseLevel current() {
        return CURRENT;
    }

    /** The newest release up to {@code running} that {@code readable} accepts (at least {@link #OLDEST}). */
    static ReleaseLevel of(int running, IntPredicate readable) {
        int release = running;
        while (release > OLDEST && !readable.test(release)) {
            release--;
        }
        return new ReleaseLevel(running, release);
    }

    /** Whether sketches are compiled for an older release than the running JDK's. */
    public boolean capped() {
        return release < running;
    }

    /** The javac options that select the release: none when it is the running JDK's own. */
    public List<String> options() {
        return capped() ? List.of("--release", Integer.toString(release)) : List.of();
    }

    /** What a person should be told once when the release is capped, or empty when it is not. */
    public Optional<String> notice() {
        return capped() ? Optional.of("Java " + running + " is newer than Relive's class-file weaver reads; sketches are"
                + " compiled with --release " + release + ", so language features added after Java " + release
                + " are not available") : Optional.empty();
    }
}
