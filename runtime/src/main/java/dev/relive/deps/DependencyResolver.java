package dev.relive.deps;

import dev.relive.compile.Diagnostic;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.RepositoryPolicy;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.transfer.AbstractTransferListener;
import org.eclipse.aether.transfer.ArtifactNotFoundException;
import org.eclipse.aether.transfer.TransferCancelledException;
import org.eclipse.aether.transfer.TransferEvent;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Resolves {@code //DEPS} coordinates transitively (compile and runtime scopes, as Maven builds a class path) with
 * Maven Resolver, wired as Maven 3 wires it, into a local repository shared with Maven. Each line is resolved on its
 * own so a failure names its line; when two lines bring the same artifact, the first line's version wins. A jar
 * already in the local repository is used without the network, so resolved sketches work offline.
 *
 * <p>Not thread-safe: each sketch's compiler worker (or one caller) owns one.
 */
public final class DependencyResolver implements AutoCloseable {

    /** System property naming the local repository; {@code ~/.m2/repository} (Maven's) when unset. */
    public static final String LOCAL_REPOSITORY = "relive.m2.repository";
    /** System property naming the remote repository's URL; Maven Central when unset. */
    public static final String REMOTE_REPOSITORY = "relive.m2.remote";
    static final String CENTRAL = "https://repo.maven.apache.org/maven2/";

    /** Told about each download as it goes. */
    @FunctionalInterface
    public interface Progress {
        /** {@code bytes} of {@code artifact} (a file name) are in; {@code total} is -1 when the server did not say. */
        void transferring(String artifact, long bytes, long total);

        /** Hears nothing. */
        Progress NONE = (artifact, bytes, total) -> { };
    }

    private final Path localRepository;
    private final RemoteRepository remote;
    private final boolean offline;
    private RepositorySystem system;

    /**
     * A resolver into {@code localRepository} from the Maven repository at {@code remoteUrl}; an {@code offline} one
     * uses what the local repository already has and never the network.
     */
    public DependencyResolver(Path localRepository, String remoteUrl, boolean offline) {
        this.localRepository = localRepository.toAbsolutePath().normalize();
        this.remote = new RemoteRepository.Builder("central", "default", remoteUrl).build();
        this.offline = offline;
    }

    /** A resolver with the settings from the system properties, else Maven's local repository and Maven Central. */
    public static DependencyResolver fromSettings() {
        return new DependencyResolver(localRepositoryFromSettings(), System.getProperty(REMOTE_REPOSITORY, CENTRAL), false);
    }

    /**
     * Like {@link #fromSettings()}, but offline: for the editor's analysis, which sees the jars the engine resolved and
     * never downloads anything itself.
     */
    public static DependencyResolver offlineFromSettings() {
        return new DependencyResolver(localRepositoryFromSettings(), System.getProperty(REMOTE_REPOSITORY, CENTRAL), true);
    }

    /** The local repository the settings name: {@value #LOCAL_REPOSITORY}, else {@code ~/.m2/repository}. */
    public static Path localRepositoryFromSettings() {
        String set = System.getProperty(LOCAL_REPOSITORY);
        return set != null && !set.isBlank() ? Path.of(set)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /** The local repository jars are resolved into. */
    public Path localRepository() {
        return localRepository;
    }

    /** Resolves {@code lines}, telling {@code progress} about downloads. */
    public Resolution resolve(List<DepsLine> lines, Progress progress) {
        return resolve(lines, progress, () -> false);
    }

    /**
     * Resolves {@code lines} like {@link #resolve(List, Progress)}, giving up once {@code cancelled} says so: a download
     * in progress is cancelled at its next chunk (the HTTP read itself cannot be interrupted), and the lines not
     * resolved by then fail.
     */
    public Resolution resolve(List<DepsLine> lines, Progress progress, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        Map<String, Path> byKey = new LinkedHashMap<>();
        List<Diagnostic> errors = new ArrayList<>();
        try {
            resolve(lines, progress, cancelled, byKey, errors);
        } catch (RuntimeException | LinkageError broken) {
            // The resolver itself failed (not a line): every line says so, and the live generation keeps running.
            errors.clear();
            lines.forEach(line -> errors.add(error(line, "cannot resolve " + line.coordinate() + ": Maven Resolver failed: " + broken)));
        }
        Map<Path, Long> jars = new LinkedHashMap<>();
        if (errors.isEmpty()) {
            byKey.values().forEach(jar -> jars.put(jar, fingerprint(jar)));
        }
        return new Resolution(lines, jars, errors, (System.nanoTime() - start) / 1e6);
    }

    private void resolve(List<DepsLine> lines, Progress progress, BooleanSupplier cancelled, Map<String, Path> byKey,
                         List<Diagnostic> errors) {
        try (RepositorySystemSession.CloseableSession session = session(progress, cancelled)) {
            for (DepsLine line : lines) {
                if (cancelled.getAsBoolean()) {
                    errors.add(error(line, "cannot resolve " + line.coordinate() + ": " + CANCELLED));
                    continue;
                }
                Artifact artifact;
                try {
                    artifact = new DefaultArtifact(line.coordinate());
                } catch (IllegalArgumentException bad) {
                    errors.add(error(line, "bad //DEPS coordinate '" + line.coordinate()
                            + "': write group:artifact:version, as in //DEPS org.apache.commons:commons-math3:3.6.1"));
                    continue;
                }
                try {
                    CollectRequest collect = new CollectRequest(new Dependency(artifact, JavaScopes.RUNTIME), List.of(remote));
                    DependencyRequest request = new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
                    for (ArtifactResult result : system().resolveDependencies(session, request).getArtifactResults()) {
                        Artifact got = result.getArtifact();
                        if (got != null && got.getPath() != null && "jar".equals(got.getExtension())) {
                            byKey.putIfAbsent(got.getGroupId() + ":" + got.getArtifactId() + ":" + got.getClassifier(), got.getPath());
                        }
                    }
                } catch (DependencyResolutionException | IllegalArgumentException | IllegalStateException e) {
                    // A failure of this line becomes its error: the sketch's last good generation keeps running.
                    errors.add(error(line, explain(line.coordinate(), e)));
                }
            }
        }
    }

    /** Why a resolution given up on fails its lines. */
    private static final String CANCELLED = "resolution was cancelled (the sketch was closed)";

    private RepositorySystemSession.CloseableSession session(Progress progress, BooleanSupplier cancelled) {
        return new SessionBuilderSupplier(system()).get()
                .withLocalRepositoryBaseDirectories(localRepository)
                .setTransferListener(new AbstractTransferListener() {
                    @Override
                    public void transferInitiated(TransferEvent event) throws TransferCancelledException {
                        tell(event);
                    }

                    @Override
                    public void transferProgressed(TransferEvent event) throws TransferCancelledException {
                        tell(event);
                    }

                    @Override
                    public void transferSucceeded(TransferEvent event) {
                        progress(event);
                    }

                    /** Throwing here is how Maven Resolver lets a listener cancel a transfer. */
                    private void tell(TransferEvent event) throws TransferCancelledException {
                        if (cancelled.getAsBoolean()) {
                            throw new TransferCancelledException(CANCELLED);
                        }
                        progress(event);
                    }

                    private void progress(TransferEvent event) {
                        String name = event.getResource().getResourceName();
                        progress.transferring(name.substring(name.lastIndexOf('/') + 1), event.getTransferredBytes(),
                                event.getResource().getContentLength());
                    }
                })
                // A missing artifact is asked for again at the next save, not a day later, once the person fixed the
                // line or the network; a jar already in the local repository is never fetched again.
                .setUpdatePolicy(RepositoryPolicy.UPDATE_POLICY_ALWAYS)
                .setConfigProperty("aether.transport.http.connectTimeout", 10_000)
                .setConfigProperty("aether.transport.http.requestTimeout", 60_000)
                .setConfigProperty("aether.transport.http.retryHandler.count", 0)
                .setOffline(offline)
                .setSystemProperties(System.getProperties())
                .build();
    }

    private RepositorySystem system() {
        if (system == null) {
            system = new RepositorySystemSupplier().get();
        }
        return system;
    }

    /** The clearest single sentence for why {@code coordinate} did not resolve. */
    static String explain(String coordinate, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransferCancelledException) {
                return "cannot resolve " + coordinate + ": " + CANCELLED;
            }
            if (t instanceof ArtifactNotFoundException missing) {
                return "cannot resolve " + coordinate + ": " + missing.getArtifact() + " is not in " + missing.getRepository().getUrl()
                        + " (check the group, artifact and version)";
            }
            if (t instanceof java.net.UnknownHostException || t instanceof java.net.ConnectException
                    || t instanceof java.net.SocketTimeoutException || t instanceof java.net.NoRouteToHostException) {
                return "cannot resolve " + coordinate + ": the repository cannot be reached (" + t.getClass().getSimpleName()
                        + ": " + t.getMessage() + ") and the local repository has not got it yet; connect and save again";
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "cannot resolve " + coordinate + ": " + root.getMessage();
    }

    private static Diagnostic error(DepsLine line, String message) {
        return Diagnostic.fileError(line.file(), line.line(), message);
    }

    private static long fingerprint(Path jar) {
        try {
            return Files.size(jar) * 31 + Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException e) {
            return -1; // unreadable now: the class path names it anyway, and the compile or load says what is wrong
        }
    }

    @Override
    public void close() {
        if (system != null) {
            system.shutdown();
            system = null;
        }
    }
}
