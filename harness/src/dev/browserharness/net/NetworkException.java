package dev.browserharness.net;

/** A network error (a browser's "Failed to fetch"): the reason goes to diagnostics, never to the page. */
public final class NetworkException extends Exception {
    public NetworkException(String message) {
        super(message);
    }

    public NetworkException(String message, Throwable cause) {
        super(message, cause);
    }
}
