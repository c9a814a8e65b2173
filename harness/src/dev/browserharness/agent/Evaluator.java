package dev.browserharness.agent;

import dev.browserharness.PageError;
import dev.browserharness.TimeoutError;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * Runs Java-API code in an agent (Page/Worker.evaluate, waitForFunction) as a task on its loop, awaits a promise
 * result, and maps values between JS and Java through the tagged trees of {@code js-shims/evaluate.js}. The caller
 * blocks with a deadline; a closed agent is an error at once, never a hang.
 */
public final class Evaluator {
    /** The name evaluated expressions carry in stacks and locations ({@code about:evaluate:1:5}). */
    public static final String SOURCE_NAME = "about:evaluate";
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private Evaluator() {}

    /**
     * Evaluates {@code expression} in {@code agent}; a function result is called with {@code arg} (when
     * {@code hasArg}), a promise awaited. Returns the mapped value: null, Boolean, Integer/Double, BigInteger,
     * String, byte[], Instant, List, Map.
     *
     * @throws PageError what the page threw (or its syntax error)
     * @throws TimeoutError not finished within {@code timeout}
     * @throws ClassCastException the result has no Java form (a function, a symbol, a cycle)
     * @throws IllegalStateException the agent has ended
     */
    public static Object evaluate(Agent agent, String expression, boolean hasArg, Object arg, Duration timeout) {
        Object argTree = hasArg ? toTree(arg) : null;
        CompletableFuture<Object> result = new CompletableFuture<>();
        boolean posted = agent.loop().post(() -> start(agent, expression, hasArg, argTree, result));
        if (!posted) throw ended(agent);
        return await(agent, result, timeout, "evaluate(" + abbreviate(expression) + ")");
    }

