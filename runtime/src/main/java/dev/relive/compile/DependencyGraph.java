package dev.relive.compile;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which sketch file's compiled code depends on which sketch class, read from the class files (see
 * {@link ClassReferences}) and, for inlined constants that leave no trace there, from the compiler's
 * attributed trees (see {@link ConstantUses}). Immutable; each compile makes the next one from the classes it
 * wrote and the entries of the classes it carried over. The rule it answers with is in the package javadoc.
 */
public final class DependencyGraph {

    /** Nothing known: the next compile is a full one. */
    public static final DependencyGraph NONE = new DependencyGraph(Map.of(), Map.of());

    /**
     * What one class file refers to.
     *
     * @param supertypes        its direct superclass and interfaces
     * @param api               classes its supertypes and non-private member signatures (including throws) mention
     * @param references        every class its class file names anywhere
     * @param declaresConstants whether it declares a {@code static final} compile-time constant
     */
    record ClassInfo(Set<String> supertypes, Set<String> api, Set<String> references, boolean declaresConstants) {
        ClassInfo {
            supertypes = Set.copyOf(supertypes);
            api = Set.copyOf(api);
            references = Set.copyOf(references);
        }
    }

    private final Map<String, ClassInfo> classes;
    private final Map<String, Set<String>> constantUses;

    DependencyGraph(Map<String, ClassInfo> classes, Map<String, Set<String>> constantUses) {
        this.classes = Map.copyOf(classes);
        this.constantUses = Map.copyOf(constantUses);
    }

    /** Whether this graph knows every class in {@code classFiles} (so an incremental compile can rely on it). */
    boolean covers(Map<String, String> classFiles) {
        return classes.keySet().containsAll(classFiles.keySet());
    }

    /** The entry of {@code className}, if known. */
    ClassInfo info(String className) {
        return classes.get(className);
    }

    /** The classes whose constants {@code file} was compiled with (declaring and qualifying classes). */
    Set<String> constantUses(String file) {
        return constantUses.getOrDefault(file, Set.of());
    }

    /**
     * The files to compile again when {@code changed} files changed, given which file declared each class
     * ({@code classFiles}, from the compile this graph describes). Always includes {@code changed}.
     */
    Set<String> affected(Set<String> changed, Map<String, String> classFiles) {
        Map<String, Set<String>> byFile = new HashMap<>();
        classFiles.forEach((cls, file) -> byFile.computeIfAbsent(file, f -> new HashSet<>()).add(cls));
        Set<String> touched = new HashSet<>();
        changed.forEach(f -> touched.addAll(byFile.getOrDefault(f, Set.of())));
        Set<String> files = new TreeSet<>(changed);
        while (true) {
            closeOverSubtypesAndApi(touched);
            Set<String> next = new TreeSet<>(changed);
            byFile.forEach((file, declared) -> {
                if (constantUses(file).stream().anyMatch(touched::contains)
                        || declared.stream().anyMatch(c -> refersTo(c, touched))) {
                    next.add(file);
                }
            });
            // A recompiled class's constants may be computed from touched ones, and are inlined where they are read.
            boolean grew = false;
            for (String file : next) {
                for (String c : byFile.getOrDefault(file, Set.of())) {
                    ClassInfo info = classes.get(c);
                    grew |= info != null && info.declaresConstants() && touched.add(c);
                }
            }
            files = next;
            if (!grew) {
                return files;
            }
        }
    }

    private boolean refersTo(String className, Set<String> touched) {
        ClassInfo info = classes.get(className);
        return info == null || info.references().stream().anyMatch(touched::contains);
    }

    /**
     * Adds to {@code touched} every subtype of a touched class (its inherited members, constants included, are
     * reached through the subtype's name) and every class whose API mentions a touched one, until nothing changes.
     */
    private void closeOverSubtypesAndApi(Set<String> touched) {
        Deque<String> work = new ArrayDeque<>(touched);
        Map<String, Set<String>> dependents = new HashMap<>();
        classes.forEach((cls, info) -> info.api().forEach(t -> dependents.computeIfAbsent(t, k -> new HashSet<>()).add(cls)));
        while (!work.isEmpty()) {
            for (String dependent : dependents.getOrDefault(work.pop(), Set.of())) {
                if (touched.add(dependent)) {
                    work.push(dependent);
                }
            }
        }
    }
}
