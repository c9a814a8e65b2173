package dev.browserharness.ext;

import java.nio.ByteBuffer;
import org.graalvm.polyglot.HostAccess;

/**
 * A Blob's bytes and type while they travel between agents; for a File also its name and lastModified
 * ({@code name} is null for a plain Blob).
 */
public final class BlobData {
    @HostAccess.Export public final ByteBuffer bytes;
    @HostAccess.Export public final String type;
    @HostAccess.Export public final String name;
    @HostAccess.Export public final double lastModified;

    public BlobData(ByteBuffer bytes, String type) {
        this(bytes, type, null, 0);
    }

    public BlobData(ByteBuffer bytes, String type, String name, double lastModified) {
        this.bytes = bytes;
        this.type = type;
        this.name = name;
        this.lastModified = lastModified;
    }

    /** The same bytes and type as a File's (messaging.js calls this for a File). */
    @HostAccess.Export
    public BlobData asFile(String fileName, double fileLastModified) {
        return new BlobData(bytes, type, fileName, fileLastModified);
    }
}
