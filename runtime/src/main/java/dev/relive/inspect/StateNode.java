package dev.relive.inspect;

import java.util.List;

/**
 * One row of the state tree.
 *
 * @param name     the field name, {@code [i]} for an element, {@code [key]} for a map entry, or the class name
 * @param path     the path that addresses this row (see {@link StatePath})
 * @param type     the value's type as a person reads it ({@code double}, {@code Ball}, {@code ArrayList})
 * @param value    the value as text; for containers their size, for objects their type and identity
 * @param kind     what the row holds
 * @param size     elements of an array or collection, else -1
 * @param editable whether {@link Assigner} can set it (primitives, strings, boxed values, enum constants)
 * @param ref      the path of the row above that already shows this same object, or null
 * @param from     index of the first row in {@code children} (paging)
 * @param children the rows beneath, or null when not expanded (too deep, a reference, or not expandable)
 */
public record StateNode(String name, String path, String type, String value, NodeKind kind, int size, boolean editable,
                        String ref, int from, List<StateNode> children) {

    public StateNode {
        children = children == null ? null : List.copyOf(children);
    }

    /** The child named {@code name}, if this row is expanded and has one. */
    public java.util.Optional<StateNode> child(String name) {
        return children == null ? java.util.Optional.empty()
                : children.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
