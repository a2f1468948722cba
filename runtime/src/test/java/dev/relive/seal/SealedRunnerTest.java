package dev.relive.seal;

import dev.relive.engine.Engine;
import dev.relive.testing.RunnerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.relive.testing.LiveSketch.sketch;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sketch code in the real runner reaches for a public class of every package of the engine but the API, through
 * the engine's own class loader: the module system refuses it the class ({@code Lookup.accessClass}, which no guard
 * checks), and the guard refuses to open it ({@code trySetAccessible}) or look up its methods. Then it tries to
 * forge the runner's events through {@code /dev/stdout} and {@code /proc/self/fd/1}, opened directly, by a
 * constructor reference, by reflection, by a method handle and by {@code Method.invoke}, and the runner lives on.
 */
class SealedRunnerTest {

    private static final int SECONDS = 180;

    @TempDir
    Path dir;

    /** One public top-level class (not an interface, where there is one) of each package of the runtime's main classes, but the API's. */
    private static List<String> onePublicClassPerEnginePackage() throws IOException, URISyntaxException {
        Path classes = Path.of(Engine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> found = new ArrayList<>();
        try (Stream<Path> packages = Files.list(classes.resolve("dev/relive"))) {
            for (Path pkg : packages.filter(Files::isDirectory).sorted().toList()) {
                if (pkg.getFileName().toString().equals("api")) {
                    continue;
                }
                try (Stream<Path> files = Files.list(pkg)) {
                    files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$")
                                    && !n.equals("package-info.class")).sorted()
                            .map(n -> "dev.relive." + pkg.getFileName() + "." + n.substring(0, n.length() - ".class".length()))
                            .filter(SealedRunnerTest::isPublic)
                            .sorted(java.util.Comparator.comparing(SealedRunnerTest::isInterface)) // they may have no members
                            .findFirst().ifPresent(found::add);
                }
            }
        }
        return found;
    }

    private static boolean isPublic(String name) {
        return Modifier.isPublic(load(name).getModifiers());
    }

