package dev.relive.analysis;

import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import java.net.URI;

/** A source file javac reads from memory, named by its path relative to the sketch (or the API bundle). */
final class SourceText extends SimpleJavaFileObject {

    private final String path;
    private final String text;

    SourceText(String path, String text) {
        super(URI.create("relive-analysis:///" + path.replace(" ", "%20")), JavaFileObject.Kind.SOURCE);
        this.path = path;
        this.text = text;
    }

    /** The relative path, as diagnostics and locations name the file. */
    @Override
    public String getName() {
        return path;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
    }

    /** The text. */
    String text() {
        return text;
    }
}
