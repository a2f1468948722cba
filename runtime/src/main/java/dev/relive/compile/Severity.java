package dev.relive.compile;

/** How bad a {@link Diagnostic} is; its wire name in events is given by {@code EventJson}. */
public enum Severity {
    /** The code does not compile. */
    ERROR,
    /** It compiles, but javac has a doubt. */
    WARNING,
    /** Anything else javac says. */
    NOTE
}
