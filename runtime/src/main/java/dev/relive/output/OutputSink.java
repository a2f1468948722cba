package dev.relive.output;

/** Receives complete lines of sketch output. */
@FunctionalInterface
public interface OutputSink {

    /** One line (without its line break) written by generation {@code generation} to {@code stream}. */
    void line(int generation, Stream stream, String text);
}
