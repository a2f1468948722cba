package dev.relive.app.checks;

import dev.relive.app.console.SourceLink;
import dev.relive.event.EngineEvent;

import java.util.Objects;
import java.util.Optional;

/**
 * One check's result as the checks view lists it.
 *
 * @param name    the check, {@code Class.method}
 * @param passed  whether it passed
 * @param message why it failed, or the empty string
 * @param link    the sketch line it failed on, when the failure came from one
 */
public record CheckItem(String name, boolean passed, String message, Optional<SourceLink> link) {

    public CheckItem {
        Objects.requireNonNull(name, "Name must not be null");
        Objects.requireNonNull(message, "Message must not be null");
        Objects.requireNonNull(link, "Link must not be null; use Optional.empty()");
    }

    /** The item for one check event. */
    public static CheckItem of(EngineEvent.Check check) {
        return new CheckItem(check.check(), check.passed(), check.message(), SourceLink.at(check.file(), check.line()));
    }
}
