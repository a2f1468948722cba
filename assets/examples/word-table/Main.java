// Script mode: there is no Sketch class, so Relive runs main() again on every save (as hotload does).
// Try live: add a word to WORDS, change the column width, or sort by length instead of alphabetically
// (give the TreeMap a comparator: new TreeMap<>(Comparator.comparing(String::length).thenComparing(w -> w))).
// @Keep keeps a value across runs: `runs` counts how many times you have saved.

import dev.relive.api.Keep;

import java.util.Map;
import java.util.TreeMap;

public class Main {

    @Keep
    static int runs;

    static final String[] WORDS = {"live", "code", "java", "live", "state", "code", "live"};

    public static void main(String[] args) {
        runs++;
        Map<String, Integer> counts = new TreeMap<>();
        for (String word : WORDS) {
            counts.merge(word, 1, Integer::sum);
        }
        System.out.printf("run %d%n", runs);
        System.out.printf("%-10s %5s%n", "word", "count");
        counts.forEach((word, count) -> System.out.printf("%-10s %5d%n", word, count));
    }
}
