package dev.relive.inspect;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Moves through the state one step at a time: the rows beneath a value (a page of them) and the one row a path
 * segment names. Sketch objects are read by their fields, JDK collections through their interfaces; nothing here
 * calls sketch code.
 */
final class Navigator {

    /** A row beneath a value: its path segment and what it holds. */
    record Child(StatePath.Segment segment, Target target) {
    }

    /**
     * Each class's own shown, readable fields, found once: reflection's copies are the costly part of a refresh.
     * A {@link ClassValue} lets an unloaded generation's classes go with their loader.
     */
    private static final ClassValue<List<Field>> DECLARED = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> out = new ArrayList<>();
            for (Field f : type.getDeclaredFields()) {
                if (shown(f) && open(f)) {
                    out.add(f);
                }
            }
            return List.copyOf(out);
        }
    };

    private final SketchState state;

    Navigator(SketchState state) {
        this.state = state;
    }

    /** The whole program. */
    Target root() {
        return new Target(state.instance(), state.entry(), null, NodeKind.SKETCH, state.entry());
    }

    /** The rows beneath {@code parent}, from index {@code from}, at most {@code limit} of them. */
    List<Child> children(Target parent, int from, int limit) {
        List<Child> out = new ArrayList<>();
        switch (parent.kind()) {
            case SKETCH -> {
                if (state.instance() != null) {
                    instanceFields(state.instance(), out);
                }
                for (Class<?> c : state.classes()) {
                    if (!staticFields(c).isEmpty()) {
                        out.add(new Child(new StatePath.Name(Values.simpleName(c)),
                                new Target(null, c, null, NodeKind.CLASS, c)));
                    }
                }
                return page(out, from, limit);
            }
            case CLASS -> {
                for (Field f : staticFields(parent.owner())) {
                    out.add(new Child(new StatePath.Name(f.getName()), field(f, null)));
                }
                return page(out, from, limit);
            }
            case OBJECT -> {
                instanceFields(parent.value(), out);
                return page(out, from, limit);
            }
            case ARRAY -> {
                Object array = parent.value();
                int n = Array.getLength(array);
                for (int i = from; i < n && out.size() < limit; i++) {
                    out.add(new Child(new StatePath.Element(Integer.toString(i)), element(array, i)));
                }
                return out;
            }
            case LIST, SET -> {
                int i = 0;
                for (Iterator<?> it = ((Collection<?>) parent.value()).iterator(); it.hasNext() && out.size() < limit; i++) {
                    Object v = it.next();
                    if (i >= from) {
                        out.add(new Child(new StatePath.Element(Integer.toString(i)), item(parent, i, v)));
                    }
                }
                return out;
            }
            case MAP -> {
                int i = 0;
                for (Iterator<? extends Map.Entry<?, ?>> it = ((Map<?, ?>) parent.value()).entrySet().iterator();
                     it.hasNext() && out.size() < limit; i++) {
                    Map.Entry<?, ?> e = it.next();
                    if (i >= from) {
                        out.add(new Child(new StatePath.Element(Values.keyText(state, e.getKey())), plain(e.getValue())));
                    }
                }
                return out;
            }
            default -> {
                return out;
            }
        }
    }

    /** The row {@code segment} names beneath {@code parent}; a missing one is refused with a message. */
    Target step(Target parent, StatePath.Segment segment, String where) {
        if (segment instanceof StatePath.Name name) {
            return switch (parent.kind()) {
                case SKETCH -> {
                    if (state.instance() != null) {
                        Field f = instanceField(state.instance().getClass(), name.name());
                        if (f != null) {
                            yield field(f, state.instance());
                        }
                    }
                    Class<?> c = state.sketchClass(name.name());
                    if (c == null) {
                        throw new IllegalArgumentException("no field or sketch class named '" + name.name() + "'"
                                + (state.instance() == null ? "" : " in " + Values.simpleName(state.instance().getClass())));
                    }
                    yield new Target(null, c, null, NodeKind.CLASS, c);
                }
                case CLASS -> {
                    for (Field f : staticFields(parent.owner())) {
                        if (f.getName().equals(name.name())) {
                            yield field(f, null);
                        }
                    }
                    throw new IllegalArgumentException("no static field '" + name.name() + "' in " + Values.simpleName(parent.owner()));
                }
                case OBJECT -> {
                    Field f = instanceField(parent.value().getClass(), name.name());
                    if (f == null) {
                        throw new IllegalArgumentException("no field '" + name.name() + "' in " + where + " ("
                                + Values.simpleName(parent.value().getClass()) + ")");
                    }
                    yield field(f, parent.value());
                }
                case NULL -> throw new IllegalArgumentException(where + " is null");
                default -> throw new IllegalArgumentException(where + " (" + parent.typeName() + ") has no fields to show");
            };
        }
        String text = ((StatePath.Element) segment).text();
        switch (parent.kind()) {
            case ARRAY, LIST, SET -> {
                int size = Values.size(parent.kind(), parent.value());
                int index;
                try {
                    index = Integer.parseInt(text.strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + " is indexed by a number, not '" + text + "'");
                }
                if (index < 0 || index >= size) {
                    throw new IllegalArgumentException(where + " has " + size + " element(s); [" + index + "] is out of range");
                }
                List<Child> one = children(parent, index, 1);
                if (one.isEmpty()) {
                    throw new IllegalArgumentException(where + " changed while being read; try again");
                }
                return one.get(0).target();
            }
            case MAP -> {
                for (Map.Entry<?, ?> e : ((Map<?, ?>) parent.value()).entrySet()) {
                    if (Values.keyText(state, e.getKey()).equals(text)) {
                        return plain(e.getValue());
                    }
                }
                throw new IllegalArgumentException(where + " has no key '" + text + "'");
            }
            case NULL -> throw new IllegalArgumentException(where + " is null");
            default -> throw new IllegalArgumentException(where + " (" + parent.typeName() + ") has no elements");
        }
    }

    /** Whether {@code name} is a field of the sketch instance (else a path starting with it names a class). */
    boolean isInstanceField(String name) {
        return state.instance() != null && instanceField(state.instance().getClass(), name) != null;
    }

    private Target field(Field f, Object holder) {
        Object v;
        try {
            v = f.get(holder);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + f + ": " + e.getMessage(), e); // setAccessible was done
        }
        return new Target(v, f.getType(), new Target.FieldSlot(f, holder), Values.kind(state, v), null);
    }

    private Target element(Object array, int i) {
        Object v = Array.get(array, i);
        return new Target(v, array.getClass().getComponentType(), new Target.ArraySlot(array, i), Values.kind(state, v), null);
    }

    @SuppressWarnings("unchecked")
    private Target item(Target parent, int i, Object v) {
        Target.Slot slot = parent.value() instanceof List<?> list ? new Target.ListSlot((List<Object>) list, i) : null;
        return new Target(v, v == null ? Object.class : v.getClass(), slot, Values.kind(state, v), null);
    }

    private Target plain(Object v) {
        return new Target(v, v == null ? Object.class : v.getClass(), null, Values.kind(state, v), null);
    }

    private void instanceFields(Object o, List<Child> out) {
        List<String> names = new ArrayList<>();
        for (Class<?> c = o.getClass(); state.owns(c); c = c.getSuperclass()) {
            for (Field f : DECLARED.get(c)) {
                if (!Modifier.isStatic(f.getModifiers()) && !names.contains(f.getName())) {
                    names.add(f.getName());
                    out.add(new Child(new StatePath.Name(f.getName()), field(f, o)));
                }
            }
        }
    }

    private Field instanceField(Class<?> type, String name) {
        for (Class<?> c = type; state.owns(c); c = c.getSuperclass()) {
            for (Field f : DECLARED.get(c)) {
                if (!Modifier.isStatic(f.getModifiers()) && f.getName().equals(name)) {
                    return f;
                }
            }
        }
        return null;
    }

    private List<Field> staticFields(Class<?> c) {
        List<Field> out = new ArrayList<>();
        if (c.isEnum()) {
            return out; // its constants are values, not state
        }
        for (Field f : DECLARED.get(c)) {
            if (Modifier.isStatic(f.getModifiers())) {
                out.add(f);
            }
        }
        return out;
    }

    /** Fields the person wrote: not synthetic, not compiler- or engine-made ({@code $} in the name). */
    private static boolean shown(Field f) {
        return !f.isSynthetic() && f.getName().indexOf('$') < 0;
    }

    /** Makes a sketch class's field readable; sketch classes live in an unnamed module, open to the engine. */
    private static boolean open(Field f) {
        try {
            f.setAccessible(true);
            return true;
        } catch (RuntimeException e) { // InaccessibleObjectException or SecurityException: such a field is not shown
            return false;
        }
    }

    private static List<Child> page(List<Child> all, int from, int limit) {
        int start = Math.min(Math.max(0, from), all.size());
        return all.subList(start, Math.min(all.size(), start + limit));
    }
}
