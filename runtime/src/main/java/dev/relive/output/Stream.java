package dev.relive.output;

/** Which standard stream sketch code wrote to; its wire name in events is given by {@code EventJson}. */
public enum Stream {
    /** {@code System.out}. */
    OUT,
    /** {@code System.err}. */
    ERR
}