    private static boolean isInterface(String name) {
        return load(name).isInterface();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Engine.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name + " was listed from the classes folder", e);
        }
    }

    private static String probe(List<String> classes) {
        String names = classes.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
        return sketch("""
                static final String[] CLASSES = {%s};
                int n;
                public void step() {
                    n++;
                    if (n != 1) return;
                    for (String name : CLASSES) {
                        Class<?> c;
                        try {
                            c = Class.forName(name, false, Guard.class.getClassLoader());
                        } catch (Throwable t) {
                            System.out.println("probe " + name + " not found: " + t);
                            continue;
                        }
                        String access;
                        try {
                            java.lang.invoke.MethodHandles.lookup().accessClass(c);
                            access = "OPEN";
                        } catch (IllegalAccessException e) {
                            access = "sealed";
                        }
                        String open;
                        try {
                            java.lang.reflect.AccessibleObject member = c.getDeclaredConstructors().length > 0
                                    ? c.getDeclaredConstructors()[0]
                                    : c.getDeclaredMethods().length > 0 ? c.getDeclaredMethods()[0] : c.getDeclaredFields()[0];
                            member.trySetAccessible();
                            open = "OPENED";
                        } catch (SecurityException e) {
                            open = e.getMessage().contains("refused by Relive") ? "refused" : "other " + e;
                        } catch (RuntimeException e) {
                            open = "other " + e;
                        }
                        String call;
                        try {
                            java.lang.invoke.MethodHandles.publicLookup().findStatic(c, "main",
                                    java.lang.invoke.MethodType.methodType(void.class, String[].class));
                            call = "FOUND";
                        } catch (SecurityException e) {
                            call = e.getMessage().contains("refused by Relive") ? "refused" : "other " + e;
                        } catch (ReflectiveOperationException e) {
                            call = "other " + e;
                        }
                        System.out.println("probe " + name + " access=" + access + " open=" + open + " call=" + call);
                    }
                }
                """.formatted(names));
    }

    private static final String FAKE = "{\\\"event\\\":\\\"purged\\\",\\\"kept\\\":[]}";

    /** The ways the forger opens a file: directly, by a constructor reference, reflection, a method handle, Method.invoke. */
    private static final List<String> WAYS = List.of("direct", "reference", "reflection", "handle", "invoke");

    private static String forger() {
        return sketch("""
                interface Opener { java.io.OutputStream open(String file) throws java.io.IOException; }
                static final String[] WAYS = {"direct", "reference", "reflection", "handle", "invoke"};
                int n;
                int m;
                static java.io.OutputStream open(String way, String file) throws Throwable {
                    switch (way) {
                        case "direct": return new java.io.FileOutputStream(file);
                        case "reference": { Opener o = java.io.FileOutputStream::new; return o.open(file); }
                        case "reflection": return java.io.FileOutputStream.class.getConstructor(String.class).newInstance(file);
                        case "handle": return (java.io.OutputStream) java.lang.invoke.MethodHandles.publicLookup().findConstructor(
                                java.io.FileOutputStream.class, java.lang.invoke.MethodType.methodType(void.class, String.class)).invoke(file);
                        default: return (java.io.OutputStream) java.nio.file.Files.class.getMethod("newOutputStream",
                                java.nio.file.Path.class, java.nio.file.OpenOption[].class)
                                .invoke(null, java.nio.file.Path.of(file), new java.nio.file.OpenOption[0]);
                    }
                }
                public void step() {
                    n++;
                    m++;
                    if (m != 1) return;
                    for (String file : new String[]{"/dev/stdout", "/proc/self/fd/1", "/dev/fd/1"}) {
                        for (String way : WAYS) {
                            String how = file + " by " + way;
                            try (java.io.OutputStream out = open(way, file)) {
                                out.write("\\n%s\\n".getBytes());
                                System.out.println("forged through " + how);
                            } catch (SecurityException e) {
                                System.out.println("forging through " + how + " " + (e.getMessage().contains("refused by Relive") ? "refused" : e));
                            } catch (Throwable e) {
                                System.out.println("forging through " + how + " failed: " + e);
                            }
                        }
                    }
                    System.out.println("still running " + n);
                }
                """.formatted(FAKE));
    }

    @Test
    void sketchCodeInTheRunnerCanReachNoEnginePackageAndCannotForgeItsEvents() throws Exception {
        List<String> targets = onePublicClassPerEnginePackage();
        assertTrue(targets.size() >= 15 && targets.stream().anyMatch(t -> t.startsWith("dev.relive.engine."))
                && targets.stream().anyMatch(t -> t.startsWith("dev.relive.loop."))
                && targets.stream().anyMatch(t -> t.startsWith("dev.relive.history.")), "every engine package: " + targets);
        Files.writeString(dir.resolve("Main.java"), probe(targets));
        try (RunnerProcess runner = RunnerProcess.start(dir)) {
            for (String target : targets) {
                String line = runner.await(l -> l.contains("probe " + target + " "), SECONDS);
                assertTrue(line.contains("access=sealed open=refused call=refused"), line);
            }
            Files.writeString(dir.resolve("Main.java"), forger());
            for (String file : List.of("/dev/stdout", "/proc/self/fd/1", "/dev/fd/1")) {
                for (String way : WAYS) {
                    String how = file + " by " + way;
                    String line = runner.await(l -> l.contains("forg") && l.contains(how), SECONDS);
                    assertTrue(line.contains("forging through " + how + " refused"), line);
                }
            }
            runner.await(l -> l.contains("still running"), SECONDS);
            assertFalse(runner.lines().stream().anyMatch(l -> l.startsWith("{\"event\":\"purged\"")),
                    "no forged event reached the runner's output: " + runner.lines());
        }
    }
}
