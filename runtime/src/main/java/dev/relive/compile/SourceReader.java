package dev.relive.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a sketch folder into a {@link SourceSet}: every {@code .java} file below it and every jar in
 * {@code lib/}. Hidden folders (such as {@code .relive/}) and build folders are skipped.
 */
public final class SourceReader {

    private SourceReader() {
    }

    /** Whether a path relative to the sketch folder is something the engine compiles or loads. */
    public static boolean isSketchFile(Path relative) {
        String name = relative.getFileName().toString();
        if (!isVisible(relative)) {
            return false;
        }
        if (name.endsWith(".java")) {
            return true;
        }
        return name.endsWith(".jar") && relative.getNameCount() == 2 && relative.getName(0).toString().equals("lib");
    }

    /** Reads everything the engine needs from {@code root}; a file that vanishes mid-read is simply left out. */
    public static SourceSet read(Path root) {
        Map<String, String> sources = new HashMap<>();
        Map<String, Diagnostic> unreadable = new HashMap<>();
        Map<Path, Long> libs = new HashMap<>();
        List<Path> files = list(root);
        for (Path file : files) {
            readInto(root, file, sources, unreadable, libs);
        }
        return new SourceSet(sources, unreadable, libs);
    }

    /**
     * {@code before} with only {@code paths} (absolute, under {@code root}) read again: a changed source is reread,
     * a vanished or emptied one removed, and a changed folder walked (or its files removed if it is gone). Hidden
     * paths and files that are not sources are ignored, so thousands of unrelated files cost nothing.
     */
    public static SourceSet update(SourceSet before, Path root, java.util.Collection<Path> paths) {
        Map<String, String> sources = new HashMap<>(before.sources());
        Map<String, Diagnostic> unreadable = new HashMap<>(before.unreadable());
        Map<Path, Long> libs = new HashMap<>(before.libs());
        for (Path path : paths) {
            if (!path.startsWith(root) || path.equals(root) || !isVisible(root.relativize(path))) {
                continue;
            }
            String rel = relative(root, path);
            if (Files.isDirectory(path)) {
                for (Path file : list(path)) {
                    readInto(root, file, sources, unreadable, libs);
                }
            } else if (!Files.exists(path)) {
                String prefix = rel + "/";
                sources.keySet().removeIf(f -> f.equals(rel) || f.startsWith(prefix));
                unreadable.keySet().removeIf(f -> f.equals(rel) || f.startsWith(prefix));
                libs.keySet().removeIf(p -> p.startsWith(path));
            } else if (isSketchFile(root.relativize(path))) {
                sources.remove(rel);
                unreadable.remove(rel);
                libs.remove(path);
                readInto(root, path, sources, unreadable, libs);
            }
        }
        return new SourceSet(sources, unreadable, libs);
    }

    /**
     * Whether a path relative to the sketch folder is one Relive looks at: not inside a hidden folder (such as
     * {@code .relive/} or an editor's temp files) and not inside a build folder.
     */
    public static boolean isVisible(Path relative) {
        for (Path part : relative) {
            String p = part.toString();
            if (p.startsWith(".") || p.equals("target") || p.equals("build") || p.equals("out")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sketch files under {@code root}. Hidden and build folders are not entered at all (so {@code .relive/}
     * and thousands of unrelated files there cost nothing), and files that vanish during the walk are skipped.
     */
    private static List<Path> list(Path root) {
        List<Path> files = new java.util.ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean skip = !dir.equals(root) && (name.startsWith(".") || name.equals("target")
                            || name.equals("build") || name.equals("out"));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    // A zero-byte source is an editor mid-save (truncate, then write): it is not there until it has content.
                    if (attrs.isRegularFile() && attrs.size() > 0 && isSketchFile(root.relativize(file))) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // vanished or unreadable while listing: the next change brings the truth
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list sketch folder " + root, e);
        }
        return files;
    }

    private static void readInto(Path root, Path file, Map<String, String> sources, Map<String, Diagnostic> unreadable,
                                 Map<Path, Long> libs) {
        String rel = relative(root, file);
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                return; // an editor mid-save (truncate, then write): not there until it has content
            }
            if (rel.endsWith(".jar")) {
                libs.put(file, fingerprint(bytes));
            } else {
                decode(rel, bytes, sources, unreadable);
            }
        } catch (NoSuchFileException gone) {
            // Deleted between listing and reading: the next change event brings the new picture.
        } catch (IOException e) {
            unreadable.put(rel, Diagnostic.fileError(rel, 0, "cannot read file: " + e.getMessage()));
        }
    }

    /** The path of {@code file} relative to {@code root}, written with {@code /}. */
    public static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    private static void decode(String rel, byte[] bytes, Map<String, String> sources, Map<String, Diagnostic> unreadable) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (result.isError()) {
            unreadable.put(rel, Diagnostic.fileError(rel, lineOf(bytes, in.position()),
                    "file is not valid UTF-8; save it as UTF-8"));
            return;
        }
        String text = out.flip().toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            unreadable.put(rel, Diagnostic.fileError(rel, lineOf(text, nul),
                    "file contains binary data (NUL bytes); is this really Java source?"));
        } else {
            sources.put(rel, text);
        }
    }

    private static long lineOf(String text, int index) {
        return text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    private static long lineOf(byte[] bytes, int index) {
        long line = 1;
        for (int i = 0; i < Math.min(index, bytes.length); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static long fingerprint(byte[] bytes) {
        return java.util.Arrays.hashCode(bytes) * 31L + bytes.length;
    }

}
