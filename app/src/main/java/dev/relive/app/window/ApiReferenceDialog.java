package dev.relive.app.window;

import dev.relive.analysis.ApiReference;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Help → Sketch API Reference: the {@code dev.relive.api} javadoc, read from the sources bundled in the runtime
 * (see {@link ApiReference}), so it works offline and needs no browser. The types are listed on the left, with a
 * search that also looks in members and their docs; the selected type shows its declaration, javadoc and members.
 */
public final class ApiReferenceDialog {

    private ApiReferenceDialog() {
    }

    /** Shows the reference; the sources are parsed off the FX thread, and the list fills when they are. */
    public static void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("Sketch API Reference");
        dialog.setHeaderText("dev.relive.api: what a sketch can use besides the JDK");
        dialog.getDialogPane().setId("api-reference-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.initModality(javafx.stage.Modality.NONE); // read it beside the editor
        if (owner != null) {
            dialog.initOwner(owner);
        }
        FilteredList<ApiReference.Type> shown = new FilteredList<>(FXCollections.observableArrayList());
        TextField filter = new TextField();
        filter.setId("api-filter");
        filter.setPromptText("Search types, methods and docs");
        filter.textProperty().addListener((obs, was, now) -> shown.setPredicate(t -> matches(t, now)));
        ListView<ApiReference.Type> types = new ListView<>(shown);
        types.setId("api-types");
        types.setPlaceholder(new Label("Reading the API…"));
        types.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ApiReference.Type type, boolean empty) {
                super.updateItem(type, empty);
                setText(empty || type == null ? null : type.name());
            }
        });
        VBox page = new VBox(10);
        page.setId("api-page");
        page.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        types.getSelectionModel().selectedItemProperty().addListener((obs, was, type) -> showType(page, type));
        SplitPane split = new SplitPane(new VBox(8, filter, types), scroll);
        split.setDividerPositions(0.28);
        VBox.setVgrow(types, javafx.scene.layout.Priority.ALWAYS);
        split.setPrefSize(820, 520);
        dialog.getDialogPane().setContent(split);
        CompletableFuture.supplyAsync(ApiReference::types).whenComplete((all, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                types.setPlaceholder(new Label("Cannot read the API: " + failure.getCause().getMessage()));
                return;
            }
            ((javafx.collections.ObservableList<ApiReference.Type>) shown.getSource()).setAll(all);
            types.setPlaceholder(new Label("Nothing matches the search."));
            types.getSelectionModel().select(all.stream().filter(t -> t.name().equals("Sketch")).findFirst().orElse(null));
        }));
        dialog.show();
        filter.requestFocus();
    }

    private static boolean matches(ApiReference.Type type, String filter) {
        String f = filter.strip().toLowerCase(Locale.ROOT);
        if (f.isEmpty() || type.name().toLowerCase(Locale.ROOT).contains(f) || type.doc().toLowerCase(Locale.ROOT).contains(f)) {
            return true;
        }
        return type.members().stream().anyMatch(m -> (m.signature() + " " + m.doc()).toLowerCase(Locale.ROOT).contains(f));
    }

    private static void showType(VBox page, ApiReference.Type type) {
        page.getChildren().clear();
        if (type == null) {
            return;
        }
        Label title = new Label(type.name());
        title.getStyleClass().add("title-2");
        page.getChildren().addAll(title, code(type.declaration()), text(type.doc()));
        if (!type.members().isEmpty()) {
            Label members = new Label("Members");
            members.getStyleClass().add("title-4");
            page.getChildren().add(members);
        }
        for (ApiReference.Member member : type.members()) {
            VBox row = new VBox(2, code(member.signature()), text(member.doc()));
            row.getStyleClass().add("api-member");
            page.getChildren().add(row);
        }
    }

    private static Label code(String text) {
        Label code = new Label(text);
        code.getStyleClass().add("api-signature");
        code.setStyle("-fx-font-family: monospace; -fx-font-weight: bold;");
        code.setWrapText(true);
        return code;
    }

    private static Label text(String text) {
        Label doc = new Label(text);
        doc.setWrapText(true);
        doc.setPadding(new Insets(0, 0, 4, 16));
        return doc;
    }
}
