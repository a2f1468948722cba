/**
 * The headless runner: {@code java -jar relive-runtime.jar run <dir> [--events jsonl] [--rate HZ]}, the same
 * engine as the IDE, driven by commands on stdin and reporting on stdout.
 */
package dev.relive.cli;
