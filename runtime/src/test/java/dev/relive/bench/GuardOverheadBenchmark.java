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

    @Test
    void guardCostOnAComputeHeavyStep() throws Exception {
        CompileResult compiled;
        try (SketchCompiler compiler = new SketchCompiler()) {
            compiled = compiler.compile(SourceSet.of(Map.of("Main.java", MANDELBROT)), SourceSet.EMPTY, CompileResult.NONE);
        }
        Sketch guarded = (Sketch) new GenerationLoader(1, compiled.classes(), SketchParentLoader.INSTANCE)
                .loadClass("Main").getDeclaredConstructor().newInstance();
        Sketch plain = (Sketch) new PlainLoader(compiled.classes()).loadClass("Main").getDeclaredConstructor().newInstance();
        double plainMs = 0;
        double guardedMs = 0;
        for (int round = 0; round < 6; round++) {
            double p = time(plain);
            double g = time(guarded);
            if (round >= 2) {
                plainMs += p;
                guardedMs += g;
            }
        }
        System.out.printf("BENCH guard overhead on a compute-heavy step   plain %6.2f ms/step   guarded %6.2f ms/step   overhead %+5.1f%%%n",
                plainMs / 4, guardedMs / 4, (guardedMs / plainMs - 1) * 100);
    }

    private static double time(Sketch sketch) {
        for (int i = 0; i < 20; i++) {
            sketch.step();
        }
        long start = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            sketch.step();
        }
        return (System.nanoTime() - start) / 1e6 / 50;
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
