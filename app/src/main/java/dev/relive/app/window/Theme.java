package dev.relive.app.window;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The two looks of the window, both AtlantaFX Primer themes; component CSS uses their looked-up colours. */
public enum Theme {
    /** Primer Light. */
    LIGHT,
    /** Primer Dark. */
    DARK;

    /** Makes this the look of every window of the application. */
    public void apply() {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
