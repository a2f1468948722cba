/** One particle: where it is, how it moves, how long it has left. */
public class Particle {
    double x, y, vx, vy;
    double life = 120;
    double size = 6;

    Particle(double x, double y, double vx, double vy) {
        this.x = x;
        this.y = y;
        this.vx = vx;
        this.vy = vy;
    }

    void move(double gravity) {
        vy += gravity;
        x += vx;
        y += vy;
        life--;
    }
}
