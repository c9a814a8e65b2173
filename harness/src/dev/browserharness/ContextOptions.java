package dev.browserharness;

import dev.browserharness.agent.Limits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings of a {@link BrowserContext}: what it serves (mounts), whether its documents are cross-origin
 * isolated, whether guest code may reach the real network. Mutable while being filled in; a
 * context copies it when created.
 */
public final class ContextOptions {
    private final Map<String, Path> mounts = new LinkedHashMap<>();
    private boolean isolation = true;
    private boolean allowNetwork;
    private int maxFileSize = dev.browserharness.net.Network.DEFAULT_MAX_FILE_SIZE;
    private Limits limits = Limits.DEFAULTS;
    private long serviceWorkerFetchTimeoutMs = dev.browserharness.ext.ServiceWorkers.DEFAULT_FETCH_TIMEOUT_MS;
    private java.time.Duration defaultTimeout = java.time.Duration.ofSeconds(30);

    public ContextOptions() {}

    ContextOptions(ContextOptions other) {
        mounts.putAll(other.mounts);
        isolation = other.isolation;
        allowNetwork = other.allowNetwork;
        maxFileSize = other.maxFileSize;
        limits = other.limits;
        serviceWorkerFetchTimeoutMs = other.serviceWorkerFetchTimeoutMs;
        defaultTimeout = other.defaultTimeout;
    }

    /**
     * Serves folder {@code dir} at {@code url} (an origin or a path under one, e.g. {@code http://example/}).
     * The longest matching prefix serves a request. The folder must exist.
     *
     * @throws IllegalArgumentException for a relative URL or a missing folder
     */
    public ContextOptions mount(String url, Path dir) {
        String prefix = dev.browserharness.net.Network.normalizePrefix(url);
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("mount " + url + ": not a folder: " + dir);
        mounts.put(prefix, dir);
        return this;
    }

