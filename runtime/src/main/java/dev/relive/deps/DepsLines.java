package dev.relive.deps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds {@code //DEPS} lines in a sketch's sources. As in JBang, a line that starts with {@code //DEPS} (leading
 * blanks allowed) declares one or more coordinates separated by blanks or commas; files are read in path order, so
 * the declared order is stable.
 */
public final class DepsLines {

    private static final String MARK = "//DEPS";

    private DepsLines() {
    }

    /** Every coordinate declared in {@code sources} (relative path to text), in file then line order. */
    public static List<DepsLine> scan(Map<String, String> sources) {
        List<DepsLine> found = new ArrayList<>();
        new java.util.TreeMap<>(sources).forEach((file, text) -> {
            if (!text.contains(MARK)) {
                return; // the common case: one quick search per file
            }
            String[] lines = text.split("\r?\n|\r", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.startsWith(MARK) && (line.length() == MARK.length() || Character.isWhitespace(line.charAt(MARK.length())))) {
                    String rest = line.substring(MARK.length()).strip();
                    if (rest.isEmpty()) {
                        found.add(new DepsLine(file, i + 1, "")); // named nothing: the resolver reports it as a bad coordinate
                    }
                    for (String coordinate : rest.split("[\\s,]+")) {
                        if (!coordinate.isEmpty()) {
                            found.add(new DepsLine(file, i + 1, coordinate));
                        }
                    }
                }
            }
        });
        return List.copyOf(found);
    }
}
