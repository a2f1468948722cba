package dev.relive.compile;

/** How bad a {@link Diagnostic} is; its wire name in events is given by {@code EventJson}. */
public enum Severity {
    /** The code does not compile. */
    ERROR,
    /** It compiles, but javac has a doubt. */
    WARNING,
    /** Anything else javac says. */
    NOTE;

    /** The severity of a javac diagnostic of {@code kind}. */
    public static Severity of(javax.tools.Diagnostic.Kind kind) {
        return switch (kind) {
            case ERROR -> ERROR;
            case WARNING, MANDATORY_WARNING -> WARNING;
            default -> NOTE;
        };
    }
}