    /**
     * Serves the class-path folder {@code resourcePath} (e.g. {@code "/pages"}: {@code src/test/resources/pages},
     * or a folder inside a jar) at {@code url}, looked up with the thread's context class loader.
     *
     * @throws IllegalArgumentException for a relative URL, or when no such folder is on the class path
     */
    public ContextOptions mountResources(String url, String resourcePath) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return mountResources(url, resourcePath, loader != null ? loader : ContextOptions.class.getClassLoader());
    }

    /** {@link #mountResources(String, String)} with the given class loader. */
    public ContextOptions mountResources(String url, String resourcePath, ClassLoader loader) {
        String name = resourcePath.replaceAll("^/+", "").replaceAll("/+$", "");
        java.net.URL found = loader.getResource(name.isEmpty() ? "" : name + "/");
        if (found == null) found = loader.getResource(name);
        if (found == null) throw new IllegalArgumentException("mountResources " + url + ": no folder " + resourcePath + " on the class path");
        Path dir;
        try {
            java.net.URI uri = found.toURI();
            if (uri.getScheme().equals("jar")) {
                try {
                    java.nio.file.FileSystems.newFileSystem(uri, Map.of());
                } catch (java.nio.file.FileSystemAlreadyExistsException e) {
                    // opened before: Path.of finds it
                }
            }
            dir = Path.of(uri);
        } catch (java.net.URISyntaxException | java.io.IOException | RuntimeException e) {
            throw new IllegalArgumentException("mountResources " + url + ": cannot open " + found + ": " + e, e);
        }
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("mountResources " + url + ": " + resourcePath + " is a file, not a folder");
        return mount(url, dir);
    }

    public ContextOptions mounts(Map<String, Path> all) {
        all.forEach(this::mount);
        return this;
    }

    /** With isolation on (default) mounts send COOP/COEP, so documents are crossOriginIsolated. */
    public ContextOptions isolation(boolean on) {
        isolation = on;
        return this;
    }

    /** Lets guest code reach real http(s) URLs outside the mounts (off by default: sandbox). */
    public ContextOptions allowNetwork(boolean on) {
        allowNetwork = on;
        return this;
    }

    /**
     * The most bytes served from one mounted file (default 256 MiB); a larger one gets a 403 and a diagnostic line.
     * At most {@link dev.browserharness.net.Network#LARGEST_MAX_FILE_SIZE}.
     */
    public ContextOptions maxFileSize(long bytes) {
        if (bytes < 0 || bytes > dev.browserharness.net.Network.LARGEST_MAX_FILE_SIZE) {
            throw new IllegalArgumentException("maxFileSize must be 0 to " + dev.browserharness.net.Network.LARGEST_MAX_FILE_SIZE + " bytes, not " + bytes);
        }
        maxFileSize = (int) bytes;
        return this;
    }

    public int maxFileSize() {
        return maxFileSize;
    }

    /**
     * How long a request waits for its service worker's {@code respondWith} before it is a network error (with a
     * {@code [harness]} line naming the request). Chromium's is 5 minutes, the default.
     */
    public ContextOptions serviceWorkerFetchTimeout(java.time.Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("serviceWorkerFetchTimeout must be positive: " + timeout);
        serviceWorkerFetchTimeoutMs = timeout.toMillis();
        return this;
    }

    public long serviceWorkerFetchTimeoutMillis() {
        return serviceWorkerFetchTimeoutMs;

    }

    /** The timeout of the context's blocking calls that take none (evaluate, waits, route answers); 30 s by default. */
    public ContextOptions defaultTimeout(java.time.Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("defaultTimeout must be positive: " + timeout);
        defaultTimeout = timeout;
        return this;
    }

    public java.time.Duration defaultTimeout() {
        return defaultTimeout;
    }

    public Map<String, Path> mounts() {
        return Map.copyOf(mounts);
    }

    public boolean isolation() {
        return isolation;
    }

    public boolean allowNetwork() {
        return allowNetwork;
    }

    // ---- per-page limits: each page of the context gets them on its own -------------------------------------

    /**
     * The largest {@code ArrayBuffer} a page may allocate, in bytes (default: a quarter of the JVM's maximum heap, at
     * most 2³¹−9, GraalJS's ceiling); a larger one is {@code RangeError: Array buffer allocation failed}. A context with
     * a value other than the default does not share compiled code with the others.
     *
     * @throws IllegalArgumentException outside 0..2³¹−9
     */
    public ContextOptions maxArrayBufferBytes(long bytes) {
        limits = limits.withMaxArrayBufferBytes(bytes);
        return this;
    }

    /** The largest {@code SharedArrayBuffer} (its maxByteLength if growable), in bytes: default and most 2³¹−1. */
    public ContextOptions maxSharedArrayBufferBytes(long bytes) {
        limits = limits.withMaxSharedArrayBufferBytes(bytes);
        return this;
    }

    /** Live dedicated workers per page (default 512); a {@code new Worker} beyond it fires {@code error} and does not start. */
    public ContextOptions maxWorkers(int workers) {
        limits = limits.withMaxWorkers(workers);
        return this;
    }

    /**
     * A page's budget of memory allocated for it off the Java heap (SharedArrayBuffers, WebAssembly.Memory objects made
     * or grown from JS), in bytes (default 4 GiB); beyond it an allocation is {@code RangeError: Array buffer allocation
     * failed} (for a memory, V8's {@code WebAssembly.Memory} RangeError).
     */
    public ContextOptions maxMemoryBytes(long bytes) {
        limits = limits.withMaxMemoryBytes(bytes);
        return this;
    }

    /**
     * Statements one task (a script, a callback, one message) may execute; beyond it the agent is ended and the page
     * gets an uncaught error and a {@code [harness]} line. 0 (default) means no limit. Counting statements slows
     * compiled code down, so leave it off unless pages are untrusted.
     */
    public ContextOptions maxStatementsPerTask(long statements) {
        limits = limits.withMaxStatementsPerTask(statements);
        return this;
    }

    Limits limits() {
        return limits;
    }
}
