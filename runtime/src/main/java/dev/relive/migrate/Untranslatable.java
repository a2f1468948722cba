package dev.relive.migrate;

/** A value that cannot be carried into the new generation; the field takes its new value and the reason is reported. */
final class Untranslatable extends Exception {

    Untranslatable(String reason) {
        super(reason, null, false, false);
    }
}
