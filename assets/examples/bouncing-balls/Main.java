// Bouncing balls: a live sketch. It is running right now.
// Edit it and press Ctrl+S: the new code takes over and the balls keep flying.
//
// Things to try while it runs:
//   - Change GRAVITY or BOUNCE: the motion changes at once; positions are kept.
//   - Change the text printed in report(): the frame counter keeps counting.
//   - Add a ball in afterReload(), e.g. balls.add(new Ball("pink", 5, 0, 1, 0));
//     the old balls stay where they were.
//   - Break something (delete a ';'): the old code keeps running until you fix it.
//   - History panel: pick an older generation and click Revert; state is kept.

import dev.relive.api.Sketch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

public class Main implements Sketch {

    static final double WIDTH = 80;
    static final double GRAVITY = 0.15;
    static final double BOUNCE = 0.9;

    /** The balls and the frame counter are state: they survive every reload. */
    final List<Ball> balls = new ArrayList<>();
    long frame = 0;

    @Override
    public void setup() {
        balls.add(new Ball("red", 10, 0, 0.8, 0));
        balls.add(new Ball("green", 40, 5, -0.5, 0));
        balls.add(new Ball("blue", 70, 10, 0.3, 0));
    }

    @Override
    public void step() {
        frame++;
        for (Ball ball : balls) {
            ball.move(GRAVITY, BOUNCE, WIDTH);
        }
        if (frame % 60 == 0) {
            report();
        }
    }

    void report() {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "frame %d:", frame));
        for (Ball ball : balls) {
            line.append(String.format(Locale.ROOT, " %s(%.0f, %.0f)", ball.name, ball.x, ball.y));
        }
        System.out.println(line);
    }

    /** One ball: a position and a velocity, bouncing off the floor at 40 and the walls. */
    static class Ball {
        final String name;
        double x;
        double y;
        double vx;
        double vy;

        Ball(String name, double x, double y, double vx, double vy) {
            this.name = name;
            this.x = x;
            this.y = y;
            this.vx = vx;
            this.vy = vy;
        }

        void move(double gravity, double bounce, double width) {
            vy += gravity;
            x += vx;
            y += vy;
            if (y > 40) {
                y = 40;
                vy = -vy * bounce;
            }
            if (x < 0 || x > width) {
                vx = -vx;
                x = Math.max(0, Math.min(width, x));
            }
        }
    }
}
