package dev.browserharness.ext;

/**
 * A structured-cloned message in transit between agents: the serialized data (a string holding no JS
 * objects), the kinds of its out-of-band references, and the references as Java objects (ByteBuffer copies of
 * ArrayBuffers, {@link SharedMemory}, {@link MessagePortEndpoint}, {@link BlobData}).
 */
public record Message(String data, String kinds, Object[] refs) {
    static final Object[] NO_REFS = new Object[0];
}
