package dev.relive.app.workspace;

/**
 * What a new sketch starts from: the three ways a sketch can run (README, Sketches). Each is one {@code Main.java}
 * that runs as soon as it is saved and says in its header what to try.
 */
public enum SketchTemplate {

    /** A {@code Sketch} whose {@code step()} runs 60 times a second, keeping its fields across saves. */
    LOOP("Loop", "A Sketch: setup() once, then step() 60 times a second; fields keep their values across saves.", """
            // A loop sketch: setup() runs once, then step() runs 60 times a second.
            // Edit and save (Ctrl+S): the new code takes over at the next step and `frame` keeps counting.

            import dev.relive.api.Sketch;

            public class Main implements Sketch {

                long frame;

                @Override
                public void setup() {
                    System.out.println("hello from a new sketch");
                }

                @Override
                public void step() {
                    frame++;
                    if (frame % 60 == 0) {
                        System.out.println("frame " + frame);
                    }
                }
            }
            """),

    /** A {@code Sketch} that is also {@code Visual}: it draws a frame on the stage after every step. */
    VISUAL("Visual", "A Sketch that draws on the stage after every step.", """
            // A visual sketch: step() moves things, draw() paints a frame on the stage after every step.
            // Edit and save (Ctrl+S): change SPEED or a colour and the ball keeps its place.

            import dev.relive.api.Canvas;
            import dev.relive.api.Color;
            import dev.relive.api.Sketch;
            import dev.relive.api.Visual;

            public class Main implements Sketch, Visual {

                static final double SPEED = 3;
                static final double SIZE = 40;

                double x = 0;

                @Override
                public void step() {
                    x += SPEED;
                }

                @Override
                public void draw(Canvas canvas) {
                    canvas.background(Color.rgb(24, 26, 38));
                    canvas.fill(Color.rgb(255, 200, 87));
                    double left = x % (canvas.width() + SIZE) - SIZE / 2;
                    canvas.ellipse(left, canvas.height() / 2, SIZE, SIZE);
                }
            }
            """),

    /** A class with {@code main}, run again on every save. */
    SCRIPT("Script", "A main() that runs again on every save; @Keep keeps a value across runs.", """
            // A script: there is no Sketch class, so main() runs again on every save.
            // @Keep keeps a value across runs: `runs` counts your saves.

            import dev.relive.api.Keep;

            public class Main {

                @Keep
                static int runs;

                public static void main(String[] args) {
                    runs++;
                    System.out.println("run " + runs + ": hello from a new script");
                }
            }
            """);

    /** The file every template writes. */
    public static final String FILE = "Main.java";

    private final String label;
    private final String description;
    private final String source;

    SketchTemplate(String label, String description, String source) {
        this.label = label;
        this.description = description;
        this.source = source;
    }

    /** The template's name, as a person picks it. */
    public String label() {
        return label;
    }

    /** One sentence saying what the template is. */
    public String description() {
        return description;
    }

    /** The text of {@link #FILE}. */
    public String source() {
        return source;
    }
}
