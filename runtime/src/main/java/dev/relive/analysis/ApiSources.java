package dev.relive.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The {@code dev.relive.api} sources, copied into the runtime at build time (see the runtime pom) under
 * {@value #FOLDER}, read once from wherever the runtime was loaded (a folder or a jar). The analysis compiles
 * against them, so hover shows the API's javadoc without any separate index.
 */
final class ApiSources {

    static final String FOLDER = "dev/relive/analysis/api-sources/";
    private static volatile Map<String, SourceText> cache;

    private ApiSources() {
    }

    /** Qualified name to source, e.g. {@code dev.relive.api.Canvas}. */
    static Map<String, SourceText> all() {
        Map<String, SourceText> result = cache;
        if (result == null) {
            result = Map.copyOf(read());
            cache = result;
        }
        return result;
    }

    private static Map<String, SourceText> read() {
        try {
            Path location = Path.of(ApiSources.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return readUnder(location.resolve(FOLDER));
            }
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                return readUnder(jar.getPath("/" + FOLDER));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sketch API sources bundled with the runtime", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the sketch API sources bundled with the runtime", e);
        }
    }

    private static Map<String, SourceText> readUnder(Path folder) throws IOException {
        Map<String, SourceText> out = new HashMap<>();
        if (!Files.isDirectory(folder)) {
            throw new IOException("the runtime was built without " + FOLDER + " (see the runtime pom's resources)");
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String path = folder.relativize(file).toString().replace('\\', '/');
                if (path.endsWith("package-info.java")) {
                    continue;
                }
                String name = path.substring(0, path.length() - ".java".length()).replace('/', '.');
                out.put(name, new SourceText(path, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }
}
