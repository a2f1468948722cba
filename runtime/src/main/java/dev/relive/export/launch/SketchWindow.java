package dev.relive.export.launch;

import dev.relive.api.Input;
import dev.relive.draw.Frame;
import dev.relive.draw.PngRenderer;

import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A plain Swing window that shows a visual sketch's latest frame and reports the mouse and keys back as an
 * {@link Input}. The sketch's thread renders frames with {@link PngRenderer} and hands the image over; the event
 * thread only paints it and writes the size and input, which the sketch's thread reads (volatile handoff, one writer
 * each). Closing the window ends the program.
 */
final class SketchWindow {

    /** The stage size a window opens with, and the size headless drawing uses. */
    static final int WIDTH = 640;
    static final int HEIGHT = 400;

    private final Panel panel = new Panel();
    private JFrame frame; // event thread only
    private final Set<Integer> buttons = new HashSet<>(); // event thread only
    private final Set<String> keys = new HashSet<>(); // event thread only
    private volatile Input input = Input.NONE;
    private volatile double width = WIDTH;
    private volatile double height = HEIGHT;

    private SketchWindow() {
    }

    /** Opens a window titled {@code title} and waits until it is showing. */
    static SketchWindow open(String title) {
        SketchWindow window = new SketchWindow();
        try {
            SwingUtilities.invokeAndWait(() -> window.build(title));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot open the sketch window", e.getCause());
        }
        return window;
    }

    private void build(String title) {
        frame = new JFrame(title);
        frame.setDefaultCloseOperation(WindowConstants.EXIT_ON_CLOSE);
        panel.setPreferredSize(new Dimension(WIDTH, HEIGHT));
        panel.setFocusable(true);
        MouseAdapter mouse = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                buttons.add(e.getButton());
                moved(e);
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                buttons.remove(e.getButton());
                moved(e);
            }

            @Override
            public void mouseMoved(MouseEvent e) {
                moved(e);
            }

            @Override
            public void mouseDragged(MouseEvent e) {
                moved(e);
            }
        };
        panel.addMouseListener(mouse);
        panel.addMouseMotionListener(mouse);
        panel.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                keys.add(keyName(e));
                publish(input.mouseX(), input.mouseY());
            }

            @Override
            public void keyReleased(KeyEvent e) {
                keys.remove(keyName(e));
                publish(input.mouseX(), input.mouseY());
            }
        });
        frame.add(panel);
        frame.pack();
        frame.setLocationRelativeTo(null);
        frame.setVisible(true);
        panel.requestFocusInWindow();
    }

    private void moved(MouseEvent e) {
        publish(e.getX(), e.getY());
    }

    private void publish(double x, double y) {
        input = new Input(x, y, buttons, keys);
    }

    /** The key's name as the IDE's stage names it: {@code "A"}, {@code "SPACE"}, {@code "LEFT"}, {@code "SHIFT"}. */
    private static String keyName(KeyEvent e) {
        return KeyEvent.getKeyText(e.getKeyCode()).toUpperCase(Locale.ROOT).replace(' ', '_');
    }

    /** Closes the window, so a sketch that failed does not leave a frozen one behind. */
    void close() {
        SwingUtilities.invokeLater(() -> frame.dispose());
    }

    /** The stage width, as the window is now. */
    double width() {
        return width;
    }

    /** The stage height, as the window is now. */
    double height() {
        return height;
    }

    /** The mouse and keys, as last seen. */
    Input input() {
        return input;
    }

    /** Renders {@code frame} on the caller's thread and asks the window to paint it. */
    void show(Frame frame) {
        panel.image = PngRenderer.render(frame);
        panel.repaint();
    }

    private final class Panel extends JPanel {
        private volatile BufferedImage image;

        @Override
        protected void paintComponent(Graphics g) {
            super.paintComponent(g);
            width = Math.max(1, getWidth());
            height = Math.max(1, getHeight());
            BufferedImage shown = image;
            if (shown != null) {
                g.drawImage(shown, 0, 0, null);
            }
        }
    }
}
