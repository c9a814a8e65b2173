package dev.browserharness;

/**
 * One console call (or one uncaught error) of any agent, as Playwright's ConsoleMessage: {@code type} is
 * log/info/debug/warn/error; {@code agent} names the agent that printed it, e.g. {@code window#1}.
 */
public record ConsoleMessage(String type, String text, String agent) {
    /** log, info and debug go to stdout; warn and error to stderr. */
    public boolean isStdout() {
        return type.equals("log") || type.equals("info") || type.equals("debug");
    }

    @Override
    public String toString() {
        return type + ": " + text;
    }
}
