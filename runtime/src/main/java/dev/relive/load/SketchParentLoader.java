package dev.relive.load;

import dev.relive.api.Sketch;
import dev.relive.guard.Reach;


/**
 * The parent of every generation loader: the JDK's classes plus {@code dev.relive.api}, shared with the engine so
 * that {@code Sketch} is one type on both sides, and nothing else. The JDK's platform loader would hand out any class
 * of a module in the boot layer (it delegates to the application loader for those), so every class it finds is kept
 * only if it belongs to a module of the JDK itself: engine classes, their libraries and the IDE's are refused.
 */
public final class SketchParentLoader extends ClassLoader {

    private static final String API = "dev.relive.api.";
    private static final ClassLoader ENGINE = Sketch.class.getClassLoader();
    private static final ClassLoader PLATFORM = ClassLoader.getPlatformClassLoader();

    /** The single instance; it holds no state of any generation. */
    public static final SketchParentLoader INSTANCE = new SketchParentLoader();

    static {
        registerAsParallelCapable();
    }

    private SketchParentLoader() {
        super("relive-sketch-parent", PLATFORM);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(API)) {
            return ENGINE.loadClass(name);
        }
        Class<?> found = super.loadClass(name, resolve);
        if (!Reach.isJdk(found)) {
            throw new ClassNotFoundException(name + " is not part of the JDK or dev.relive.api, which is all sketch code can see");
        }
        return found;
    }
}
