package dev.browserharness.ext;

/**
 * A structured-cloned message in transit between agents: the serialized data (a string holding no JS
 * objects), the kinds of its out-of-band references, and the references as Java objects (ByteBuffer copies of
 * ArrayBuffers, {@link SharedMemory}, {@link MessagePortEndpoint}, {@link BlobData}). {@code cluster}: the sender's
 * agent cluster when the message holds shared memory or a wasm module (which stay inside one agent cluster:
 * elsewhere the message is a {@code messageerror}), else null.
 */
public record Message(String data, String kinds, Object[] refs, Object cluster) {
    static final Object[] NO_REFS = new Object[0];

    public Message(String data, String kinds, Object[] refs) {
        this(data, kinds, refs, null);
    }
}
