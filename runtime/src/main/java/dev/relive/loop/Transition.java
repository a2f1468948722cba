package dev.relive.loop;

/** Why a generation is being applied; it decides probation, setup and what is announced. */
public enum Transition {
    /** A save produced new code. */
    SAVE,
    /** The user reverted to an older generation. */
    USER_REVERT,
    /** Probation caught a fault and went back to the previous good generation. */
    FAULT_REVERT,
    /** A fresh instance of the live generation, with setup run again. */
    RESTART
}
