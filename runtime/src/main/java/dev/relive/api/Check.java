package dev.relive.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A check that runs after every successful compile, before the new code goes live, in a throwaway instance
 * (as Richard Tew's livecoding ran a script's tests on every reload). The method takes no arguments; it fails
 * by throwing (use {@code assert}-style {@code throw new AssertionError("...")}) or by returning {@code false}.
 * With "hold swap on failing checks" on (the default), a failing check keeps the old code running.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Check {
}
