package dev.browserharness;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an uncaught-error report ("Uncaught TypeError: x\n    at f (http://app/a.js:3:9)") back into a PageError. */
final class PageErrors {
    private static final Pattern HEAD = Pattern.compile("^Uncaught (?:\\(in promise\\) )?(?:([A-Za-z_$][\\w$]*): )?(.*)$");
    private static final Pattern FRAME = Pattern.compile("^\\s+at (?:.*\\()?(\\S+?):(\\d+):(\\d+)\\)?$");
    private static final Pattern AT = Pattern.compile("\\(at (\\S+?):(\\d+):(\\d+)\\)$");

    private PageErrors() {}

    static PageError fromReport(String text) {
        String[] lines = text.split("\n");
        Matcher h = HEAD.matcher(lines[0]);
        String name = "", message = lines[0];
        if (h.matches()) {
            name = h.group(1) == null ? "" : h.group(1);
            message = h.group(2);
        }
        String url = "";
        int line = 0, col = 0;
        Matcher at = AT.matcher(message);
        if (at.find()) {
            url = at.group(1);
            line = Integer.parseInt(at.group(2));
            col = Integer.parseInt(at.group(3));
            message = message.substring(0, at.start()).strip();
        } else {
            for (int i = 1; i < lines.length; i++) {
                Matcher f = FRAME.matcher(lines[i]);
                if (f.matches()) {
                    url = f.group(1);
                    line = Integer.parseInt(f.group(2));
                    col = Integer.parseInt(f.group(3));
                    break;
                }
            }
        }
        String stack = text.startsWith("Uncaught (in promise) ") ? text.substring(22) : text.startsWith("Uncaught ") ? text.substring(9) : text;
        return new PageError(name, message, url, line, col, stack);
    }
}
