package dev.relive.app.window;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Help → About: Relive's version and the Java and JavaFX it runs on, as a bug report needs them. */
public final class AboutDialog {

    private AboutDialog() {
    }

    /** The lines the dialog shows. */
    static String text() {
        return "Relive " + version() + "\n"
                + "Java " + System.getProperty("java.runtime.version", Runtime.version().toString())
                + " (" + System.getProperty("java.vendor", "unknown vendor") + ")\n"
                + "JavaFX " + System.getProperty("javafx.runtime.version", System.getProperty("javafx.version", "unknown")) + "\n"
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
    }

    /** The version the build was made from (written into version.properties at build time). */
    static String version() {
        try (InputStream in = AboutDialog.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "(version unknown: built without its version.properties)";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "(version unknown)");
        } catch (IOException e) {
            return "(version unknown: " + e.getMessage() + ")";
        }
    }

    /** Shows the dialog and waits until it is closed. */
    public static void show(Window owner) {
        Alert about = new Alert(Alert.AlertType.INFORMATION, text(), ButtonType.OK);
        about.setTitle("About Relive");
        about.setHeaderText("Relive: live coding for Java");
        about.getDialogPane().setId("about-dialog");
        if (owner != null) {
            about.initOwner(owner);
        }
        about.showAndWait();
    }
}
