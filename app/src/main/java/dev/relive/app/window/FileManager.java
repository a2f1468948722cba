package dev.relive.app.window;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Shows a folder in the system's file manager: through {@link Desktop} where the platform supports it, otherwise
 * through the platform's opener command ({@code xdg-open}, {@code open}, {@code explorer}). Blocking; call it off the
 * FX thread.
 */
final class FileManager {

    private FileManager() {
    }

    /** Opens {@code folder} in the file manager; empty when it opened, otherwise why it could not. */
    static Optional<String> reveal(Path folder) {
        String desktopProblem = null;
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(folder.toFile());
                return Optional.empty();
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            desktopProblem = e.getMessage(); // try the platform's opener command next, and name both if it fails too
        }
        List<String> command = opener(folder);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            // An opener that finds no file manager says so by its exit status, quickly; one that found it may stay.
            if (process.waitFor(3, java.util.concurrent.TimeUnit.SECONDS) && process.exitValue() != 0) {
                return Optional.of(command.get(0) + " could not open a file manager (exit status " + process.exitValue()
                        + "). The folder is " + folder);
            }
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty(); // the opener was started; whether it worked is no longer being watched
        } catch (IOException e) {
            return Optional.of("No file manager could be opened on this system (" + command.get(0) + " is not available"
                    + (desktopProblem == null ? "" : "; " + desktopProblem) + "). The folder is " + folder);
        }
    }

    private static List<String> opener(Path folder) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return List.of("explorer", folder.toString());
        }
        if (os.contains("mac")) {
            return List.of("open", folder.toString());
        }
        return List.of("xdg-open", folder.toString());
    }
}
