package dev.browserharness;

/**
 * A blocking call of the Java API (evaluate, a wait, a route handler's answer) did not finish in time. The message
 * says what was waited for and what each agent of the page was doing ({@link Page#report()}).
 */
public class TimeoutError extends RuntimeException {
    public TimeoutError(String message) {
        super(message);
    }
}
