package dev.relive.event;

/** Why the live code went back to an earlier generation's; its wire name is given by {@link EventJson}. */
public enum RevertReason {
    /** The person asked for it. */
    USER,
    /** New code faulted on probation. */
    FAULT
}
