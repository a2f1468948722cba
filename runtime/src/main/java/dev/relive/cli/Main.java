package dev.relive.cli;

import dev.relive.event.NoticeLevel;
import dev.relive.engine.Engine;
import dev.relive.engine.EngineOptions;
import dev.relive.event.EngineEvent;
import dev.relive.event.EventJson;
import dev.relive.event.EventText;
import dev.relive.export.ExportException;
import dev.relive.export.SketchExporter;
import dev.relive.history.FolderInUseException;
import dev.relive.capture.OutputCapture;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The headless runner's entry point. Exit codes: 0 after {@code quit}, 2 for bad arguments or a missing
 * sketch folder, 3 for a sketch folder another runner or IDE has open. With {@code --events jsonl}, stdout carries one JSON event per line and nothing else.
 */
public final class Main {

    private Main() {
    }

    /** Runs the CLI; see {@link CliArguments#USAGE}. */
    public static void main(String[] args) {
        System.exit(run(args, System.in, OutputCapture.originalOut(), OutputCapture.originalErr()));
    }

    /** Runs the CLI with commands from {@code in}; returns the exit code once {@code quit} is read. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("export")) {
            return export(args, out, err);
        }
        CliArguments arguments;
        try {
            arguments = CliArguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("relive: " + e.getMessage());
            err.println(CliArguments.USAGE);
            return 2;
        }
        Engine engine;
        try {
            engine = Engine.open(arguments.folder(), EngineOptions.DEFAULTS.withRate(arguments.rate()));
        } catch (NoSuchFileException e) {
            err.println("relive: no such sketch folder: " + arguments.folder());
            return 2;
        } catch (FolderInUseException e) {
            err.println("relive: the sketch folder " + e.getMessage());
            return 3;
        }
        engine.addListener(event -> print(out, event, arguments.json()));
        engine.frames().setSize(arguments.width(), arguments.height());
        FrameFiles frameFiles = arguments.frames() == null ? null
                : new FrameFiles(arguments.frames(), arguments.every(), message -> print(out, new EngineEvent.Notice(NoticeLevel.ERROR, message), arguments.json()));
        if (frameFiles != null) {
            engine.frames().addListener(frameFiles::offer);
        }
        CountDownLatch quit = new CountDownLatch(1);
        Thread shutdown = new Thread(engine::close, "relive-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        if (!arguments.json()) {
            out.println("relive: running " + engine.folder() + " (commands: revert N [state], purge, pause, resume, restart, stop, history, inspect PATH [DEPTH], set PATH VALUE, step, quit)");
        }
        engine.start();
        Thread commands = new Thread(() -> readCommands(engine, in, quit, out, arguments.json()), "relive-commands");
        commands.setDaemon(true);
        commands.start();
        try {
            quit.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().removeShutdownHook(shutdown);
        if (frameFiles != null) {
            frameFiles.close();
        }
        return 0;
    }

    /** {@code export <sketch-dir> <jar>}: writes a runnable jar of the sketch; 0 when written, 1 when not, 2 on bad usage. */
    private static int export(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 3) {
            err.println("relive: export takes a sketch folder and a jar file");
            err.println(CliArguments.USAGE);
            return 2;
        }
        try {
            SketchExporter.Exported exported = SketchExporter.export(Path.of(args[1]), Path.of(args[2]));
            if (!exported.note().isEmpty()) {
                err.println("relive: " + exported.note());
            }
            out.println("relive: exported " + args[1] + (exported.generation() > 0 ? " generation " + exported.generation() : "")
                    + " (" + exported.mode().name().toLowerCase(java.util.Locale.ROOT)
                    + " sketch, entry " + exported.entry() + ") to " + exported.jar() + "; run it with: java -jar " + exported.jar());
            return 0;
        } catch (ExportException e) {
            err.println("relive: " + e.getMessage());
            return 1;
        }
    }

    /**
     * Reads commands until {@code quit} or the end of input. Nothing on stdin can end this thread: a line that is too
     * long, not UTF-8 or not a command gets a short error, and so does a command that fails.
     */
    private static void readCommands(Engine engine, InputStream input, CountDownLatch quit, PrintStream out, boolean json) {
        java.util.function.Consumer<String> error = message -> print(out, new EngineEvent.Notice(NoticeLevel.ERROR, message), json);
        CommandLines lines = new CommandLines(new BufferedInputStream(input));
        try {
            CommandLines.Line line;
            while ((line = lines.next()) != null) {
                if (line.cut()) {
                    error.accept("command too long (" + line.bytes() + " bytes; the longest is " + CommandLines.MAX_BYTES
                            + "): '" + CommandLines.echo(line.text()) + "' ignored");
                } else if (!execute(engine, line.text().strip(), error)) {
                    quit.countDown();
                    return;
                }
            }
            // End of input: keep running until killed, so the runner works with no terminal attached.
        } catch (IOException e) {
            error.accept("cannot read commands: " + e.getMessage());
        }
    }

    private static boolean execute(Engine engine, String line, java.util.function.Consumer<String> error) {
        try {
            return Commands.execute(engine, line, error);
        } catch (RuntimeException e) { // a command that fails is reported; the reader goes on to the next one
            error.accept("command '" + CommandLines.echo(line) + "' failed: " + CommandLines.echo(String.valueOf(e.getMessage())));
            return true;
        }
    }

    private static void print(PrintStream out, EngineEvent event, boolean json) {
        String text = json ? EventJson.encode(event) : EventText.format(event);
        synchronized (out) {
            out.println(text);
            out.flush();
        }
    }
}
