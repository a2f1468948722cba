// A particle fountain. Every step sprays new particles; each one falls, fades and dies.
// Try live: change GRAVITY or SPRAY, give particles a different colour, or make them bigger as they age.
// The particles already in the air keep flying through every save: their state migrates to your new code.

import dev.relive.api.*;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

public class Main implements Sketch, Visual {

    static final double GRAVITY = 0.15;
    static final int SPRAY = 6;

    final List<Particle> particles = new ArrayList<>();
    final Random random = new Random(7);
    double hue = 0.55;
    double width = 640, height = 400; // the stage's size, as last drawn: particles spray from its bottom centre

    public void step() {
        for (int i = 0; i < SPRAY; i++) {
            particles.add(new Particle(width / 2, height - 20, random.nextGaussian() * 1.5, -6 - random.nextDouble() * 4));
        }
        for (Iterator<Particle> it = particles.iterator(); it.hasNext(); ) {
            Particle p = it.next();
            p.move(GRAVITY);
            if (p.life <= 0) {
                it.remove();
            }
        }
    }

    public void draw(Canvas c) {
        width = c.width();
        height = c.height();
        c.background(Color.rgb(12, 14, 24));
        c.noStroke();
        for (Particle p : particles) {
            c.fill(Color.withAlpha(Color.hsb(hue + p.life / 600.0, 0.7, 1), (int) (255 * p.life / 120.0)));
            c.ellipse(p.x, p.y, p.size, p.size);
        }
        c.fill(Color.WHITE);
        c.text(particles.size() + " particles", 12, 22);
    }
}
