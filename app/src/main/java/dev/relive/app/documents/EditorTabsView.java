package dev.relive.app.documents;

import dev.relive.app.editor.CodeEditor;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A tab per open document, each holding a {@link CodeEditor}. The tab title carries a "•" while the file has unsaved
 * edits and an error icon while it has errors. The editor follows its document: new text from disk replaces its
 * content, a save marks it clean, recovered text becomes unsaved edits, marks are redrawn when they change, and line
 * requests move the caret; every edit is counted on the document.
 */
public final class EditorTabsView extends TabPane {

    /** Set on a tab whose file has a compile or runtime error. */
    public static final PseudoClass HAS_ERRORS = PseudoClass.getPseudoClass("has-errors");
    /** Set on a tab whose file has unsaved edits. */
    public static final PseudoClass DIRTY = PseudoClass.getPseudoClass("dirty");

    private final Documents documents;
    private final BiConsumer<Document, CodeEditor> extend;
    private final Map<Document, Tab> tabs = new HashMap<>();

    /** Tabs for the open documents of {@code documents}. */
    public EditorTabsView(Documents documents) {
        this(documents, (document, editor) -> { });
    }

    /**
     * Tabs for the open documents of {@code documents}; each new editor is handed to {@code extend} with its
     * document, so tools such as literal tweaking can attach to it without this view knowing them.
     */
    public EditorTabsView(Documents documents, BiConsumer<Document, CodeEditor> extend) {
        this.documents = Objects.requireNonNull(documents, "Documents must not be null");
        this.extend = Objects.requireNonNull(extend, "Extend must not be null");
        createView();
        initListeners();
    }

    private void createView() {
        setId("editor-tabs");
        getStyleClass().add("editor-tabs");
        getStylesheets().add(Objects.requireNonNull(EditorTabsView.class.getResource("documents.css")).toExternalForm());
        setTabClosingPolicy(TabClosingPolicy.ALL_TABS);
        documents.open().forEach(this::addTab);
        showSelected(documents.selectedProperty().get());
    }

    private void initListeners() {
        documents.open().addListener((ListChangeListener<Document>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::removeTab);
                change.getAddedSubList().forEach(this::addTab);
            }
        });
        documents.selectedProperty().addListener((obs, before, now) -> showSelected(now));
        getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> documents.select(documentOf(now)));
    }

    /** The editor showing {@code path}, if it is open. */
    public Optional<CodeEditor> editor(String path) {
        return documents.find(path).map(tabs::get).map(tab -> (CodeEditor) tab.getContent());
    }

    private void addTab(Document document) {
        CodeEditor editor = new CodeEditor();
        editor.setText(document.diskText());
        editor.goToLine(1);
        document.attach(editor::getText, editor.dirtyProperty());
        Tab tab = createTab(document, editor);
        tabs.put(document, tab);
        getTabs().add(tab);
        bindEditor(document, editor);
        extend.accept(document, editor);
    }

    /** A tab titled with the file name, a "•" while dirty and an error icon while the file has errors. */
    private Tab createTab(Document document, CodeEditor editor) {
        Label title = new Label();
        title.textProperty().bind(Bindings.when(document.dirtyProperty())
                .then(document.name() + " •").otherwise(document.name()));
        FontIcon error = new FontIcon(MaterialDesignA.ALERT_CIRCLE);
        error.getStyleClass().add("tab-error-icon");
        error.visibleProperty().bind(document.hasErrorsProperty());
        error.managedProperty().bind(document.hasErrorsProperty());
        HBox header = new HBox(4, title, error);
        document.dirtyProperty().addListener((obs, was, dirty) -> header.pseudoClassStateChanged(DIRTY, dirty));
        document.hasErrorsProperty().addListener((obs, was, errors) -> header.pseudoClassStateChanged(HAS_ERRORS, errors));
        header.pseudoClassStateChanged(HAS_ERRORS, document.hasErrorsProperty().get());

        Tab tab = new Tab(null, editor);
        tab.setGraphic(header);
        tab.setTooltip(new Tooltip(document.path()));
        tab.setUserData(document);
        tab.getStyleClass().add("editor-tab");
        tab.setOnCloseRequest(e -> {
            e.consume(); // the document list decides; its change removes the tab
            closeAsking(document);
        });
        return tab;
    }

    /** Makes the editor follow its document: new text from disk, saves, marks and line requests. */
    private static void bindEditor(Document document, CodeEditor editor) {
        document.contentProperty().addListener((obs, before, now) -> follow(editor, now));
        document.diagnostics().addListener((ListChangeListener<Object>) change -> redrawMarks(editor, document));
        document.runtimeErrorProperty().addListener((obs, before, now) -> redrawMarks(editor, document));
        document.lineRequestProperty().addListener((obs, before, now) -> editor.goToLine(now.line()));
        document.recoveredProperty().addListener((obs, before, now) -> showRecovered(editor, now.text()));
        editor.area().multiPlainChanges().subscribe(changes -> document.edited());
        redrawMarks(editor, document);
    }

    private static void follow(CodeEditor editor, Document.Content content) {
        if (editor.getText().equals(content.text())) {
            editor.markClean(); // a save: the editor already holds exactly this text
        } else {
            editor.setText(content.text());
        }
    }

    /** Puts recovered text in the editor as unsaved edits, with the caret where it first differs from the file. */
    private static void showRecovered(CodeEditor editor, String text) {
        String before = editor.getText();
        int same = 0;
        while (same < Math.min(before.length(), text.length()) && before.charAt(same) == text.charAt(same)) {
            same++;
        }
        editor.area().replaceText(text);
        editor.area().moveTo(same);
        editor.area().requestFollowCaret();
        editor.area().requestFocus();
    }

    private static void redrawMarks(CodeEditor editor, Document document) {
        editor.clearMarks();
        editor.showDiagnostics(document.diagnostics());
        Document.RuntimeMark runtime = document.runtimeErrorProperty().get();
        if (runtime != null) {
            editor.showRuntimeError(runtime.line(), runtime.message());
        }
    }

    private void closeAsking(Document document) {
        Window window = getScene() == null ? null : getScene().getWindow();
        List<Document> unsaved = document.isDirty() ? List.of(document) : List.of();
        if (UnsavedEditsDialog.resolve(window, unsaved, "closing it", docs -> docs.stream().allMatch(documents::save))) {
            documents.close(document);
        }
    }

    private void removeTab(Document document) {
        Tab tab = tabs.remove(document);
        if (tab != null) {
            getTabs().remove(tab);
        }
    }

    private void showSelected(Document document) {
        Tab tab = document == null ? null : tabs.get(document);
        if (tab != null && getSelectionModel().getSelectedItem() != tab) {
            getSelectionModel().select(tab);
        }
        if (tab != null) {
            ((CodeEditor) tab.getContent()).area().requestFocus();
        }
    }

    private static Document documentOf(Tab tab) {
        return tab == null ? null : (Document) tab.getUserData();
    }
}
