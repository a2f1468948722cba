/**
 * The headless runner: {@code java -jar relive-runtime.jar run <dir> [--events jsonl] [--rate HZ]}, the same
 * engine as the IDE, driven by commands on stdin and reporting on stdout; and {@code export <dir> <jar>}, which
 * writes a runnable jar of the sketch (see {@code dev.relive.export}).
 */
package dev.relive.cli;
