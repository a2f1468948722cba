package dev.relive.app.workspace;

import dev.relive.files.AtomicFiles;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The IDE's settings that outlive a launch (theme, window bounds, console options, step rate), kept as
 * {@code settings.properties} in the Relive home. Every change is written at once, atomically (a temporary file,
 * then a move), so a crash leaves either the old file or the new one. A file that cannot be read or parsed gives the
 * defaults, with the reason kept in {@link #problem()}; nothing is thrown at the window. FX thread only.
 */
public final class Settings {

    /** The file's name in the Relive home. */
    public static final String FILE = "settings.properties";

    private final Path file;
    private final Properties values = new Properties();
    private String problem = "";

    private Settings(Path file) {
        this.file = file;
    }

    /** The settings stored in {@code home}, or the defaults if there are none yet. */
    public static Settings in(Path home) {
        Settings settings = new Settings(Objects.requireNonNull(home, "Home must not be null").resolve(FILE));
        if (Files.exists(settings.file)) {
            try {
                settings.values.load(new StringReader(Files.readString(settings.file)));
            } catch (IOException | IllegalArgumentException e) {
                settings.problem = "Cannot read the settings in " + settings.file + " (" + e.getMessage()
                        + "); using the defaults";
            }
        }
        return settings;
    }

    /** Why the stored settings could not be read, or the empty string. */
    public String problem() {
        return problem;
    }

    /** The text stored under {@code key}, if any. */
    public Optional<String> text(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    /** The flag stored under {@code key}, or {@code otherwise}. */
    public boolean flag(String key, boolean otherwise) {
        return text(key).map(Boolean::parseBoolean).orElse(otherwise);
    }

    /** The number stored under {@code key}, if it is one. */
    public Optional<Double> number(String key) {
        try {
            return text(key).map(Double::parseDouble);
        } catch (NumberFormatException e) {
            return Optional.empty(); // a hand-edited value that is not a number: the default is meant then
        }
    }

    /** Stores {@code value} under {@code key} and writes the file. */
    public void put(String key, Object value) {
        String text = String.valueOf(value);
        if (text.equals(values.getProperty(key))) {
            return;
        }
        values.setProperty(key, text);
        write();
    }

    private void write() {
        StringWriter out = new StringWriter();
        try {
            values.store(out, "Relive settings");
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, out.toString());
        } catch (IOException e) {
            problem = "Cannot save the settings to " + file + ": " + FileProblem.describe(e);
        }
    }
}
