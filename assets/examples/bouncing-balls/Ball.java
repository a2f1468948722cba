/** One ball: where it is and how fast it goes. Its fields are state, so every ball flies on through a save. */
public class Ball {
    double x;
    double y;
    double vx;
    double vy;

    Ball(double x, double y, double vx, double vy) {
        this.x = x;
        this.y = y;
        this.vx = vx;
        this.vy = vy;
    }

    /** One step in a width × height room: fall, move, and bounce off the floor and the walls. */
    void move(double gravity, double bounce, double width, double height, double radius) {
        vy += gravity;
        x += vx;
        y += vy;
        if (y > height - radius) {
            y = height - radius;
            vy = -vy * bounce;
        }
        if (x < radius || x > width - radius) {
            vx = -vx;
            x = Math.max(radius, Math.min(width - radius, x));
        }
    }
}
