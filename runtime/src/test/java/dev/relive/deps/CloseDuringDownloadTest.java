package dev.relive.deps;

import dev.relive.event.EngineEvent;
import dev.relive.testing.LiveSketch;
import dev.relive.testing.LiveSketchTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Closing a sketch while one of its {@code //DEPS} jars is still downloading: the engine closes at once and cleanly
 * and gives the folder up; the download is cancelled, so its jar is not kept; and the resolver is shut down by the
 * worker that owns it, once the transfer has ended, never under it. A local server trickles the jar. (Maven
 * Resolver's HTTP transport reads a cancelled response to its end before it lets go, so the worker ends when the
 * server is done, not at once.)
 */
class CloseDuringDownloadTest extends LiveSketchTest {

    @TempDir
    Path repository;

    private ServerSocket server;

    @BeforeEach
    void serveATricklingJar() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepter = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Thread serving = new Thread(() -> serve(client), "trickle-server");
                    serving.setDaemon(true);
                    serving.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "trickle-accept");
        accepter.setDaemon(true);
        accepter.start();
        System.setProperty(DependencyResolver.LOCAL_REPOSITORY, repository.toString());
        System.setProperty(DependencyResolver.REMOTE_REPOSITORY, "http://127.0.0.1:" + server.getLocalPort() + "/maven2/");
    }

    @AfterEach
    void stopServing() throws IOException {
        System.clearProperty(DependencyResolver.LOCAL_REPOSITORY);
        System.clearProperty(DependencyResolver.REMOTE_REPOSITORY);
        server.close();
    }

    /** One HTTP/1.1 connection: a small pom, 404 for checksums, and a 400 KB jar sent 1 KB every 20 ms (8 s). */
    private void serve(Socket client) {
        try (client) {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = client.getOutputStream();
            while (true) {
                String request = in.readLine();
                if (request == null) {
                    return;
                }
                String line;
                while ((line = in.readLine()) != null && !line.isEmpty()) {
                    // headers are not needed
                }
                String path = request.split(" ")[1];
                if (path.endsWith("slow-1.0.pom")) {
                    byte[] pom = ("<project><modelVersion>4.0.0</modelVersion><groupId>test</groupId>"
                            + "<artifactId>slow</artifactId><version>1.0</version></project>").getBytes(StandardCharsets.UTF_8);
                    out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + pom.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(pom);
                    out.flush();
                } else if (path.endsWith("slow-1.0.jar")) {
                    out.write("HTTP/1.1 200 OK\r\nContent-Length: 409600\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    byte[] chunk = new byte[1024];
                    try {
                        for (int sent = 0; sent < 400; sent++) {
                            out.write(chunk);
                            out.flush();
                            Thread.sleep(20);
                        }
                    } catch (IOException dropped) {
                        return;
                    }
                } else {
                    out.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client went away between requests: nothing to serve
        }
    }

    @Test
    void closingMidDownloadCancelsItAndClosesCleanly() throws Exception {
        CompletableFuture<Thread> resolver = new CompletableFuture<>();
        live = LiveSketch.in(dir).write("Main.java", "//DEPS test:slow:1.0\n" + LiveSketch.counter("waiting"))
                .onEvent(e -> {
                    if (e instanceof EngineEvent.Resolving r && r.bytes() == 0 && r.total() == -1) {
                        resolver.complete(Thread.currentThread()); // announced by the thread that resolves: the compiler worker
                    }
                }).startThreaded();
        live.await(EngineEvent.Resolving.class, r -> r.artifact().equals("slow-1.0.jar") && r.bytes() > 0, 60);

        CompletableFuture<Void> closing = CompletableFuture.runAsync(live::close);
        // Generous: this guards against a close that never returns, it does not time one.
        assertDoesNotThrow(() -> closing.get(60, TimeUnit.SECONDS), "closing the engine mid-download");
        live = null;
        Thread worker = resolver.get(1, TimeUnit.SECONDS);
        worker.join(60_000);
        assertFalse(worker.isAlive(), "the worker ended once the transfer did");
        assertFalse(Files.exists(repository.resolve("test/slow/1.0/slow-1.0.jar")), "the cancelled download's jar was not kept");

        // The folder was given up: another engine opens it (a second owner would be refused).
        Files.writeString(dir.resolve("Main.java"), LiveSketch.counter("again"));
        live = LiveSketch.in(dir).start();
        live.step(1);
        assertTrue(live.lastOutput().equals("again 1"), live.events().toString());
    }
}
