package dev.relive.migrate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.Stack;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Vector;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.function.Supplier;

/**
 * How each known kind of JDK container is rebuilt in the new generation through its public API, so it keeps its
 * concrete kind, its mutability, its comparator and its iteration order: an {@code EnumSet} stays an
 * {@code EnumSet} of the new enum, a {@code List.of} stays immutable, an unmodifiable view stays a view of the
 * migrated backing list, {@code Arrays.asList} stays backed by the migrated array. Hash and tree containers are
 * refilled (not copied field by field) because their layout depends on the keys' hash codes and the comparator,
 * which may be new code. Private fields (a view's backing collection, an {@code EnumSet}'s element type) are
 * only read, by offset, so no {@code --add-opens} is needed.
 */
final class JdkContainers {

    /** Maps an old class (an enum's, a checked collection's element type) to the new generation's. */
    interface Types {
        Class<?> map(Class<?> type) throws Untranslatable;
    }

    /** Builds the twin of a container from its translated contents. */
    interface Builder {
        Object build(Object[] twins) throws Untranslatable;
    }

    /**
     * A container's parts to translate first, in its iteration order (for a map: key, value, key, value), and
     * how to build its twin from their translations.
     */
    record Shape(Object[] parts, Builder builder) {
    }

    /** Containers with a public no-argument constructor that are refilled with {@code add} in iteration order. */
    private static final Map<Class<?>, Supplier<Collection<Object>>> FILLED = Map.ofEntries(
            Map.entry(ArrayList.class, ArrayList::new), Map.entry(LinkedList.class, LinkedList::new),
            Map.entry(ArrayDeque.class, ArrayDeque::new), Map.entry(HashSet.class, HashSet::new),
            Map.entry(LinkedHashSet.class, LinkedHashSet::new), Map.entry(Vector.class, Vector::new),
            Map.entry(Stack.class, Stack::new), Map.entry(CopyOnWriteArrayList.class, CopyOnWriteArrayList::new),
            Map.entry(CopyOnWriteArraySet.class, CopyOnWriteArraySet::new),
            Map.entry(ConcurrentLinkedQueue.class, ConcurrentLinkedQueue::new),
            Map.entry(ConcurrentLinkedDeque.class, ConcurrentLinkedDeque::new),
            Map.entry(LinkedBlockingDeque.class, LinkedBlockingDeque::new));

    /** Maps with a public no-argument constructor, refilled with {@code put} in iteration order. */
    private static final Map<Class<?>, Supplier<Map<Object, Object>>> PUT = Map.of(
            HashMap.class, HashMap::new, IdentityHashMap.class, IdentityHashMap::new,
            WeakHashMap.class, WeakHashMap::new, ConcurrentHashMap.class, ConcurrentHashMap::new,
            Hashtable.class, Hashtable::new);

    private JdkContainers() {
    }

