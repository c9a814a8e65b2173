package dev.browserharness.junit;

/**
 * A failed {@link BrowserTest}: the original failure's message followed by each page's console, uncaught errors
 * and agents' report. The original exception is the cause, and its stack trace is this one's.
 */
public final class BrowserTestFailure extends AssertionError {
    public BrowserTestFailure(String message, Throwable cause) {
        super(message, cause);
        setStackTrace(cause.getStackTrace());
    }
}
