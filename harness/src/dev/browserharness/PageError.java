package dev.browserharness;

/**
 * An exception thrown by page code (or a page's syntax error), as the page would report it: the JS error's
 * {@code name} and {@code message}, where it was thrown ({@code url}, {@code line}, {@code column}: the first frame
 * of page code, not of the harness's own scripts) and the page's {@code stack}. Thrown by
 * {@link Page#evaluate(String, Class)} and friends; given to {@link Page#onPageError} listeners for uncaught errors.
 */
public class PageError extends RuntimeException {
    private final String name;
    private final String jsMessage;
    private final String url;
    private final int line;
    private final int column;
    private final String stack;

    public PageError(String name, String message, String url, int line, int column, String stack) {
        super(headline(name, message) + (url == null || url.isEmpty() ? "" : " (at " + url + ":" + line + ":" + column + ")"));
        this.name = name;
        this.jsMessage = message;
        this.url = url == null ? "" : url;
        this.line = line;
        this.column = column;
        this.stack = stack == null ? headline(name, message) : stack;
    }

    private static String headline(String name, String message) {
        return name == null || name.isEmpty() ? message : name + ": " + message;
    }

    /** The error's name: {@code TypeError}, {@code SyntaxError}...; empty for a thrown non-Error value. */
    public String name() {
        return name;
    }

    /** The error's own message (without the name). */
    public String jsMessage() {
        return jsMessage;
    }

    /** The script where it was thrown (empty when unknown). */
    public String url() {
        return url;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The page's stack: {@code Name: message} and its page frames ({@code at f (http://app/a.js:3:9)}). */
    public String stack() {
        return stack;
    }
}
