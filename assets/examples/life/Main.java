// Conway's Game of Life on a wrapping grid. The grid is a Cell[][] that survives every save.
// Try live: change the rules in next() (B36/S23 is "HighLife"), the colours, or CELL to zoom.
// Click (hold the mouse) to draw live cells; press SPACE to pause the simulation.

import dev.relive.api.*;

public class Main implements Sketch, Visual {

    static final int COLS = 80;
    static final int ROWS = 46;
    static final double CELL = 8;

    Cell[][] grid = new Cell[ROWS][COLS];
    long generation;
    boolean paused;
    boolean spaceWasDown; // SPACE toggles the pause when it goes down, not on every frame it is held

    public void setup() {
        java.util.Random random = new java.util.Random(42);
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLS; c++) {
                grid[r][c] = new Cell(random.nextDouble() < 0.25);
            }
        }
    }

    public void step() {
        if (paused) {
            return;
        }
        boolean[][] next = new boolean[ROWS][COLS];
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLS; c++) {
                next[r][c] = next(grid[r][c].alive, neighbours(r, c));
            }
        }
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLS; c++) {
                grid[r][c].set(next[r][c]);
            }
        }
        generation++;
    }

    boolean next(boolean alive, int neighbours) {
        return alive ? neighbours == 2 || neighbours == 3 : neighbours == 3;
    }

    int neighbours(int r, int c) {
        int n = 0;
        for (int dr = -1; dr <= 1; dr++) {
            for (int dc = -1; dc <= 1; dc++) {
                if ((dr != 0 || dc != 0) && grid[(r + dr + ROWS) % ROWS][(c + dc + COLS) % COLS].alive) {
                    n++;
                }
            }
        }
        return n;
    }

    public void draw(Canvas canvas) {
        // Fit the grid (and the line of text under it) to the stage, whatever its size.
        double zoom = Math.min(canvas.width() / (COLS * CELL), canvas.height() / (ROWS * CELL + 28));
        Input input = canvas.input();
        boolean spaceDown = input.keyDown("SPACE");
        if (spaceDown && !spaceWasDown) {
            paused = !paused;
        }
        spaceWasDown = spaceDown;
        if (input.mousePressed() && input.mouseX() >= 0) {
            int r = (int) (input.mouseY() / zoom / CELL);
            int c = (int) (input.mouseX() / zoom / CELL);
            if (r >= 0 && r < ROWS && c >= 0 && c < COLS) {
                grid[r][c].set(true);
            }
        }
        canvas.background(Color.rgb(250, 248, 240));
        canvas.scale(zoom, zoom);
        canvas.noStroke();
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLS; c++) {
                Cell cell = grid[r][c];
                if (cell.alive) {
                    canvas.fill(Color.hsb(0.6 - Math.min(cell.age, 60) / 200.0, 0.6, 0.8));
                    canvas.rect(c * CELL, r * CELL, CELL - 1, CELL - 1);
                }
            }
        }
        canvas.fill(Color.rgb(60, 60, 60));
        canvas.text("generation " + generation + (paused ? "  (paused: press SPACE to go on)" : ""), 8, ROWS * CELL + 20);
    }

    @Check
    void blinkerOscillates() {
        if (next(true, 1) || !next(false, 3) || !next(true, 2)) {
            throw new AssertionError("the rules no longer make a blinker blink");
        }
    }
}
