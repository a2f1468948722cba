package dev.relive.cli;

import java.nio.file.Path;

/**
 * The parsed command line.
 *
 * @param folder the sketch folder
 * @param json   whether to print JSON lines instead of text
 * @param rate   steps per second
 */
record CliArguments(Path folder, boolean json, double rate) {

    static final String USAGE = "usage: relive run <sketch-dir> [--events jsonl] [--rate HZ]";

    /** Parses {@code args}, or throws with a message that says what is wrong. */
    static CliArguments parse(String[] args) {
        if (args.length < 2 || !args[0].equals("run")) {
            throw new IllegalArgumentException(args.length == 0 ? "no command given" : "expected 'run <sketch-dir>'");
        }
        boolean json = false;
        double rate = 60;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--events" -> {
                    String format = value(args, ++i, "--events");
                    if (!format.equals("jsonl")) {
                        throw new IllegalArgumentException("--events takes 'jsonl', not '" + format + "'");
                    }
                    json = true;
                }
                case "--rate" -> {
                    String value = value(args, ++i, "--rate");
                    try {
                        rate = Double.parseDouble(value);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--rate takes a number of steps per second, not '" + value + "'");
                    }
                    if (rate < 0 || !Double.isFinite(rate)) {
                        throw new IllegalArgumentException("--rate must be 0 (as fast as possible) or more, not " + value);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
            }
        }
        return new CliArguments(Path.of(args[1]), json, rate);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
