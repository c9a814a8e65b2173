package dev.browserharness;

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

    public ContextOptions() {}

    ContextOptions(ContextOptions other) {
        mounts.putAll(other.mounts);
        isolation = other.isolation;
        allowNetwork = other.allowNetwork;
        maxFileSize = other.maxFileSize;
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

    public Map<String, Path> mounts() {
        return Map.copyOf(mounts);
    }

    public boolean isolation() {
        return isolation;
    }

    public boolean allowNetwork() {
        return allowNetwork;
    }

    dev.browserharness.agent.Limits limits() {
        return dev.browserharness.agent.Limits.DEFAULTS;
    }
}
