package dev.relive.deps;

/**
 * One dependency a sketch declares: the coordinate {@code group:artifact[:extension[:classifier]]:version} written
 * on a {@code //DEPS} line of {@code file} (relative, with {@code /}) at 1-based {@code line}.
 */
public record DepsLine(String file, int line, String coordinate) {

    /** {@code file:line}, for messages. */
    public String where() {
        return file + ":" + line;
    }
}
