package dev.relive.bench;

import dev.relive.api.Sketch;
import dev.relive.compile.CompileResult;
import dev.relive.compile.SketchCompiler;
import dev.relive.compile.SourceSet;
import dev.relive.load.GenerationLoader;
import dev.relive.load.SketchParentLoader;
import org.junit.jupiter.api.Test;

import java.util.Map;

/**
 * The cost of the woven stop checks on a compute-heavy step (target: ≤ 10%). The same compiled class runs
 * guarded, through the engine's {@link GenerationLoader}, and unguarded, through a plain loader.
 */
class GuardOverheadBenchmark {

    private static final String MANDELBROT = """
            public class Main implements dev.relive.api.Sketch {
                public long escaped;
                public void step() {
                    long count = 0;
                    for (int py = 0; py < 200; py++) {
                        for (int px = 0; px < 200; px++) {
                            double x0 = px / 100.0 - 1.5, y0 = py / 100.0 - 1.0, x = 0, y = 0;
                            int i = 0;
                            while (x * x + y * y < 4 && i < 200) {
                                double t = x * x - y * y + x0;
                                y = 2 * x * y + y0;
                                x = t;
                                i++;
                            }
                            count += i;
                        }
                    }
                    escaped = count;
                }
            }
            """;

    private static final String ARRAYS = """
            public class Main implements dev.relive.api.Sketch {
                final float[] a = new float[1 << 20], b = new float[1 << 20];
                public double total;
                public void step() {
                    for (int i = 0; i < a.length; i++) {
                        a[i] = a[i] * 0.5f + b[i] + i;
                    }
                    double sum = 0;
                    for (int i = 0; i < a.length; i++) {
                        sum += a[i];
                    }
                    total = sum;
                }
            }
            """;

    @Test
    void guardCostOnAComputeHeavyStep() throws Exception {
        measure("a compute-heavy step (Mandelbrot)", MANDELBROT);
    }

    @Test
    void guardCostOnTightArrayLoops() throws Exception {
        measure("tight array loops", ARRAYS);
    }

    private static void measure(String what, String source) throws Exception {
        CompileResult compiled;
        try (SketchCompiler compiler = new SketchCompiler()) {
            compiled = compiler.compile(SourceSet.of(Map.of("Main.java", source)), SourceSet.EMPTY, CompileResult.NONE);
        }
        Sketch guarded = (Sketch) new GenerationLoader(1, compiled.classes(), SketchParentLoader.INSTANCE)
                .loadClass("Main").getDeclaredConstructor().newInstance();
        Sketch plain = (Sketch) new PlainLoader(compiled.classes()).loadClass("Main").getDeclaredConstructor().newInstance();
        // Interleaved rounds, medians: the machine is shared, so single timings wander by more than the effect.
        java.util.List<Double> plainMs = new java.util.ArrayList<>();
        java.util.List<Double> guardedMs = new java.util.ArrayList<>();
        for (int round = 0; round < 14; round++) {
            double p = time(plain);
            double g = time(guarded);
            if (round >= 4) {
                plainMs.add(p);
                guardedMs.add(g);
            }
        }
        double p = median(plainMs);
        double g = median(guardedMs);
        System.out.printf("BENCH guard overhead on %-34s plain %6.2f ms/step   guarded %6.2f ms/step   overhead %+5.1f%%%n",
                what, p, g, (g / p - 1) * 100);
    }

    private static double median(java.util.List<Double> values) {
        java.util.List<Double> sorted = new java.util.ArrayList<>(values);
        java.util.Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double time(Sketch sketch) {
        for (int i = 0; i < 10; i++) {
            sketch.step();
        }
        long start = System.nanoTime();
        for (int i = 0; i < 30; i++) {
            sketch.step();
        }
        return (System.nanoTime() - start) / 1e6 / 30;
    }

    /** Defines the same bytes without guards. */
    private static final class PlainLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        PlainLoader(Map<String, byte[]> classes) {
            super(SketchParentLoader.INSTANCE);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
