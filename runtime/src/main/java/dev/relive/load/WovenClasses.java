package dev.relive.load;

import dev.relive.guard.GuardWeaver;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The woven bytes of sketch classes, kept by the content of the compiled bytes they came from. Weaving is a pure
 * function of a class file's bytes, and a save that changes one file of a thousand carries the other classes' bytes
 * over unchanged, so a new generation's loader weaves only the classes that were compiled again (it still defines
 * every class: a generation's loader must). Shared by every generation's loader, on whatever thread loads a class,
 * hence concurrent. It keeps only the classes of the generation loaded last ({@link #keepOnly}): a generation defines
 * all its classes when it is loaded and never asks again, so nothing older is ever looked up. A lost entry only
 * costs weaving that class again.
 */
final class WovenClasses {

    private static final ConcurrentHashMap<Content, byte[]> WOVEN = new ConcurrentHashMap<>();

    private WovenClasses() {
    }

    /** The guarded, lambda-woven bytes of {@code compiled}, woven now or kept from an earlier generation. */
    static byte[] of(byte[] compiled) {
        Content key = new Content(compiled);
        byte[] woven = WOVEN.get(key);
        if (woven == null) {
            woven = SerializableLambdas.weave(GuardWeaver.weave(compiled));
            WOVEN.put(key, woven);
        }
        return woven;
    }

    /** Forgets every class but {@code compiled}'s, the generation just loaded (the next one carries most of them over). */
    static void keepOnly(java.util.Collection<byte[]> compiled) {
        java.util.Set<Content> keep = new java.util.HashSet<>();
        compiled.forEach(bytes -> keep.add(new Content(bytes)));
        WOVEN.keySet().retainAll(keep);
    }

    /** A class file's bytes compared by content. The bytes are never written to after compiling. */
    private record Content(byte[] bytes, int hash) {
        Content(byte[] bytes) {
            this(bytes, Arrays.hashCode(bytes));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Content c && c.hash == hash && Arrays.equals(c.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
