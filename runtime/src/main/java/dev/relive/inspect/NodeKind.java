package dev.relive.inspect;

/** What a row of the state tree holds; its wire name is given by the event stream's encoder. */
public enum NodeKind {
    /** The live program: the sketch instance's fields, then one {@link #CLASS} row per sketch class with statics. */
    SKETCH,
    /** A sketch class, whose rows are its static fields. */
    CLASS,
    /** A primitive or a boxed primitive. */
    VALUE,
    /** A string. */
    STRING,
    /** An enum constant. */
    ENUM,
    /** A null reference. */
    NULL,
    /** An object whose rows are its fields. */
    OBJECT,
    /** An array, paged. */
    ARRAY,
    /** A JDK list, paged. */
    LIST,
    /** A JDK set, paged in iteration order. */
    SET,
    /** A JDK map, paged in iteration order; each row is named by its key. */
    MAP,
    /** Any other JDK object, shown as a value only. */
    OPAQUE;

    /** Whether rows of this kind can have rows beneath them. */
    public boolean expandable() {
        return switch (this) {
            case SKETCH, CLASS, OBJECT, ARRAY, LIST, SET, MAP -> true;
            default -> false;
        };
    }
}