    private static void start(Agent agent, String expression, boolean hasArg, Object argTree, CompletableFuture<Object> result) {
        Value value;
        try {
            value = agent.context().eval(Source.newBuilder("js", expression, SOURCE_NAME).buildLiteral());
        } catch (PolyglotException e) {
            if (e.isCancelled() || e.isInterrupted() || agent.isTerminated()) throw e;
            result.completeExceptionally(pageError(agent, e));
            return;
        }
        ProxyExecutable done = args -> {
            try {
                result.complete(fromTree(args[0]));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
            return null;
        };
        ProxyExecutable fail = args -> {
            PageError error = pageError(args[0]);
            result.completeExceptionally(args[1].asBoolean()
                    ? new ClassCastException("evaluate: " + error.jsMessage()) : error);
            return null;
        };
        try {
            agent.internal("evaluation").execute(value, hasArg ? argTree : null, done, fail);
        } catch (PolyglotException e) {
            if (e.isCancelled() || e.isInterrupted() || agent.isTerminated()) throw e;
            result.completeExceptionally(pageError(agent, e)); // e.g. a getter of the result threw
        }
    }

    /** Waits for {@code result} until {@code timeout}, failing early when the agent ends. */
    public static <T> T await(Agent agent, CompletableFuture<T> result, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            try {
                return result.get(Math.max(0, Math.min(left, POLL_NANOS)), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw new IllegalStateException(e.getCause());
            } catch (TimeoutException e) {
                if (agent.isTerminated() || "closed".equals(agent.state())) throw ended(agent);
                if (deadline - System.nanoTime() <= 0) {
                    throw new TimeoutError(what + " did not finish within " + seconds(timeout) + " in " + agent.label()
                            + " (" + agent.state() + "). Agents:\n" + agent.page().report());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
    }

    /** "300 ms", "30 s": a timeout as messages say it. */
    public static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static IllegalStateException ended(Agent agent) {
        return new IllegalStateException(agent.label() + " (" + agent.url() + ") has ended: its page was closed, navigated away, or the worker terminated");
    }

    private static String abbreviate(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }

    /** A PolyglotException thrown while evaluating: a guest error described by the page, or a syntax error. */
    private static PageError pageError(Agent agent, PolyglotException e) {
        if (e.isSyntaxError()) {
            SourceSection at = e.getSourceLocation();
            String message = e.getMessage().replaceFirst("^SyntaxError: ", "").replaceFirst("^\\S+:\\d+:\\d+ ", "");
            message = message.lines().findFirst().orElse(message);
            String url = at == null || at.getSource() == null ? SOURCE_NAME : at.getSource().getName();
            int line = at == null ? 1 : at.getStartLine(), col = at == null ? 1 : at.getStartColumn();
            return new PageError("SyntaxError", message, url, line, col,
                    "SyntaxError: " + message + "\n    at " + url + ":" + line + ":" + col);
        }
        if (e.isGuestException() && e.getGuestObject() != null) return pageError(agent.internal("errorInfo").execute(e.getGuestObject()));
        return new PageError("Error", e.getMessage(), "", 0, 0, null);
    }

    /** The page's description of a thrown value ({@code $.errorInfo}) as a PageError. */
    public static PageError pageError(Value info) {
        return new PageError(info.getMember("name").asString(), info.getMember("message").asString(),
                info.getMember("file").asString(), info.getMember("line").asInt(), info.getMember("col").asInt(),
                info.getMember("stack").asString());
    }

    // ---- JS -> Java ----------------------------------------------------------------------------------

    /** Maps a tree of {@code $.toHostTree} to Java (on the agent's thread). */
    public static Object fromTree(Value node) {
        String tag = node.getArrayElement(0).asString();
        switch (tag) {
            case "z":
                return null;
            case "p": {
                Value v = node.getArrayElement(1);
                if (v.isBoolean()) return v.asBoolean();
                if (v.isString()) return v.asString();
                if (v.fitsInInt()) return v.asInt();
                return v.asDouble();
            }
            case "i":
                return new BigInteger(node.getArrayElement(1).asString());
            case "b": {
                Value buffer = node.getArrayElement(1);
                byte[] out = new byte[(int) buffer.getBufferSize()];
                if (out.length > 0) buffer.readBuffer(0, out, 0, out.length);
                return out;
            }
            case "d":
                return Instant.ofEpochMilli((long) node.getArrayElement(1).asDouble());
            case "a": {
                Value items = node.getArrayElement(1);
                List<Object> out = new ArrayList<>((int) items.getArraySize());
                for (long i = 0; i < items.getArraySize(); i++) out.add(fromTree(items.getArrayElement(i)));
                return out;
            }
            case "o": {
                Value entries = node.getArrayElement(1);
                Map<String, Object> out = new LinkedHashMap<>();
                for (long i = 0; i < entries.getArraySize(); i++) {
                    Value e = entries.getArrayElement(i);
                    out.put(e.getArrayElement(0).asString(), fromTree(e.getArrayElement(1)));
                }
                return out;
            }
            default:
                throw new IllegalStateException("unknown value tag " + tag);
        }
    }

    // ---- Java -> JS ----------------------------------------------------------------------------------

    /** A Java value as a tree for {@code fromHost} in evaluate.js: null, Boolean, Number, String, byte[], Instant, Collection, Map. */
    public static Object toTree(Object v) {
        if (v == null) return node("z", null);
        if (v instanceof Boolean || v instanceof String) return node("p", v);
        if (v instanceof Character c) return node("p", c.toString());
        if (v instanceof BigInteger b) return node("i", b.toString());
        if (v instanceof Number n) {
            if (v instanceof Long l && Math.abs(l) > (1L << 53)) throw new IllegalArgumentException("evaluate: " + l + " does not fit a JS number; pass a BigInteger");
            return node("p", n instanceof Integer || n instanceof Short || n instanceof Byte ? (Object) n.intValue() : (Object) n.doubleValue());
        }
        if (v instanceof byte[] bytes) {
            Object[] items = new Object[bytes.length];
            for (int i = 0; i < bytes.length; i++) items[i] = bytes[i] & 0xff;
            return node("b", ProxyArray.fromArray(items));
        }
        if (v instanceof Instant t) return node("d", (double) t.toEpochMilli());
        if (v instanceof Collection<?> c) {
            List<Object> items = new ArrayList<>();
            for (Object o : c) items.add(toTree(o));
            return node("a", ProxyArray.fromList(items));
        }
        if (v instanceof Object[] arr) return toTree(List.of(arr));
        if (v instanceof Map<?, ?> m) {
            List<Object> entries = new ArrayList<>();
            m.forEach((k, val) -> entries.add(ProxyArray.fromArray(String.valueOf(k), toTree(val))));
            return node("o", ProxyArray.fromList(entries));
        }
        throw new IllegalArgumentException("evaluate: a " + v.getClass().getName()
                + " has no JS form (pass null, Boolean, Number, String, byte[], Instant, a Collection or a Map)");
    }

    private static Object node(String tag, Object payload) {
        return ProxyArray.fromArray(tag, payload);
    }

    // ---- Java types ----------------------------------------------------------------------------------

    /** Converts a mapped result to {@code type} (numbers widen/narrow exactly; anything else must already be one). */
    @SuppressWarnings("unchecked")
    public static <T> T as(Object v, Class<T> type) {
        Class<?> t = boxed(type);
        if (t == Void.class) return null;
        if (v == null) {
            if (type.isPrimitive()) throw new ClassCastException("evaluate: expected " + type.getName() + " but the page returned null");
            return null;
        }
        if (t.isInstance(v)) return (T) v;
        if (v instanceof Number n) {
            double d = n.doubleValue();
            if (t == Double.class) return (T) (Double) d;
            if (t == Float.class) return (T) (Float) (float) d;
            boolean integral = d == Math.rint(d) && !Double.isInfinite(d);
            if (integral && t == Long.class && Math.abs(d) <= 9.007199254740992E15) return (T) (Long) (long) d;
            if (integral && t == Integer.class && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) return (T) (Integer) (int) d;
            if (integral && t == BigInteger.class) return (T) BigInteger.valueOf((long) d);
        }
        throw new ClassCastException("evaluate: expected " + type.getSimpleName() + " but the page returned " + describe(v));
    }

    private static String describe(Object v) {
        String kind = v instanceof String ? "a string" : v instanceof Number ? "a number" : v instanceof Boolean ? "a boolean"
                : v instanceof List ? "an array" : v instanceof Map ? "an object" : v instanceof byte[] ? "bytes" : v.getClass().getSimpleName();
        String text = v instanceof byte[] b ? b.length + " bytes" : String.valueOf(v);
        return kind + " (" + (text.length() > 80 ? text.substring(0, 77) + "..." : text) + ")";
    }

    private static Class<?> boxed(Class<?> c) {
        if (!c.isPrimitive()) return c;
        if (c == int.class) return Integer.class;
        if (c == long.class) return Long.class;
        if (c == double.class) return Double.class;
        if (c == float.class) return Float.class;
        if (c == boolean.class) return Boolean.class;
        if (c == void.class) return Void.class;
        return c;
    }
}
