package dev.relive.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API reference is read from the bundled API sources: every public type, its members and their javadoc. */
class ApiReferenceTest {

    private static ApiReference.Type type(List<ApiReference.Type> types, String name) {
        return types.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is in the reference: " + types.stream().map(ApiReference.Type::name).toList()));
    }

    @Test
    void everyApiTypeIsListedWithItsDeclarationAndJavadoc() {
        List<ApiReference.Type> types = ApiReference.types();
        assertEquals(types.stream().map(ApiReference.Type::name).sorted().toList(), types.stream().map(ApiReference.Type::name).toList(),
                "sorted by name");
        ApiReference.Type canvas = type(types, "Canvas");
        assertEquals("public interface Canvas", canvas.declaration());
        assertFalse(canvas.doc().isEmpty(), "the type's javadoc");
        ApiReference.Member ellipse = canvas.members().stream().filter(m -> m.signature().startsWith("void ellipse(")).findFirst()
                .orElseThrow(() -> new AssertionError(canvas.members().toString()));
        assertEquals("void ellipse(double cx, double cy, double w, double h)", ellipse.signature());
        assertFalse(ellipse.doc().isEmpty(), "a member's javadoc");
        assertFalse(ellipse.doc().contains("{@code"), "as plain text");
    }

    @Test
    void annotationsRecordsAndDefaultMethodsReadAsTheirSourceSays() {
        List<ApiReference.Type> types = ApiReference.types();
        assertEquals("public @interface Check", type(types, "Check").declaration());
        assertTrue(type(types, "Input").declaration().startsWith("public record Input(double mouseX, double mouseY"),
                type(types, "Input").declaration());
        assertTrue(type(types, "Sketch").members().stream().anyMatch(m -> m.signature().equals("default void setup()")),
                type(types, "Sketch").members().toString());
        assertTrue(type(types, "Sketch").members().stream().noneMatch(m -> m.signature().contains("@Override")));
    }

    @Test
    void docsReadAsProseThatWrapsToTheReadersWidth() {
        assertEquals("Runs once, when the sketch first starts or is restarted.",
                ApiReference.prose("Runs once, when the sketch first starts\n or is restarted."));
        assertEquals("One.\n\nTwo:\n- a\n- b", ApiReference.prose("One.\n<p>\nTwo:\n<ul><li>a</li>\n<li>b</li></ul>"));
    }
}
