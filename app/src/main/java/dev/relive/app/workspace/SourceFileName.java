package dev.relive.app.workspace;

import javax.lang.model.SourceVersion;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A valid name for a new source file in a sketch, such as {@code Ball.java} or {@code shapes/Ball.java}: every
 * folder is a package name part and the file is a class name, so the new file compiles as soon as it is saved.
 *
 * @param path the path relative to the sketch folder, written with {@code /}, ending in {@code .java}
 */
public record SourceFileName(String path) {

    private static final int MAX_LENGTH = 200;

    /**
     * Reads what a person typed: {@code Ball}, {@code Ball.java} or {@code shapes/Ball}.
     *
     * @throws IllegalArgumentException with a message saying what is wrong and how to fix it
     */
    public static SourceFileName parse(String input) {
        String typed = input == null ? "" : input.strip().replace('\\', '/');
        if (typed.isEmpty()) {
            throw new IllegalArgumentException("Type a class name, such as Ball or shapes/Ball.");
        }
        if (typed.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("That name is too long; keep it under " + MAX_LENGTH + " characters.");
        }
        if (typed.startsWith("/") || typed.matches("^[A-Za-z]:.*")) {
            throw new IllegalArgumentException("Give a name inside the sketch, not an absolute path.");
        }
        String bare = typed.endsWith(".java") ? typed.substring(0, typed.length() - ".java".length()) : typed;
        List<String> parts = Arrays.asList(bare.split("/", -1));
        for (String part : parts) {
            if (part.equals("..") || part.equals(".")) {
                throw new IllegalArgumentException("The file must stay inside the sketch folder; remove \"" + part + "\".");
            }
            if (part.isEmpty()) {
                throw new IllegalArgumentException("\"" + typed + "\" has an empty folder or class name.");
            }
            if (SourceVersion.isKeyword(part)) {
                throw new IllegalArgumentException("\"" + part + "\" is a Java keyword and cannot name a class or package.");
            }
            if (!SourceVersion.isIdentifier(part)) {
                throw new IllegalArgumentException("\"" + part + "\" is not a valid Java name: use letters, digits, _ or $, "
                        + "not starting with a digit.");
            }
        }
        return new SourceFileName(bare + ".java");
    }

    /** What is wrong with {@code input}, or empty when it is a valid name. */
    public static Optional<String> problem(String input) {
        try {
            parse(input);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The class name, such as {@code Ball}. */
    public String className() {
        String file = path.substring(path.lastIndexOf('/') + 1);
        return file.substring(0, file.length() - ".java".length());
    }

    /** The package name, such as {@code shapes}, or the empty string for the sketch's root folder. */
    public String packageName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash).replace('/', '.');
    }

    /** The starting text of the new file: its package, if any, and an empty class. */
    public String template() {
        return packageLine() + "public class " + className() + " {\n}\n";
    }

    /**
     * The starting text of a new file that is the sketch's entry point: a class implementing {@code Sketch} with an
     * empty {@code step()}, so the sketch runs as soon as the file is saved.
     */
    public String sketchTemplate() {
        return packageLine() + """
                import dev.relive.api.Sketch;

                public class %s implements Sketch {

                    @Override
                    public void step() {
                    }
                }
                """.formatted(className());
    }

    private String packageLine() {
        return packageName().isEmpty() ? "" : "package " + packageName() + ";\n\n";
    }

    /**
     * {@code text}, the source of a file being renamed from class {@code from} to class {@code to}, with every
     * whole-word {@code from} written as {@code to}: the declaration, its constructors and the class's uses of
     * itself. Uses in other files are not changed.
     */
    public static String renameClass(String text, String from, String to) {
        return text.replaceAll("(?<![\\w$])" + java.util.regex.Pattern.quote(from) + "(?![\\w$])",
                java.util.regex.Matcher.quoteReplacement(to));
    }
}
