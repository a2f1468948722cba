package dev.relive.cli;

import java.nio.file.Path;

/**
 * The parsed command line.
 *
 * @param folder the sketch folder
 * @param json   whether to print JSON lines instead of text
 * @param rate   steps per second
 * @param frames where to save frames of a visual sketch as PNG, or null
 * @param every  save every Nth frame
 * @param width  the drawing surface width
 * @param height the drawing surface height
 */
record CliArguments(Path folder, boolean json, double rate, Path frames, int every, double width, double height) {

    static final String USAGE = "usage: relive run <sketch-dir> [--events jsonl] [--rate HZ] [--frames DIR [--every N]] [--size WxH]\n"
            + "       relive export <sketch-dir> <jar>";

    /** Parses {@code args}, or throws with a message that says what is wrong. */
    static CliArguments parse(String[] args) {
        if (args.length < 2 || !args[0].equals("run")) {
            throw new IllegalArgumentException(args.length == 0 ? "no command given" : "expected 'run <sketch-dir>' or 'export <sketch-dir> <jar>'");
        }
        boolean json = false;
        double rate = 60;
        Path frames = null;
        int every = 30;
        double width = 640;
        double height = 400;
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
                case "--frames" -> frames = Path.of(value(args, ++i, "--frames"));
                case "--every" -> {
                    String value = value(args, ++i, "--every");
                    if (!value.matches("[1-9]\\d{0,8}")) {
                        throw new IllegalArgumentException("--every takes a whole number of frames, 1 or more, not '" + value + "'");
                    }
                    every = Integer.parseInt(value);
                }
                case "--size" -> {
                    String value = value(args, ++i, "--size");
                    if (!value.matches("[1-9]\\d{0,4}x[1-9]\\d{0,4}")) {
                        throw new IllegalArgumentException("--size takes WIDTHxHEIGHT in pixels, such as 640x400, not '" + value + "'");
                    }
                    width = Double.parseDouble(value.substring(0, value.indexOf('x')));
                    height = Double.parseDouble(value.substring(value.indexOf('x') + 1));
                }
                default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
            }
        }
        return new CliArguments(Path.of(args[1]), json, rate, frames, every, width, height);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
