package dev.browserharness.ext;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;

/**
 * The Java backing of encoding.js for the WHATWG legacy encodings (single-byte ones, and the CJK multi-byte
 * ones): the JDK's charsets decode them. A {@link Decoder} keeps a sequence split across {@code stream: true}
 * calls. The JDK's tables are close to WHATWG's, not identical (e.g. in the Big5 and GB18030 corners).
 */
public final class Encoding {
    /** WHATWG encoding name → the JDK charset that decodes it. */
    private static final Map<String, String> CHARSETS = Map.ofEntries(
            Map.entry("ibm866", "IBM866"), Map.entry("iso-8859-2", "ISO-8859-2"), Map.entry("iso-8859-3", "ISO-8859-3"),
            Map.entry("iso-8859-4", "ISO-8859-4"), Map.entry("iso-8859-5", "ISO-8859-5"), Map.entry("iso-8859-6", "ISO-8859-6"),
            Map.entry("iso-8859-7", "ISO-8859-7"), Map.entry("iso-8859-8", "ISO-8859-8"), Map.entry("iso-8859-8-i", "ISO-8859-8"),
            Map.entry("iso-8859-10", "ISO-8859-10"), Map.entry("iso-8859-13", "ISO-8859-13"), Map.entry("iso-8859-14", "ISO-8859-14"),
            Map.entry("iso-8859-15", "ISO-8859-15"), Map.entry("iso-8859-16", "ISO-8859-16"), Map.entry("koi8-r", "KOI8-R"),
            Map.entry("koi8-u", "KOI8-U"), Map.entry("macintosh", "x-MacRoman"), Map.entry("windows-874", "x-windows-874"),
            Map.entry("windows-1250", "windows-1250"), Map.entry("windows-1251", "windows-1251"),
            Map.entry("windows-1253", "windows-1253"), Map.entry("windows-1254", "windows-1254"),
            Map.entry("windows-1255", "windows-1255"), Map.entry("windows-1256", "windows-1256"),
            Map.entry("windows-1257", "windows-1257"), Map.entry("windows-1258", "windows-1258"),
            Map.entry("x-mac-cyrillic", "x-MacCyrillic"), Map.entry("gbk", "GB18030"), Map.entry("gb18030", "GB18030"),
            Map.entry("big5", "Big5-HKSCS"), Map.entry("euc-jp", "EUC-JP"), Map.entry("iso-2022-jp", "ISO-2022-JP"),
            Map.entry("shift_jis", "windows-31j"), Map.entry("euc-kr", "x-windows-949"));

    /** The WHATWG names this JVM can decode, comma-separated. */
    public static final String SUPPORTED = String.join(",", CHARSETS.entrySet().stream()
            .filter(e -> Charset.isSupported(e.getValue())).map(Map.Entry::getKey).sorted().toList());

    private Encoding() {}

    public static Decoder decoder(String name) {
        return new Decoder(Charset.forName(CHARSETS.get(name)));
    }

    /** One TextDecoder's state for a legacy encoding. */
    public static final class Decoder {
        private final CharsetDecoder decoder;
        private ByteBuffer pending = ByteBuffer.allocate(0);

        Decoder(Charset charset) {
            this.decoder = charset.newDecoder();
        }

        /** Decodes {@code bytes} (after what an earlier streaming call left); null when fatal and the data is bad. */
        @HostAccess.Export
        public String decode(ByteBuffer bytes, boolean flush, boolean fatal) {
            CodingErrorAction action = fatal ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
            decoder.onMalformedInput(action).onUnmappableCharacter(action);
            ByteBuffer in = ByteBuffer.allocate(pending.remaining() + bytes.remaining());
            in.put(pending).put(bytes.duplicate()).flip();
            CharBuffer out = CharBuffer.allocate(in.remaining() * 2 + 16);
            while (true) {
                CoderResult r = decoder.decode(in, out, flush);
                if (r.isOverflow()) {
                    out = grow(out);
                    continue;
                }
                if (r.isError()) {
                    reset();
                    return null;
                }
                break;
            }
            if (flush) {
                while (decoder.flush(out).isOverflow()) out = grow(out);
                reset();
            } else {
                pending = ByteBuffer.allocate(in.remaining()).put(in).flip();
            }
            return out.flip().toString();
        }

        private void reset() {
            decoder.reset();
            pending = ByteBuffer.allocate(0);
        }

        private static CharBuffer grow(CharBuffer out) {
            CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
            return bigger.put(out.flip());
        }
    }
}
