/** One cell of the grid, and how long it has been alive. */
public class Cell {
    boolean alive;
    int age;

    Cell(boolean alive) {
        this.alive = alive;
    }

    void set(boolean nowAlive) {
        age = nowAlive && alive ? age + 1 : 0;
        alive = nowAlive;
    }
}
