package dev.relive.analysis;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Adding an import to a file's text: after the last import, else after the package line, else at the top. */
final class Imports {

    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(static\\s+)?([\\w.$]+(?:\\.\\*)?)\\s*;[^\\n]*\\n?");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;[^\\n]*\\n?");

    private Imports() {
    }

    /** Whether {@code text} already sees {@code qualifiedName} by its simple name without a new import. */
    static boolean imports(String text, String qualifiedName) {
        String pkg = qualifiedName.substring(0, Math.max(0, qualifiedName.lastIndexOf('.')));
        if (pkg.equals("java.lang")) {
            return true;
        }
        Matcher m = IMPORT.matcher(text);
        while (m.find()) {
            if (m.group(1) == null && (m.group(2).equals(qualifiedName) || m.group(2).equals(pkg + ".*"))) {
                return true;
            }
        }
        Matcher p = PACKAGE.matcher(text);
        return p.find() ? p.group(1).equals(pkg) : pkg.isEmpty();
    }

    /** The edit adding {@code import qualifiedName;} to {@code text}, or empty if the name is visible already. */
    static Optional<TextEdit> edit(String file, String text, String qualifiedName) {
        if (qualifiedName.isEmpty() || imports(text, qualifiedName)) {
            return Optional.empty();
        }
        String line = "import " + qualifiedName + ";\n";
        int at = -1;
        Matcher m = IMPORT.matcher(text);
        while (m.find()) {
            at = m.end();
        }
        if (at < 0) {
            Matcher p = PACKAGE.matcher(text);
            if (p.find()) {
                return Optional.of(new TextEdit(file, p.end(), p.end(), "\n" + line));
            }
            return Optional.of(new TextEdit(file, 0, 0, line + "\n"));
        }
        if (at > 0 && text.charAt(at - 1) != '\n') {
            line = "\n" + line.substring(0, line.length() - 1);
        }
        return Optional.of(new TextEdit(file, at, at, line));
    }
}
