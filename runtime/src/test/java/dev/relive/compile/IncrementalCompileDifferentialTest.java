package dev.relive.compile;

import dev.relive.load.GenerationLoader;
import dev.relive.load.SketchParentLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Incremental compiles are never stale: 300 seeded random edits to a 20-file sketch with a class hierarchy
 * (constants read through subclasses and derived from each other, overrides, inherited members, a shadowing
 * constant, an overload that changes which method a call binds to, interface defaults, non-constant static
 * finals), each compiled incrementally from the last good compile and fully from scratch by the same compiler.
 * Both must agree on success and on errors, and {@code Main.run()}, loaded through a generation's real loader,
 * must print the same for both.
 */
class IncrementalCompileDifferentialTest {

    private static final int EDITS = 300;
    private static final List<String> EXPRESSIONS = List.of(
            "Leaf0.K", "Leaf1.K", "Leaf2.K", "Leaf3.K", "Mid.K", "Base.K", "Leaf1.IC", "Mid.IC",
            "new Leaf0().f()", "new Leaf1().f()", "new Leaf2().f()", "new Leaf3().f()", "new Mid().f()",
            "new Leaf0().d()", "new Leaf2().d()", "new Mid().d()", "new Leaf1().g(1)", "new Leaf3().g(1)",
            "Consts.A", "Consts.T", "Leaf2.S", "Base.NK", "Leaf3.NK", "Other.z()", "Other.Z",
            "new Leaf0().h()", "new Leaf3().h()", "((I) new Leaf1()).d()", "Leaf0.K2", "Leaf2.K2");

    private final SketchCompiler compiler = new SketchCompiler();

    @AfterEach
    void close() {
        compiler.close();
    }

    /** The sketch as a few numbers and switches; every file is written from it. */
    private static final class Model {
        int ic = 1, d = 2, k = 3, nk = 4, f = 5, z = 6, zc = 7, constsOffset = 8;
        String s = "s";
        boolean midShadowsK, midOverridesF, midOverridesD, midOverloadsG;
        int midK = 10, midF = 11, midH = 12, midD = 13;
        final boolean[] leafExtendsMid = {true, false, true, true};
        final boolean[] leafDeclaresK = new boolean[4];
        final boolean[] leafOverridesF = new boolean[4];
        final int[] leafValue = {20, 21, 22, 23};
        final List<List<String>> users = new ArrayList<>();
        String broken;

        Map<String, String> files() {
            Map<String, String> files = new HashMap<>();
            files.put("I.java", "interface I {\n int IC = " + ic + ";\n default int d() { return " + d + "; }\n}\n");
            files.put("Base.java", "abstract class Base implements I {\n static final int K = " + k + ";\n"
                    + " static final String S = \"" + s + "\";\n static final Integer NK = " + nk + ";\n"
                    + " int f() { return " + f + "; }\n int g(long x) { return 100; }\n abstract int h();\n}\n");
            files.put("Mid.java", "class Mid extends Base {\n" + (midShadowsK ? " static final int K = " + midK + ";\n" : "")
                    + (midOverridesF ? " int f() { return " + midF + "; }\n" : "")
                    + (midOverridesD ? " public int d() { return " + midD + "; }\n" : "")
                    + (midOverloadsG ? " int g(int x) { return 200; }\n" : "")
                    + " int h() { return " + midH + "; }\n}\n");
            for (int i = 0; i < 4; i++) {
                int v = leafValue[i];
                files.put("Leaf" + i + ".java", "class Leaf" + i + " extends " + (leafExtendsMid[i] ? "Mid" : "Base") + " {\n"
                        + " static final int K2 = K + " + v + ";\n"
                        + (leafDeclaresK[i] ? " static final int K = " + (v * 10) + ";\n" : "")
                        + (leafOverridesF[i] ? " int f() { return super.f() + " + v + "; }\n" : "")
                        + " int h() { return " + v + " + f(); }\n}\n");
            }
            files.put("Consts.java", "class Consts {\n static final int A = Leaf0.K + " + constsOffset + ";\n"
                    + " static final String T = Leaf2.S + \"t\" + Mid.K;\n}\n");
            files.put("Other.java", "class Other {\n static final int Z = " + zc + ";\n static int z() { return " + z + "; }\n}\n");
            StringBuilder main = new StringBuilder("class Main {\n static String run() {\n  return \"\"");
            for (int u = 0; u < users.size(); u++) {
                files.put("U" + u + ".java", "class U" + u + " {\n static String run() {\n  return \"\""
                        + users.get(u).stream().map(e -> " + \",\" + " + e).collect(Collectors.joining()) + ";\n }\n}\n");
                main.append(" + \"|\" + U").append(u).append(".run()");
            }
            files.put("Main.java", main.append(";\n }\n}\n").toString());
            if (broken != null) {
                files.put(broken, files.get(broken).replace(";", ""));
            }
            return files;
        }

