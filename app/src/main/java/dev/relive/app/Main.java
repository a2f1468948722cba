package dev.relive.app;

import javafx.application.Application;

/**
 * Starts the IDE. A plain class rather than the {@link Application} itself, so JavaFX runs from the class path
 * without the module system complaining that its runtime components are missing.
 */
public final class Main {

    private Main() {
    }

    /** Opens the window; see {@link ReliveApp}. */
    public static void main(String[] args) {
        SharedArchive.prepare();
        Application.launch(ReliveApp.class, args);
    }
}