    /**
     * The shape of {@code value} when it is a JDK container of a known kind, else null. An unknown JDK container
     * is shared as it is when it holds no sketch object; see {@link #holdsSketchObjects}.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Shape of(Object value, Types types) throws Untranslatable {
        Class<?> type = value.getClass();
        if (!type.getName().startsWith("java.util.")) {
            return null;
        }
        Supplier<Collection<Object>> filled = FILLED.get(type);
        if (filled != null) {
            return new Shape(((Collection<?>) value).toArray(), twins -> fill(filled.get(), twins));
        }
        Supplier<Map<Object, Object>> put = PUT.get(type);
        if (put != null) {
            return new Shape(entries((Map<?, ?>) value), twins -> put(put.get(), twins, 0));
        }
        if (type == LinkedHashMap.class) {
            boolean accessOrder = (Boolean) Allocator.readField(value, LinkedHashMap.class, "accessOrder");
            return new Shape(entries((Map<?, ?>) value), twins -> put(new LinkedHashMap<>(16, 0.75f, accessOrder), twins, 0));
        }
        if (value instanceof LinkedBlockingQueue<?> q) {
            int capacity = q.size() + q.remainingCapacity();
            return new Shape(q.toArray(), twins -> fill(new LinkedBlockingQueue<>(capacity), twins));
        }
        Shape sorted = sorted(value);
        if (sorted != null) {
            return sorted;
        }
        if (value instanceof EnumSet<?> set) {
            Class elementType = (Class<?>) Allocator.readField(value, EnumSet.class, "elementType");
            Class<?> mapped = types.map(elementType);
            return new Shape(set.toArray(), twins -> fill(EnumSet.noneOf((Class) mapped), twins));
        }
        if (value instanceof EnumMap<?, ?> map) {
            Class keyType = (Class<?>) Allocator.readField(value, EnumMap.class, "keyType");
            Class<?> mapped = types.map(keyType);
            return new Shape(entries(map), twins -> put(new EnumMap(mapped), twins, 0));
        }
        if (value instanceof BitSet bits) {
            return new Shape(new Object[0], twins -> bits.clone());
        }
        String name = type.getName();
        if (name.startsWith("java.util.ImmutableCollections$")) {
            return immutable(value);
        }
        if (name.equals("java.util.Arrays$ArrayList")) {
            Object array = Allocator.readField(value, type, "a");
            return new Shape(new Object[]{array}, twins -> Arrays.asList((Object[]) twins[0]));
        }
        if (name.startsWith("java.util.Collections$") && (value instanceof Collection<?> || value instanceof Map<?, ?>)) {
            return collections(value, type.getSimpleName(), types);
        }
        return null;
    }

    /** Whether an unknown container or JDK object holds, directly, an object or class of an old generation. */
    static boolean holdsSketchObjects(Object value, ObjectTranslator translator) {
        Iterable<?> items = value instanceof Collection<?> c ? c
                : value instanceof Map<?, ?> m ? Arrays.asList(entries(m)) : Allocator.references(value);
        for (Object item : items) {
            if (item != null && (translator.isOldSketchClass(item.getClass())
                    || item instanceof Class<?> k && translator.isOldSketchClass(k))) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Shape sorted(Object value) {
        Comparator<?> comparator;
        Builder builder;
        Object[] contents;
        if (value instanceof TreeSet<?> || value instanceof ConcurrentSkipListSet<?>) {
            comparator = ((SortedSet<?>) value).comparator();
            contents = ((Collection<?>) value).toArray();
            boolean tree = value instanceof TreeSet<?>;
            builder = twins -> fill(tree ? new TreeSet<>((Comparator) twins[0]) : new ConcurrentSkipListSet<>((Comparator) twins[0]),
                    Arrays.copyOfRange(twins, 1, twins.length));
        } else if (value instanceof PriorityQueue<?> q) {
            comparator = q.comparator();
            contents = q.toArray();
            builder = twins -> fill(new PriorityQueue<>(Math.max(1, twins.length), (Comparator) twins[0]),
                    Arrays.copyOfRange(twins, 1, twins.length));
        } else if (value instanceof PriorityBlockingQueue<?> q) {
            comparator = q.comparator();
            contents = q.toArray();
            builder = twins -> fill(new PriorityBlockingQueue<>(Math.max(1, twins.length), (Comparator) twins[0]),
                    Arrays.copyOfRange(twins, 1, twins.length));
        } else if (value instanceof TreeMap<?, ?> || value instanceof ConcurrentSkipListMap<?, ?>) {
            comparator = ((SortedMap<?, ?>) value).comparator();
            contents = entries((Map<?, ?>) value);
            boolean tree = value instanceof TreeMap<?, ?>;
            builder = twins -> put(tree ? new TreeMap<>((Comparator) twins[0]) : new ConcurrentSkipListMap<>((Comparator) twins[0]),
                    twins, 1);
        } else {
            return null;
        }
        Object[] parts = new Object[contents.length + 1];
        parts[0] = comparator;
        System.arraycopy(contents, 0, parts, 1, contents.length);
        return new Shape(parts, builder);
    }

    /** {@code List.of}, {@code Set.of}, {@code Map.of} and their copies: rebuilt immutable, nulls kept where allowed. */
    private static Shape immutable(Object value) {
        if (value instanceof List<?> list) {
            Object[] items = list.toArray();
            boolean nulls = Arrays.asList(items).contains(null); // Stream.toList() allows them, List.of does not
            return new Shape(items, twins -> nulls ? Arrays.stream(twins).toList() : List.of(twins));
        }
        if (value instanceof Set<?> set) {
            return new Shape(set.toArray(), Set::of);
        }
        Map<?, ?> map = (Map<?, ?>) value;
        return new Shape(entries(map), twins -> {
            Map.Entry<?, ?>[] pairs = new Map.Entry<?, ?>[twins.length / 2];
            for (int i = 0; i < pairs.length; i++) {
                pairs[i] = Map.entry(twins[2 * i], twins[2 * i + 1]);
            }
            return Map.ofEntries(pairs);
        });
    }

    /** The wrappers and singletons of {@link Collections}: a view stays a view of the migrated backing container. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Shape collections(Object value, String kind, Types types) throws Untranslatable {
        if (kind.startsWith("Empty")) {
            return new Shape(new Object[0], twins -> value);
        }
        if (kind.equals("SingletonList") || kind.equals("SingletonSet")) {
            return new Shape(((Collection<?>) value).toArray(), twins -> kind.equals("SingletonList")
                    ? Collections.singletonList(twins[0]) : Collections.singleton(twins[0]));
        }
        if (kind.equals("SingletonMap")) {
            return new Shape(entries((Map<?, ?>) value), twins -> Collections.singletonMap(twins[0], twins[1]));
        }
        Class<?> declaring = value.getClass();
        boolean map = value instanceof Map<?, ?>;
        while (declaring.getSuperclass() != null && declaring.getSuperclass().getName().startsWith("java.util.Collections$")) {
            declaring = declaring.getSuperclass(); // the backing field lives in the base wrapper class
        }
        Object backing = Allocator.readField(value, declaring, map ? "m" : "c");
        String view = kind.replace("Unmodifiable", "").replace("Synchronized", "").replace("Checked", "")
                .replace("RandomAccess", "");
        if (kind.startsWith("Unmodifiable")) {
            return new Shape(new Object[]{backing}, twins -> unmodifiable(view, twins[0]));
        }
        if (kind.startsWith("Synchronized")) {
            return new Shape(new Object[]{backing}, twins -> synchronizedView(view, twins[0]));
        }
        if (kind.startsWith("Checked") && !map) {
            Class<?> element = types.map((Class<?>) Allocator.readField(value, declaring, "type"));
            return new Shape(new Object[]{backing}, twins -> switch (view) {
                case "List" -> Collections.checkedList((List) twins[0], element);
                case "Set" -> Collections.checkedSet((Set) twins[0], element);
                case "Queue" -> Collections.checkedQueue((Queue) twins[0], element);
                default -> Collections.checkedCollection((Collection) twins[0], element);
            });
        }
        if (kind.equals("CheckedMap")) {
            Class<?> key = types.map((Class<?>) Allocator.readField(value, declaring, "keyType"));
            Class<?> val = types.map((Class<?>) Allocator.readField(value, declaring, "valueType"));
            return new Shape(new Object[]{backing}, twins -> Collections.checkedMap((Map) twins[0], key, val));
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object unmodifiable(String view, Object backing) throws Untranslatable {
        return switch (view) {
            case "List" -> Collections.unmodifiableList((List) backing);
            case "Set" -> Collections.unmodifiableSet((Set) backing);
            case "SortedSet" -> Collections.unmodifiableSortedSet((SortedSet) backing);
            case "NavigableSet" -> Collections.unmodifiableNavigableSet((NavigableSet) backing);
            case "Map" -> Collections.unmodifiableMap((Map) backing);
            case "SortedMap" -> Collections.unmodifiableSortedMap((SortedMap) backing);
            case "NavigableMap" -> Collections.unmodifiableNavigableMap((NavigableMap) backing);
            case "Collection" -> Collections.unmodifiableCollection((Collection) backing);
            default -> throw new Untranslatable("an unmodifiable " + view + " view cannot be rebuilt");
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object synchronizedView(String view, Object backing) throws Untranslatable {
        return switch (view) {
            case "List" -> Collections.synchronizedList((List) backing);
            case "Set" -> Collections.synchronizedSet((Set) backing);
            case "SortedSet" -> Collections.synchronizedSortedSet((SortedSet) backing);
            case "NavigableSet" -> Collections.synchronizedNavigableSet((NavigableSet) backing);
            case "Map" -> Collections.synchronizedMap((Map) backing);
            case "SortedMap" -> Collections.synchronizedSortedMap((SortedMap) backing);
            case "NavigableMap" -> Collections.synchronizedNavigableMap((NavigableMap) backing);
            case "Collection" -> Collections.synchronizedCollection((Collection) backing);
            default -> throw new Untranslatable("a synchronized " + view + " view cannot be rebuilt");
        };
    }

    private static Object[] entries(Map<?, ?> map) {
        Object[] parts = new Object[map.size() * 2];
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            parts[i++] = e.getKey();
            parts[i++] = e.getValue();
        }
        return parts;
    }

    private static Object fill(Collection<Object> into, Object[] twins) {
        into.addAll(Arrays.asList(twins));
        return into;
    }

    private static Object put(Map<Object, Object> into, Object[] twins, int from) {
        for (int i = from; i + 1 < twins.length; i += 2) {
            into.put(twins[i], twins[i + 1]);
        }
        return into;
    }
}
