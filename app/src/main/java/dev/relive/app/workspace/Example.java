package dev.relive.app.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One bundled example sketch, as the Examples menu lists it.
 *
 * @param name its folder's name, which is also the name of the user's copy
 * @param hint the first comment line of its {@code Main.java}, which says what it is; empty if it has none
 */
public record Example(String name, String hint) {

    public Example {
        Objects.requireNonNull(name, "Name must not be null");
        Objects.requireNonNull(hint, "Hint must not be null");
    }

    /** The example in {@code folder}, its hint read from {@code Main.java} if there is one. */
    static Example in(Path folder) throws IOException {
        Path main = folder.resolve("Main.java");
        String hint = Files.isRegularFile(main) ? hintOf(Files.readString(main, StandardCharsets.UTF_8)) : "";
        return new Example(folder.getFileName().toString(), hint);
    }

    /** The text of the first {@code //} comment line in {@code source}, or the empty string. */
    static String hintOf(String source) {
        return source.lines()
                .map(String::strip)
                .filter(line -> line.startsWith("//"))
                .map(line -> line.substring(2).strip())
                .filter(text -> !text.isEmpty())
                .findFirst()
                .orElse("");
    }
}
