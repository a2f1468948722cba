package dev.relive.export;

import dev.relive.compile.CompileResult;
import dev.relive.compile.Diagnostic;
import dev.relive.compile.SketchCompiler;
import dev.relive.compile.SourceReader;
import dev.relive.compile.SourceSet;
import dev.relive.export.launch.Launcher;
import dev.relive.failure.SketchFailure;
import dev.relive.files.AtomicFiles;
import dev.relive.load.LibraryLoaders;
import dev.relive.load.LoadedGeneration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * Writes a runnable jar of a sketch folder's current sources. The classes come from the real
 * {@link SketchCompiler}, unwoven; the entry point is found by the engine's own rule
 * ({@link LoadedGeneration#load}), so the jar runs what the IDE would run. Stateless; one call per export.
 */
public final class SketchExporter {

    /** The Relive packages the jar carries; nothing else of the engine goes in. */
    static final List<String> CARRIED_PACKAGES = List.of("dev/relive/api/", "dev/relive/draw/", "dev/relive/export/launch/");

    private SketchExporter() {
    }

    /** What was written: the jar, its entry class and whether it runs as a loop or a script. */
    public record Exported(Path jar, String entry, LoadedGeneration.Mode mode) {
    }

    /**
     * Compiles {@code folder} and writes its runnable jar to {@code jar}, replacing it atomically.
     *
     * @throws ExportException with a message for the user when the folder is missing or empty, the sketch does not
     *                         compile (each error with file and line), has no entry point, or the jar cannot be written
     */
    public static Exported export(Path folder, Path jar) throws ExportException {
        if (!Files.isDirectory(folder)) {
            throw new ExportException("no such sketch folder: " + folder);
        }
        SourceSet sources = SourceReader.read(folder);
        if (sources.isEmpty()) {
            throw new ExportException("no .java files in " + folder + ": nothing to export");
        }
        CompileResult compiled;
        try (SketchCompiler compiler = new SketchCompiler()) {
            compiled = compiler.compile(sources, SourceSet.EMPTY, CompileResult.NONE);
        }
        if (!compiled.ok()) {
            throw new ExportException("the sketch does not compile, so there is nothing to export:\n  "
                    + compiled.errors().stream().map(Diagnostic::toString).collect(Collectors.joining("\n  ")));
        }
        String entry;
        LoadedGeneration.Mode mode;
        try (LibraryLoaders libraries = new LibraryLoaders()) {
            LoadedGeneration loaded = LoadedGeneration.load(0, compiled.classes(), libraries.parentFor(sources.libs().keySet()));
            entry = loaded.entry().getName();
            mode = loaded.mode();
        } catch (SketchFailure e) {
            throw new ExportException("cannot export: " + e.getMessage());
        }
        try {
            Files.createDirectories(jar.toAbsolutePath().getParent());
            AtomicFiles.write(jar, jarBytes(compiled.classes(), sources.libs().keySet(), entry, mode));
        } catch (IOException e) {
            throw new ExportException("cannot write " + jar + ": " + e.getMessage());
        }
        return new Exported(jar, entry, mode);
    }

    private static byte[] jarBytes(Map<String, byte[]> classes, Set<Path> libs, String entry, LoadedGeneration.Mode mode)
            throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Launcher.class.getName());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Set<String> written = new HashSet<>();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            written.add("META-INF/MANIFEST.MF");
            put(out, written, Launcher.DESCRIPTOR, ("entry=" + entry + "\nmode=" + (mode == LoadedGeneration.Mode.LOOP ? "loop" : "script") + "\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            for (Map.Entry<String, byte[]> c : new TreeMap<>(classes).entrySet()) {
                put(out, written, c.getKey().replace('.', '/') + ".class", c.getValue());
            }
            for (Map.Entry<String, byte[]> c : RuntimeClasses.read(CARRIED_PACKAGES).entrySet()) {
                put(out, written, c.getKey(), c.getValue());
            }
            for (Path lib : new TreeSet<>(libs)) {
                copyJar(out, written, lib);
            }
        }
        return bytes.toByteArray();
    }

    /** Copies the entries of {@code lib}, except its manifest and signatures (they would not match the new jar). */
    private static void copyJar(JarOutputStream out, Set<String> written, Path lib) throws IOException {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(lib))) {
            JarEntry e;
            while ((e = in.getNextJarEntry()) != null) {
                String name = e.getName();
                String upper = name.toUpperCase(java.util.Locale.ROOT);
                boolean signature = upper.startsWith("META-INF/") && (upper.endsWith(".SF") || upper.endsWith(".RSA")
                        || upper.endsWith(".DSA") || upper.endsWith(".EC") || upper.equals("META-INF/MANIFEST.MF"));
                if (e.isDirectory() || signature || name.startsWith("dev/relive/") || written.contains(name)) {
                    continue; // first copy wins, as on a class path; Relive's own classes come only from the runtime
                }
                put(out, written, name, in.readAllBytes());
            }
        }
    }

    private static void put(JarOutputStream out, Set<String> written, String name, byte[] content) throws IOException {
        written.add(name);
        out.putNextEntry(new JarEntry(name));
        out.write(content);
        out.closeEntry();
    }
}
