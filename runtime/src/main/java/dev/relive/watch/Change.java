package dev.relive.watch;

import java.nio.file.Path;
import java.util.Set;

/**
 * One quiet burst of changes in a sketch folder.
 *
 * @param firstSeenNanos when the burst began (System.nanoTime), the start of save-to-live
 * @param paths          the files and folders that changed, absolute
 * @param rescan         whether the whole folder must be read again (events were lost, or the folder itself changed)
 */
public record Change(long firstSeenNanos, Set<Path> paths, boolean rescan) {

    public Change {
        paths = Set.copyOf(paths);
    }

    /** A change that asks for a full reread, as an explicit reload does. */
    public static Change everything(long nanos) {
        return new Change(nanos, Set.of(), true);
    }
}
