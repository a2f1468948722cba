package dev.relive.structure;

import dev.relive.engine.Engine;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runtime's packages depend on each other without cycles, so each concept can be read, tested and sealed
 * on its own. Reads the compiled classes with ASM: every class a class names (in its constant pool, its
 * members' descriptors and signatures) counts as a dependency of its package.
 */
class PackageCyclesTest {

    private static final Pattern RELIVE_PACKAGE = Pattern.compile("dev/relive/([a-z]+)/");
    private static final int CLASS = 7;
    private static final int NAME_AND_TYPE = 12;
    private static final int METHOD_TYPE = 16;

    @Test
    void noPackageOfTheRuntimeDependsOnItselfThroughOthers() throws Exception {
        Map<String, Set<String>> graph = dependencies(Path.of(Engine.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        assertTrue(graph.size() > 10, "the runtime's packages were found: " + graph.keySet());
        assertEquals(List.of(), cycles(graph), "package cycles (each shown from a package back to itself)");
    }

    @Test
    void theCheckFindsACycleWhenThereIsOne() {
        Map<String, Set<String>> graph = new TreeMap<>(Map.of("event", Set.of("migrate"), "migrate", Set.of("load"),
                "load", Set.of("event"), "api", Set.of()));
        assertEquals(List.of(List.of("event", "migrate", "load", "event")), cycles(graph));
    }

    /** Package name (the part after dev.relive.) to the packages its classes name. */
    private static Map<String, Set<String>> dependencies(Path classes) throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                ClassReader reader = read(f);
                Matcher own = RELIVE_PACKAGE.matcher(reader.getClassName());
                if (!own.lookingAt()) {
                    return;
                }
                Set<String> uses = graph.computeIfAbsent(own.group(1), p -> new TreeSet<>());
                for (String text : namesIn(reader)) {
                    Matcher m = RELIVE_PACKAGE.matcher(text);
                    while (m.find()) {
                        if (!m.group(1).equals(own.group(1))) {
                            uses.add(m.group(1));
                        }
                    }
                }
            });
        }
        return graph;
    }

    private static ClassReader read(Path file) {
        try {
            return new ClassReader(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every class name, descriptor and signature a class file holds. */
    private static List<String> namesIn(ClassReader reader) {
        List<String> names = new ArrayList<>();
        char[] buffer = new char[reader.getMaxStringLength()];
        for (int i = 1; i < reader.getItemCount(); i++) {
            int offset = reader.getItem(i);
            if (offset == 0) {
                continue; // the unused slot after a long or double
            }
            int tag = reader.readByte(offset - 1);
            if (tag == CLASS || tag == METHOD_TYPE) {
                names.add(reader.readUTF8(offset, buffer));
            } else if (tag == NAME_AND_TYPE) {
                names.add(reader.readUTF8(offset + 2, buffer));
            }
        }
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                add(signature);
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                add(descriptor);
                add(signature);
                return null;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                add(descriptor);
                add(signature);
                return null;
            }

            private void add(String text) {
                if (text != null) {
                    names.add(text);
                }
            }
        }, ClassReader.SKIP_CODE);
        return names;
    }

    /** Every cycle found by a depth-first walk, each from its first package back to it; empty when there are none. */
    private static List<List<String>> cycles(Map<String, Set<String>> graph) {
        List<List<String>> found = new ArrayList<>();
        Set<String> done = new TreeSet<>();
        for (String start : graph.keySet()) {
            walk(start, graph, new ArrayDeque<>(), done, found);
        }
        return found;
    }

    private static void walk(String node, Map<String, Set<String>> graph, Deque<String> path, Set<String> done,
                             List<List<String>> found) {
        if (path.contains(node)) {
            List<String> cycle = new ArrayList<>();
            boolean in = false;
            for (java.util.Iterator<String> it = path.descendingIterator(); it.hasNext(); ) {
                String p = it.next();
                in |= p.equals(node);
                if (in) {
                    cycle.add(p);
                }
            }
            cycle.add(node);
            found.add(cycle);
            return;
        }
        if (done.contains(node)) {
            return;
        }
        path.push(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            walk(next, graph, path, done, found);
        }
        path.pop();
        done.add(node);
    }
}
