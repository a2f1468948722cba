package dev.relive.compile;

import java.util.Map;

/**
 * The small sketch {@link SketchCompiler#warmUp()} compiles: a class hierarchy, a constant, a record, a lambda and
 * the sketch API, so the warm-up touches what a person's first saves touch. Version {@code n} differs in one
 * file, as a save does. It lives in a package of its own so its names never meet a sketch's.
 */
final class WarmUpSketch {

    /** How many edits the warm-up compiles after the first full compile. */
    static final int EDITS = 4;

    private WarmUpSketch() {
    }

    /** Version {@code n} of the sketch. */
    static Map<String, String> files(int n) {
        return Map.of(
                "relive/warmup/Main.java", """
                        package relive.warmup;

                        import dev.relive.api.Sketch;
                        import java.util.ArrayList;
                        import java.util.List;

                        public class Main implements Sketch {
                            static final int COUNT = 3;
                            final List<Shape> shapes = new ArrayList<>();
                            double speed = %d.5;
                            long frame;

                            @Override
                            public void step() {
                                frame++;
                                if (shapes.size() < COUNT) {
                                    shapes.add(new Dot(new Point(frame, speed)));
                                }
                                shapes.forEach(s -> s.move(speed));
                                String text = "frame " + frame + " of " + shapes.size();
                            }
                        }
                        """.formatted(n),
                "relive/warmup/Shape.java", """
                        package relive.warmup;
                        abstract class Shape {
                            static final double SCALE = 2.0;
                            abstract void move(double by);
                            double size() { return SCALE; }
                        }
                        """,
                "relive/warmup/Dot.java", """
                        package relive.warmup;
                        class Dot extends Shape {
                            Point at;
                            Dot(Point at) { this.at = at; }
                            @Override void move(double by) { at = new Point(at.x() + by * SCALE, at.y()); }
                        }
                        """,
                "relive/warmup/Point.java", "package relive.warmup; record Point(double x, double y) { }\n");
    }
}