        void edit(Random random) {
            broken = null;
            int leaf = random.nextInt(4);
            switch (random.nextInt(18)) {
                case 0 -> ic = random.nextInt(50);
                case 1 -> d = random.nextInt(50);
                case 2 -> k = random.nextInt(50);
                case 3 -> s = "s" + random.nextInt(9);
                case 4 -> nk = random.nextInt(50);
                case 5 -> f = random.nextInt(50);
                case 6 -> midOverloadsG = !midOverloadsG;
                case 7 -> {
                    midShadowsK = !midShadowsK;
                    midK = random.nextInt(50);
                }
                case 8 -> midOverridesF = !midOverridesF;
                case 9 -> midOverridesD = !midOverridesD;
                case 10 -> leafExtendsMid[leaf] = !leafExtendsMid[leaf];
                case 11 -> leafDeclaresK[leaf] = !leafDeclaresK[leaf];
                case 12 -> leafOverridesF[leaf] = !leafOverridesF[leaf];
                case 13 -> leafValue[leaf] = random.nextInt(50);
                case 14 -> constsOffset = random.nextInt(50);
                case 15 -> {
                    z = random.nextInt(50);
                    zc = random.nextInt(50);
                }
                case 16 -> users.get(random.nextInt(users.size())).set(random.nextInt(3),
                        EXPRESSIONS.get(random.nextInt(EXPRESSIONS.size())));
                default -> broken = List.of("Base.java", "Mid.java", "Leaf1.java", "U3.java").get(random.nextInt(4));
            }
        }
    }

    @Test
    void everyIncrementalCompileBehavesLikeAFullOne() throws Exception {
        Random random = new Random(20261201L);
        Model model = new Model();
        for (int u = 0; u < 10; u++) {
            List<String> expressions = new ArrayList<>();
            for (int e = 0; e < 3; e++) {
                expressions.add(EXPRESSIONS.get(random.nextInt(EXPRESSIONS.size())));
            }
            model.users.add(expressions);
        }
        assertEquals(20, model.files().size());
        SourceSet lastGoodSources = SourceSet.EMPTY;
        CompileResult lastGood = CompileResult.NONE;
        int incremental = 0;
        for (int step = 0; step <= EDITS; step++) {
            if (step > 0) {
                model.edit(random);
            }
            SourceSet sources = SourceSet.of(model.files());
            CompileResult partial = compiler.compile(sources, lastGoodSources, lastGood);
            CompileResult full = compiler.compile(sources, SourceSet.EMPTY, CompileResult.NONE);
            String where = "after edit " + step + " (compiled " + partial.compiledFiles() + ")";
            assertEquals(full.ok(), partial.ok(), where + ": " + full.diagnostics() + " vs " + partial.diagnostics());
            assertEquals(errors(full), errors(partial), where);
            if (full.ok()) {
                assertEquals(run(full, step), run(partial, step), where + "\n" + sources.sources());
                incremental += partial.compiledFiles().size() < sources.sources().size() ? 1 : 0;
                lastGood = partial;
                lastGoodSources = sources;
            }
        }
        assertTrue(incremental > EDITS / 3, "most compiles should have been incremental, only " + incremental + " were");
    }

    private static Set<String> errors(CompileResult result) {
        return result.errors().stream().map(Diagnostic::toString).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String run(CompileResult result, int generation) throws Exception {
        ClassLoader loader = new GenerationLoader(generation + 1, result.classes(), SketchParentLoader.INSTANCE);
        Method run = loader.loadClass("Main").getDeclaredMethod("run");
        run.setAccessible(true);
        return (String) run.invoke(null);
    }
}
