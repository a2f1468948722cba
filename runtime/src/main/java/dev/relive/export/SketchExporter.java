package dev.relive.export;

import dev.relive.compile.CompileResult;
import dev.relive.compile.Diagnostic;
import dev.relive.compile.SketchCompiler;
import dev.relive.compile.SourceReader;
import dev.relive.compile.SourceSet;
import dev.relive.deps.DependencyResolver;
import dev.relive.deps.Resolution;
import dev.relive.deps.SketchDependencies;
import dev.relive.history.Generation;
import dev.relive.history.GenerationStatus;
import dev.relive.history.HistoryNotices;
import dev.relive.history.HistoryStore;
import dev.relive.history.StoredHistory;
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
 * Writes a runnable jar of a sketch: the live generation's code, its {@code lib/} jars and the jars of its
 * {@code //DEPS} lines. The classes come from the real {@link SketchCompiler}, unwoven; the entry point is found by
 * the engine's own rule ({@link LoadedGeneration#load}), so the jar runs what the IDE would run. The IDE passes the
 * generation it runs; from a folder alone, the saved sources are exported when they compile, and otherwise the live
 * generation the folder's history names (the last good code), so a broken save never stops an export.
 * Stateless; one call per export.
 */
public final class SketchExporter {

    /** The Relive packages the jar carries; nothing else of the engine goes in. */
    static final List<String> CARRIED_PACKAGES = List.of("dev/relive/api/", "dev/relive/draw/", "dev/relive/export/launch/");

    private SketchExporter() {
    }

    /**
     * What was written: the jar, its entry class, whether it runs as a loop or a script, and which code it holds:
     * {@code generation} is the generation exported, or 0 for the saved sources; {@code note} says why the saved
     * sources were not taken, or is empty.
     */
    public record Exported(Path jar, String entry, LoadedGeneration.Mode mode, int generation, String note) {
    }

    /**
     * Writes the runnable jar of the sketch in {@code folder} to {@code jar}, replacing it atomically: its saved
     * sources when they compile, else the live generation its history names.
     *
     * @throws ExportException with a message for the user when the folder is missing or empty, neither the saved
     *                         sources nor any stored generation compiles (each error with file and line), there is no
     *                         entry point, or the jar cannot be written
     */
    public static Exported export(Path folder, Path jar) throws ExportException {
        if (!Files.isDirectory(folder)) {
            throw new ExportException("no such sketch folder: " + folder);
        }
        SourceSet saved = SourceReader.read(folder);
        if (saved.isEmpty()) {
            throw new ExportException("no .java files in " + folder + ": nothing to export");
        }
        List<Diagnostic> errors;
        try (SketchDependencies dependencies = new SketchDependencies(folder.toAbsolutePath().normalize(), DependencyResolver.fromSettings(), 0)) {
            Resolution resolution = dependencies.resolve(saved, event -> { });
            SourceSet sources = dependencies.attach(saved, resolution);
            CompileResult compiled = resolution.ok() ? compile(sources) : null;
            if (compiled != null && compiled.ok()) {
                return write(sources, compiled, jar, 0, "");
            }
            errors = compiled == null ? resolution.errors() : compiled.errors();
        }
        String why = "the saved sources do not compile (" + errors.get(0) + (errors.size() > 1 ? ", and " + (errors.size() - 1) + " more" : "") + ")";
        Generation live = liveGeneration(folder).orElseThrow(() -> new ExportException("the sketch does not compile, and no"
                + " generation of it ever ran, so there is nothing to export:\n  "
                + errors.stream().map(Diagnostic::toString).collect(Collectors.joining("\n  "))));
        Exported exported = exportGeneration(folder, live.sources(), live.number(), jar);
        return new Exported(exported.jar(), exported.entry(), exported.mode(), exported.generation(),
                why + "; exported the live generation " + live.number() + " instead");
    }

    /**
     * Writes the runnable jar of generation {@code number} of the sketch in {@code folder}, whose sources are
     * {@code sources}, to {@code jar}: the IDE's export of the generation it runs. Its {@code //DEPS} lines and the
     * folder's {@code lib/} jars give the jars it carries.
     */
    public static Exported exportGeneration(Path folder, SourceSet sources, int number, Path jar) throws ExportException {
        Path root = folder.toAbsolutePath().normalize();
        try (SketchDependencies dependencies = new SketchDependencies(root, DependencyResolver.fromSettings(), 0)) {
            SourceSet own = new SourceSet(sources.sources(), sources.unreadable(),
                    Files.isDirectory(root) ? SourceReader.read(root).libs() : java.util.Map.of());
            Resolution resolution = dependencies.resolve(own, event -> { });
            if (!resolution.ok()) {
                throw new ExportException("cannot export generation " + number + ": its dependencies do not resolve:\n  "
                        + resolution.errors().stream().map(Diagnostic::toString).collect(Collectors.joining("\n  ")));
            }
            SourceSet withJars = dependencies.attach(own, resolution);
            CompileResult compiled = compile(withJars);
            if (!compiled.ok()) {
                throw new ExportException("generation " + number + " does not compile, so there is nothing to export:\n  "
                        + compiled.errors().stream().map(Diagnostic::toString).collect(Collectors.joining("\n  ")));
            }
            return write(withJars, compiled, jar, number, "");
        }
    }

    /** The generation the folder's history says is live, or its newest that went live, if the folder has a history. */
    private static java.util.Optional<Generation> liveGeneration(Path folder) {
        StoredHistory stored;
        try (HistoryStore store = new HistoryStore(folder.toAbsolutePath().normalize(), HistoryNotices.to(text -> { }))) {
            stored = store.loadReadOnly(); // a live engine may be writing here; a damaged entry is skipped: an older good generation still serves
        }
        java.util.function.Predicate<Generation> ran = g -> g.status() == GenerationStatus.OK || g.status() == GenerationStatus.PENDING;
        return stored.generations().stream().filter(g -> g.number() == stored.live() && ran.test(g)).findFirst()
                .or(() -> stored.generations().stream().filter(g -> g.status() == GenerationStatus.OK)
                        .max(java.util.Comparator.comparingInt(Generation::number)));
    }

    private static CompileResult compile(SourceSet sources) {
        try (SketchCompiler compiler = new SketchCompiler()) {
            return compiler.compile(sources, SourceSet.EMPTY, CompileResult.NONE);
        }
    }

    private static Exported write(SourceSet sources, CompileResult compiled, Path jar, int number, String note) throws ExportException {
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
        return new Exported(jar, entry, mode, number, note);
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
