package dev.relive.history;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;

/**
 * The paths and the metadata format of the history on disk (see the package documentation): where a generation's
 * metadata and a file content's object live, and how metadata is written and read back.
 */
final class HistoryFormat {

    /** The metadata format this version writes. */
    static final String VERSION = "2";
    static final String SOURCE = "source.";
    static final String RAW = "raw.";

    final Path relive;
    final Path generations;
    final Path objects;
    final Path live;
    final Path legacy;

    HistoryFormat(Path sketchRoot) {
        this.relive = sketchRoot.resolve(".relive");
        this.generations = relive.resolve("generations");
        this.objects = relive.resolve("objects");
        this.live = relive.resolve("live");
        this.legacy = relive.resolve("history");
    }

    /** The metadata file of generation {@code number}. */
    Path meta(int number) {
        return generations.resolve(number + ".properties");
    }

    /** The object file holding the content whose hash is {@code hash}. */
    Path object(String hash) {
        return objects.resolve(hash.substring(0, 2)).resolve(hash.substring(2));
    }

    /** The SHA-256 of {@code bytes}, in lower-case hex: an object's name. */
    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Whether {@code text} looks like an object name. */
    static boolean isHash(String text) {
        return text.length() == 64 && text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    /** A generation's metadata: everything but its file contents, which it names by hash. */
    static Properties metadata(Generation g, Map<String, String> sourceHashes, Map<String, String> rawHashes) {
        Properties p = new Properties();
        p.setProperty("format", VERSION);
        p.setProperty("number", String.valueOf(g.number()));
        p.setProperty("time", g.time().toString());
        p.setProperty("status", g.status().name());
        p.setProperty("changed", String.join("\n", g.changedFiles()));
        p.setProperty("liveMillis", String.valueOf(g.liveMillis()));
        g.revertOf().ifPresent(n -> p.setProperty("revertOf", String.valueOf(n)));
        sourceHashes.forEach((file, hash) -> p.setProperty(SOURCE + file, hash));
        rawHashes.forEach((file, hash) -> p.setProperty(RAW + file, hash));
        return p;
    }

    /** {@code p} as the UTF-8 bytes of a properties file. */
    static byte[] bytes(Properties p) {
        StringWriter out = new StringWriter();
        try {
            p.store(out, "Relive generation");
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads properties from UTF-8 bytes; throws if they are not UTF-8 or not a properties file. */
    static Properties properties(byte[] bytes) throws CharacterCodingException, IOException {
        Properties p = new Properties();
        p.load(new StringReader(utf8(bytes)));
        return p;
    }

    /** Decodes strict UTF-8: malformed bytes throw instead of becoming replacement characters. */
    static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }
}
