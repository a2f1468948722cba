package dev.relive.app.window;

import dev.relive.app.session.SketchSession;
import dev.relive.app.session.Workbench;
import dev.relive.app.workspace.Settings;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.List;
import java.util.Objects;

/**
 * Makes the window keep its settings across launches: at start it restores the theme and the window's bounds, and
 * each sketch opened gets the console options, step rate, editor font size and divider positions last used, and its
 * own tabs and carets (see {@link KeptLayout}); from then on every change of them is
 * stored in {@link Settings}. Bounds that no longer meet a screen (a monitor unplugged) are not restored; bounds that reach past the screen
 * (kept on a bigger one) are fitted into it.
 */
public final class KeptSettings {

    private final Settings settings;
    private KeptLayout layout;

    private KeptSettings(Settings settings) {
        this.settings = settings;
    }

    /**
     * Restores {@code settings} into {@code stage}, {@code window} (its theme, and the layout of every sketch's views:
     * see {@link KeptLayout}) and every session of {@code workbench}, and keeps them.
     */
    public static void follow(Settings settings, Stage stage, MainWindow window, Workbench workbench) {
        Objects.requireNonNull(settings, "Settings must not be null");
        KeptSettings kept = new KeptSettings(settings);
        kept.followTheme(window.actions());
        window.sessionViewProperty().addListener((obs, before, now) -> kept.followLayout(now));
        window.sessionView().ifPresent(kept::followLayout);
        kept.followBounds(stage);
        workbench.sessionProperty().addListener((obs, before, now) -> kept.followSession(now));
        workbench.session().ifPresent(kept::followSession);
    }

    /** Keeps {@code view}'s layout from now on, and no longer the layout of the view it replaces (null: none). */
    private void followLayout(SessionView view) {
        if (layout != null) {
            layout.close();
        }
        layout = view == null ? null : KeptLayout.follow(settings, view);
    }

    private void followTheme(WindowActions actions) {
        if (settings.text("theme").filter("dark"::equals).isPresent() != actions.darkProperty().get()) {
            actions.toggleTheme();
        }
        actions.darkProperty().addListener((obs, was, dark) -> settings.put("theme", dark ? "dark" : "light"));
    }

    private void followBounds(Stage stage) {
        var x = settings.number("window.x");
        var y = settings.number("window.y");
        var width = settings.number("window.width");
        var height = settings.number("window.height");
        var screens = x.isPresent() && y.isPresent() && width.isPresent() && height.isPresent()
                ? Screen.getScreensForRectangle(new Rectangle2D(x.get(), y.get(), width.get(), height.get())) : List.<Screen>of();
        if (!screens.isEmpty()) {
            // Kept on a bigger screen, or partly off this one: fit it into the screen it is mostly on.
            Rectangle2D fit = screens.get(0).getVisualBounds();
            double w = Math.min(width.get(), fit.getWidth());
            double h = Math.min(height.get(), fit.getHeight());
            stage.setWidth(w);
            stage.setHeight(h);
            stage.setX(Math.max(fit.getMinX(), Math.min(x.get(), fit.getMaxX() - w)));
            stage.setY(Math.max(fit.getMinY(), Math.min(y.get(), fit.getMaxY() - h)));
        } else {
            stage.sizeToScene(); // nothing kept: the scene's default size, whatever size this stage had before
        }
        stage.setMaximized(settings.flag("window.maximized", false));
        stage.xProperty().addListener((obs, was, now) -> keepBounds(stage));
        stage.yProperty().addListener((obs, was, now) -> keepBounds(stage));
        stage.widthProperty().addListener((obs, was, now) -> keepBounds(stage));
        stage.heightProperty().addListener((obs, was, now) -> keepBounds(stage));
        stage.maximizedProperty().addListener((obs, was, now) -> settings.put("window.maximized", now));
    }

    private void keepBounds(Stage stage) {
        if (stage.isMaximized() || stage.isFullScreen() || !stage.isShowing()) {
            return; // the bounds to come back to are the normal ones
        }
        settings.put("window.x", stage.getX());
        settings.put("window.y", stage.getY());
        settings.put("window.width", stage.getWidth());
        settings.put("window.height", stage.getHeight());
    }

    private void followSession(SketchSession session) {
        if (session == null) {
            return;
        }
        session.console().setWrap(settings.flag("console.wrap", session.console().wrapProperty().get()));
        session.console().setAutoScroll(settings.flag("console.follow", session.console().autoScrollProperty().get()));
        session.console().setClearOnGeneration(settings.flag("console.clearOnGeneration",
                session.console().clearOnGenerationProperty().get()));
        settings.number("rate").ifPresent(session.live()::setRate);
        session.console().wrapProperty().addListener((obs, was, now) -> settings.put("console.wrap", now));
        session.console().autoScrollProperty().addListener((obs, was, now) -> settings.put("console.follow", now));
        session.console().clearOnGenerationProperty().addListener((obs, was, now) -> settings.put("console.clearOnGeneration", now));
        session.live().rateProperty().addListener((obs, was, now) -> settings.put("rate", now));
    }
}
