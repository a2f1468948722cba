package dev.relive.capture;

import dev.relive.output.OutputSink;
import dev.relive.output.Stream;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Installs, once per process, routing streams for {@code System.out} and {@code System.err}. A write from a
 * thread tagged with a {@link GenerationTag} becomes lines sent to that tag's sink; any other write goes to
 * the original stream untouched. {@link #originalOut()} is where the engine's own output (such as the CLI's
 * JSON lines) must go.
 */
public final class OutputCapture {

    private static final PrintStream ORIGINAL_OUT = System.out;
    private static final PrintStream ORIGINAL_ERR = System.err;
    private static boolean installed;

    private OutputCapture() {
    }

    /**
     * Routes {@code System.out} and {@code System.err}, and sends uncaught exceptions of threads started by sketch
     * code to their generation's engine; idempotent.
     */
    public static synchronized void install() {
        if (!installed) {
            System.setOut(new Unclosable(new Router(Stream.OUT, ORIGINAL_OUT)));
            System.setErr(new Unclosable(new Router(Stream.ERR, ORIGINAL_ERR)));
            Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
            Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
                GenerationTag tag = GenerationTag.current();
                if (tag != null) {
                    tag.faults().fault(tag.generation(), thread, failure);
                } else if (previous != null) {
                    previous.uncaughtException(thread, failure);
                } else {
                    ORIGINAL_ERR.println("Exception in thread \"" + thread.getName() + "\" " + failure);
                }
            });
            installed = true;
        }
    }

    /** The process's real standard output, never carrying sketch output. */
    public static PrintStream originalOut() {
        return ORIGINAL_OUT;
    }

    /** The process's real standard error. */
    public static PrintStream originalErr() {
        return ORIGINAL_ERR;
    }

    /**
     * The routed stream: shared by every generation and the engine, so {@code System.out.close()} in sketch code only
     * flushes, instead of silencing everyone's output for the rest of the session.
     */
    private static final class Unclosable extends PrintStream {
        Unclosable(Router router) {
            super(router, true, StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            flush();
        }
    }

    /** Splits tagged writes into lines per thread; passes untagged writes through. */
    private static final class Router extends OutputStream {
        private static final int MAX_LINE = 8192;
        private final Stream stream;
        private final PrintStream original;
        private final ThreadLocal<ByteArrayOutputStream> pending = ThreadLocal.withInitial(ByteArrayOutputStream::new);

        Router(Stream stream, PrintStream original) {
            this.stream = stream;
            this.original = original;
        }

        @Override
        public void write(int b) {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int off, int len) {
            GenerationTag tag = GenerationTag.current();
            if (tag == null) {
                original.write(bytes, off, len);
                return;
            }
            ByteArrayOutputStream line = pending.get();
            for (int i = off; i < off + len; i++) {
                if (bytes[i] == '\n') {
                    emit(tag, line);
                } else if (bytes[i] != '\r') {
                    line.write(bytes[i]);
                    if (line.size() >= MAX_LINE) {
                        emit(tag, line);
                    }
                }
            }
        }

        @Override
        public void flush() {
            GenerationTag tag = GenerationTag.current();
            if (tag == null) {
                original.flush();
            }
        }

        private void emit(GenerationTag tag, ByteArrayOutputStream line) {
            String text = line.toString(StandardCharsets.UTF_8);
            line.reset();
            tag.sink().line(tag.generation(), stream, text);
        }
    }
}
