package dev.relive.event;

/** How much a {@link EngineEvent.Notice} matters; its wire name is given by {@link EventJson}. */
public enum NoticeLevel {
    /** Good to know, such as threads stopped with their generation. */
    INFO,
    /** Something did not go as asked, and the engine went on another way. */
    WARNING,
    /** Something failed, such as writing the history. */
    ERROR
}
