package dev.relive.cli;

import dev.relive.engine.Engine;

import java.util.function.Consumer;

/** The stdin commands of the headless runner: {@code revert N}, {@code purge}, {@code pause}, {@code resume}, {@code restart}, {@code history}, {@code quit}, and the state commands of {@link StateCommands}. */
final class Commands {

    private Commands() {
    }

    /** Executes one command line; returns false for {@code quit}. Bad input is reported to {@code error}. */
    static boolean execute(Engine engine, String line, Consumer<String> error) {
        if (line.isEmpty()) {
            return true;
        }
        String[] words = line.split("\\s+");
        if (StateCommands.handles(words[0])) {
            StateCommands.execute(engine, line, error);
            return true;
        }
        switch (words[0]) {
            case "revert" -> {
                boolean withState = words.length == 3 && words[2].equals("state");
                int number = words.length >= 2 ? generationNumber(words[1]) : -1;
                if (words.length < 2 || words.length > 3 || number < 0 || (words.length == 3 && !withState)) {
                    error.accept("usage: revert N [state], where N is a generation number from 'history'"
                            + " and 'state' also brings back the state it had when it was replaced");
                } else {
                    engine.revert(number, withState);
                }
            }
            case "purge" -> engine.purge();
            case "pause" -> engine.pause();
            case "resume" -> engine.resume();
            case "restart" -> engine.restart();
            case "stop" -> engine.stop();
            case "history" -> engine.history();
            case "quit", "exit" -> {
                engine.close();
                return false;
            }
            default -> error.accept("unknown command '" + CommandLines.echo(words[0])
                    + "'; try revert N [state], purge, pause, resume, restart, stop, history, inspect PATH [DEPTH], set PATH VALUE, step or quit");
        }
        return true;
    }

    /** {@code word} as a generation number, or -1 if it is not one (not digits, or too large for any generation). */
    private static int generationNumber(String word) {
        if (!word.matches("\\d{1,9}")) {
            return -1;
        }
        return Integer.parseInt(word);
    }
}
