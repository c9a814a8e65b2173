package dev.browserharness.agent;

import java.util.Locale;

/**
 * Per-page caps: what a page may take before it gets the browser's error instead of the JVM's. Held by each
 * context (ContextRuntime.limits()) and applied to every page of it, each page counted on its own.
 *
 * @param maxArrayBufferBytes largest single {@code ArrayBuffer}: beyond it, {@code RangeError: Array buffer
 *     allocation failed}, as a browser says when it cannot get the memory. Ceiling: GraalJS's, 2³¹−9 bytes (a Java
 *     array); default: a quarter of the JVM's maximum heap, under that ceiling (ArrayBuffers live on the Java heap,
 *     and one that the heap cannot hold would end the page instead of throwing).
 * @param maxSharedArrayBufferBytes largest {@code SharedArrayBuffer} (its {@code maxByteLength} for a growable one):
 *     beyond it, the same RangeError. Default and ceiling 2³¹−1 bytes.
 * @param maxWorkers live dedicated workers per page (nested ones included); a {@code new Worker} beyond it does not
 *     start: its Worker gets an {@code error} event, as for a script that failed to load, and a {@code [harness]}
 *     line says why. Default 512 (Firefox's per-origin cap; Chromium has none).
 * @param maxMemoryBytes the page's budget of memory the harness allocates off the Java heap for it:
 *     SharedArrayBuffers (held until no agent of any page holds them) and WebAssembly.Memory objects made or grown from JS
 *     (until collected). Beyond it, the RangeError (V8's WebAssembly.Memory one for a memory). Default 4 GiB.
 * @param maxStatementsPerTask statements one task (a script, a callback, a message) may run before its agent is
 *     ended with a report; 0 (default): no limit. Uses GraalVM's {@code ResourceLimits}.
 */
public record Limits(long maxArrayBufferBytes, long maxSharedArrayBufferBytes, int maxWorkers, long maxMemoryBytes,
        long maxStatementsPerTask) {
    /** GraalJS's largest ArrayBuffer (its option js.max-typed-array-length defaults to it). */
    public static final long ARRAY_BUFFER_CEILING = Integer.MAX_VALUE - 8;
    public static final long SHARED_ARRAY_BUFFER_CEILING = Integer.MAX_VALUE;

    public static final Limits DEFAULTS = new Limits(Math.min(ARRAY_BUFFER_CEILING, Runtime.getRuntime().maxMemory() / 4),
            SHARED_ARRAY_BUFFER_CEILING, 512, 4L << 30, 0);

    public Limits {
        check("maxArrayBufferBytes", maxArrayBufferBytes, 0, ARRAY_BUFFER_CEILING);
        check("maxSharedArrayBufferBytes", maxSharedArrayBufferBytes, 0, SHARED_ARRAY_BUFFER_CEILING);
        check("maxWorkers", maxWorkers, 0, Integer.MAX_VALUE);
        check("maxMemoryBytes", maxMemoryBytes, 0, Long.MAX_VALUE);
        check("maxStatementsPerTask", maxStatementsPerTask, 0, Long.MAX_VALUE);
    }

    private static void check(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", not " + value);
        }
    }

    public Limits withMaxArrayBufferBytes(long v) {
        return new Limits(v, maxSharedArrayBufferBytes, maxWorkers, maxMemoryBytes, maxStatementsPerTask);
    }

    public Limits withMaxSharedArrayBufferBytes(long v) {
        return new Limits(maxArrayBufferBytes, v, maxWorkers, maxMemoryBytes, maxStatementsPerTask);
    }

    public Limits withMaxWorkers(int v) {
        return new Limits(maxArrayBufferBytes, maxSharedArrayBufferBytes, v, maxMemoryBytes, maxStatementsPerTask);
    }

    public Limits withMaxMemoryBytes(long v) {
        return new Limits(maxArrayBufferBytes, maxSharedArrayBufferBytes, maxWorkers, v, maxStatementsPerTask);
    }

    public Limits withMaxStatementsPerTask(long v) {
        return new Limits(maxArrayBufferBytes, maxSharedArrayBufferBytes, maxWorkers, maxMemoryBytes, v);
    }

    /**
     * A size as the CLI takes it: a whole number of bytes, or with a binary suffix {@code k}, {@code M}, {@code G}
     * (e.g. {@code 64M}).
     *
     * @throws IllegalArgumentException for anything else
     */
    public static long parseBytes(String text) {
        return parse(text, "a number of bytes (e.g. 1048576, 64M, 2G)");
    }

    /** A count as the CLI takes it: a whole number, or with a suffix {@code k}, {@code M}, {@code G} (binary). */
    public static long parseCount(String text) {
        return parse(text, "a whole number (e.g. 100, 10k, 1M)");
    }

    private static long parse(String text, String what) {
        if (text == null || !text.matches("[0-9]{1,19}[kKmMgG]?")) {
            throw new IllegalArgumentException("takes " + what + ", not " + text);
        }
        char last = Character.toLowerCase(text.charAt(text.length() - 1));
        int shift = switch (last) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        String digits = shift == 0 ? text : text.substring(0, text.length() - 1);
        long n;
        try {
            n = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("takes " + what + ", not " + text);
        }
        if (n > (Long.MAX_VALUE >> shift)) throw new IllegalArgumentException("is too large: " + text);
        return n << shift;
    }

    /** A byte count for messages: 1 GiB, 64 MiB, 1000 bytes. */
    public static String describeBytes(long n) {
        if (n >= 1L << 30 && n % (1L << 30) == 0) return (n >> 30) + " GiB";
        if (n >= 1L << 20 && n % (1L << 20) == 0) return (n >> 20) + " MiB";
        if (n >= 1L << 10 && n % (1L << 10) == 0) return (n >> 10) + " KiB";
        return String.format(Locale.ROOT, "%d bytes", n);
    }
}
