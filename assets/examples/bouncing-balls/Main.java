// Bouncing balls: a List<Ball> drawn on the stage, flying on through every save.
// It is running right now. Edit it and press Ctrl+S: the new code takes over at the next step, balls and all.
//
// Things to try while it runs:
//   - Change GRAVITY, or BOUNCE to 0.8: the motion changes at once; every ball keeps its place and speed.
//   - Change a colour in COLORS or BACKGROUND, or RADIUS: the next frame shows it.
//   - Add a ball in afterReload(), e.g. balls.add(new Ball(320, 40, -4, 0)); the others fly on.
//   - Set BOUNCE to 1.2: the @Check below fails, the swap is held and the old code keeps running.
//   - Break something (delete a ';'): the old code keeps running until you fix it.
//   - History panel: pick an older generation and click Revert; the balls stay where they are.

import dev.relive.api.Canvas;
import dev.relive.api.Check;
import dev.relive.api.Color;
import dev.relive.api.Sketch;
import dev.relive.api.Visual;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

public class Main implements Sketch, Visual {

    /** The room the balls fly in; draw() scales it to fit the stage. */
    static final double WIDTH = 640;
    static final double HEIGHT = 400;
    static final double GRAVITY = 0.25;
    static final double BOUNCE = 1.0;
    static final double RADIUS = 18;
    static final int BACKGROUND = Color.rgb(24, 26, 38);
    static final int ROOM = Color.rgb(36, 40, 58);
    static final int[] COLORS = {
            Color.rgb(255, 94, 91), Color.rgb(255, 200, 87), Color.rgb(80, 200, 160), Color.rgb(90, 160, 255)};

    /** The balls and the frame counter are state: they survive every save. */
    final List<Ball> balls = new ArrayList<>();
    long frame = 0;

    @Override
    public void setup() {
        balls.add(new Ball(80, 60, 3.2, 0));
        balls.add(new Ball(240, 20, -2.4, 1));
        balls.add(new Ball(400, 120, 1.8, -2));
        balls.add(new Ball(560, 40, -3.6, 0));
    }

    @Override
    public void step() {
        frame++;
        for (Ball ball : balls) {
            ball.move(GRAVITY, BOUNCE, WIDTH, HEIGHT, RADIUS);
        }
        if (frame % 180 == 0) { // a line every three seconds
            report();
        }
    }

    @Override
    public void draw(Canvas c) {
        c.background(BACKGROUND);
        double scale = Math.min(c.width() / WIDTH, c.height() / HEIGHT);
        c.translate((c.width() - WIDTH * scale) / 2, (c.height() - HEIGHT * scale) / 2);
        c.scale(scale, scale);
        c.noStroke();
        c.fill(ROOM);
        c.rect(0, 0, WIDTH, HEIGHT);
        for (int i = 0; i < balls.size(); i++) {
            Ball b = balls.get(i);
            double height = 1 - b.y / HEIGHT; // the shadow shrinks as the ball rises
            c.fill(Color.withAlpha(Color.BLACK, 110));
            c.ellipse(b.x, HEIGHT - 5, RADIUS * (2 - height), 8);
            c.fill(COLORS[i % COLORS.length]);
            c.ellipse(b.x, b.y, RADIUS * 2, RADIUS * 2);
        }
        c.fill(Color.rgb(200, 205, 220));
        c.textSize(14);
        c.text(balls.size() + " balls", 12, 24);
    }

    void report() {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "frame %d:", frame));
        for (Ball ball : balls) {
            line.append(String.format(Locale.ROOT, " (%.0f, %.0f)", ball.x, ball.y));
        }
        System.out.println(line);
    }

    /** Runs before every swap: a ball must never bounce higher than it fell from, or the balls would fly off. */
    @Check
    void ballsNeverGainHeight() {
        Ball ball = new Ball(WIDTH / 2, HEIGHT / 2, 0, 0);
        double highest = ball.y;
        for (int i = 0; i < 3000; i++) {
            ball.move(GRAVITY, BOUNCE, WIDTH, HEIGHT, RADIUS);
            highest = Math.min(highest, ball.y); // y grows downwards
        }
        if (highest < HEIGHT / 2 - 1) {
            throw new AssertionError("a ball dropped at y = " + HEIGHT / 2 + " rose to y = " + Math.round(highest));
        }
    }
}
