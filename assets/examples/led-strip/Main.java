// A 32-LED strip driven by a beat, like the live-coded LED shows Relive grew from.
// Try live: change BPM, the PATTERN (0 chase, 1 pulse, 2 rainbow), or write your own pattern in colorOf().
// The beat clock is @Keep, so the show never skips a beat while you edit.

import dev.relive.api.*;

public class Main implements Sketch, Visual {

    static final int LEDS = 32;
    static final double BPM = 120;
    static final int PATTERN = 0;

    @Keep
    double beat;

    public void step() {
        beat += BPM / 60.0 / 60.0; // 60 steps a second
    }

    int colorOf(int led) {
        double phase = beat % 1.0;
        return switch (PATTERN) {
            case 0 -> led == (int) (beat * 8) % LEDS ? Color.rgb(255, 80, 40) : Color.rgb(20, 8, 4);
            case 1 -> Color.hsb(0.08, 0.9, 1 - phase);
            default -> Color.hsb(led / (double) LEDS + beat / 8, 0.9, 1);
        };
    }

    public void draw(Canvas c) {
        c.background(Color.rgb(8, 8, 12));
        double size = c.width() / LEDS;
        double y = c.height() / 2;
        c.noStroke();
        for (int i = 0; i < LEDS; i++) {
            int color = colorOf(i);
            double x = size * i + size / 2;
            c.fill(Color.withAlpha(color, 50));
            c.ellipse(x, y, size * 1.6, size * 1.6); // the glow
            c.fill(color);
            c.ellipse(x, y, size * 0.7, size * 0.7);
        }
        double pulse = 1 - beat % 1.0;
        c.fill(Color.withAlpha(Color.rgb(255, 120, 60), (int) (200 * pulse)));
        c.rect(0, c.height() - 12, c.width() * pulse, 12);
        c.fill(Color.rgb(200, 200, 200));
        c.text(String.format("beat %.2f  ·  %d bpm", beat, (int) BPM), 10, 20);
    }
}
