package dev.relive.load;

import dev.relive.api.Sketch;

/**
 * The parent of every generation loader: the JDK's platform classes plus {@code dev.relive.api}, shared with
 * the engine so that {@code Sketch} is one type on both sides. Every other engine class is invisible, so
 * sketch code cannot reach into the engine.
 */
public final class SketchParentLoader extends ClassLoader {

    private static final String API = "dev.relive.api.";
    private static final ClassLoader ENGINE = Sketch.class.getClassLoader();

    /** The single instance; it holds no state of any generation. */
    public static final SketchParentLoader INSTANCE = new SketchParentLoader();

    static {
        registerAsParallelCapable();
    }

    private SketchParentLoader() {
        super("relive-sketch-parent", ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(API)) {
            return ENGINE.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }
}
