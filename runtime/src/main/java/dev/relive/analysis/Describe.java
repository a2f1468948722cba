package dev.relive.analysis;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import java.util.List;
import java.util.regex.Pattern;

/** Elements and types written the way a person writes them: simple names, parameters with their names. */
final class Describe {

    /** A package qualifier before a type name, e.g. {@code java.util.} in {@code java.util.List}. */
    private static final Pattern QUALIFIER = Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)+(?=[A-Z])");

    private Describe() {
    }

    /** {@code type} without package qualifiers: {@code List<Ball>}. */
    static String type(TypeMirror type) {
        return simple(type.toString());
    }

    /** {@code text} without package qualifiers. */
    static String simple(String text) {
        return QUALIFIER.matcher(text).replaceAll("");
    }

    /** Each parameter as {@code type name}. */
    static List<String> parameters(ExecutableElement method) {
        return parameters(method, method.getParameters().stream().map(VariableElement::asType).toList());
    }

    /**
     * Each parameter as {@code type name}, with {@code types} as seen through the receiver ({@code add(Ball e)} on a
     * {@code List<Ball>}); names javac made up for class files without them ({@code arg0}) are left out.
     */
    static List<String> parameters(ExecutableElement method, List<? extends TypeMirror> types) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < method.getParameters().size(); i++) {
            String name = method.getParameters().get(i).getSimpleName().toString();
            String type = type(i < types.size() ? types.get(i) : method.getParameters().get(i).asType());
            if (method.isVarArgs() && i == method.getParameters().size() - 1 && type.endsWith("[]")) {
                type = type.substring(0, type.length() - 2) + "...";
            }
            out.add(name.matches("arg\\d+") ? type : type + " " + name);
        }
        return out;
    }

    /** {@code name(type a, type b)}, the list label of a method. */
    static String call(ExecutableElement method) {
        return nameOf(method) + "(" + String.join(", ", parameters(method)) + ")";
    }

    /** {@code name(type a, type b)} with the parameter types {@code types} as seen through the receiver. */
    static String call(ExecutableElement method, List<? extends TypeMirror> types) {
        return nameOf(method) + "(" + String.join(", ", parameters(method, types)) + ")";
    }

    /** A method's name, or its class's name for a constructor. */
    static String nameOf(ExecutableElement method) {
        return method.getKind() == ElementKind.CONSTRUCTOR
                ? method.getEnclosingElement().getSimpleName().toString()
                : method.getSimpleName().toString();
    }

    /** The declaration of {@code element}, e.g. {@code void Canvas.ellipse(double x, ...)} or {@code long frame}. */
    static String declaration(Element element) {
        String owner = element.getEnclosingElement() instanceof TypeElement t ? t.getSimpleName() + "." : "";
        String statics = element.getModifiers().contains(Modifier.STATIC) && !(element instanceof TypeElement) ? "static " : "";
        if (element instanceof ExecutableElement m) {
            String returns = m.getKind() == ElementKind.CONSTRUCTOR ? "" : type(m.getReturnType()) + " ";
            return statics + returns + owner + call(m);
        }
        if (element instanceof VariableElement v) {
            boolean member = v.getKind() == ElementKind.FIELD || v.getKind() == ElementKind.ENUM_CONSTANT;
            return statics + type(v.asType()) + " " + (member ? owner : "") + v.getSimpleName();
        }
        if (element instanceof TypeElement t) {
            return kindWord(t.getKind()) + " " + t.getQualifiedName();
        }
        if (element instanceof PackageElement p) {
            return "package " + p.getQualifiedName();
        }
        return element.toString();
    }

    private static String kindWord(ElementKind kind) {
        return switch (kind) {
            case INTERFACE -> "interface";
            case ENUM -> "enum";
            case ANNOTATION_TYPE -> "@interface";
            case RECORD -> "record";
            default -> "class";
        };
    }
}
