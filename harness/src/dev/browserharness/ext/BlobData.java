package dev.browserharness.ext;

import java.nio.ByteBuffer;
import org.graalvm.polyglot.HostAccess;

/** A Blob's bytes and type while they travel between agents. */
public final class BlobData {
    @HostAccess.Export public final ByteBuffer bytes;
    @HostAccess.Export public final String type;

    public BlobData(ByteBuffer bytes, String type) {
        this.bytes = bytes;
        this.type = type;
    }
}
