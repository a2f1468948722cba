package dev.relive.app.live;

import javafx.application.Platform;

/**
 * The IDE's threading rule by construction: engine work never runs on the FX thread. Engine entry points the app
 * calls that may block (opening a sketch: javac warm-up, reading history, registering the watcher) call
 * {@link #refuse(String)} first, so breaking the rule fails at once in every test instead of freezing the window
 * now and then. See app/README.md, Threads.
 */
public final class FxThread {

    private FxThread() {
    }

    /** Throws if the caller is the FX thread; {@code what} names the work, as in "opening a sketch". */
    public static void refuse(String what) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException(what + " is engine or disk work and must not run on the FX thread");
        }
    }
}
