package dev.relive.cli;

import dev.relive.engine.Engine;

import java.util.function.Consumer;

/**
 * The runner's state commands: {@code inspect PATH [DEPTH]} (answered by an {@code inspected} event),
 * {@code set PATH VALUE} (the rest of the line is the value, so strings may hold spaces) and {@code step} (one
 * frame while paused). Results and refusals arrive as events; bad usage is reported to {@code error}.
 */
final class StateCommands {

    /** Depth of an {@code inspect} without one: the row and the rows directly beneath it. */
    static final int DEFAULT_DEPTH = 1;

    private StateCommands() {
    }

    /** Whether {@code command} is one of these. */
    static boolean handles(String command) {
        return command.equals("inspect") || command.equals("set") || command.equals("step");
    }

    /** Executes {@code line}, whose first word is one of these commands. */
    static void execute(Engine engine, String line, Consumer<String> error) {
        String[] words = line.split("\\s+");
        switch (words[0]) {
            case "inspect" -> {
                if (words.length > 3 || (words.length == 3 && !words[2].matches("\\d{1,2}"))) {
                    error.accept("usage: inspect [PATH [DEPTH]], such as 'inspect balls[0] 2'; the empty path is the whole sketch");
                } else {
                    engine.announceInspection(words.length > 1 ? words[1] : "",
                            words.length == 3 ? Integer.parseInt(words[2]) : DEFAULT_DEPTH);
                }
            }
            case "set" -> {
                String[] parts = line.split("\\s+", 3);
                if (parts.length < 3) {
                    error.accept("usage: set PATH VALUE, such as 'set speed 5' or 'set title hello world'");
                } else {
                    engine.set(parts[1], parts[2]);
                }
            }
            case "step" -> {
                if (words.length != 1) {
                    error.accept("usage: step (runs one frame while paused)");
                } else {
                    engine.stepOne();
                }
            }
            default -> throw new IllegalArgumentException("not a state command: " + words[0]);
        }
    }
}
