package dev.relive.export;

/** Why a sketch could not be exported, in words for the user (compile errors name file and line). */
public final class ExportException extends Exception {

    /** An export failure saying {@code message}. */
    public ExportException(String message) {
        super(message);
    }
}
