package dev.browserharness.net;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Fetch's "data: URL processor": {@code data:[<mime>][;base64],<body>} becomes a 200 response with that MIME
 * type (text/plain;charset=US-ASCII when it is empty) and the percent-decoded (then, with ;base64,
 * forgiving-base64-decoded) body. Only GET is allowed, as in browsers.
 */
final class DataUrls {
    private DataUrls() {}

    static NetResponse fetch(NetRequest req) throws NetworkException {
        String url = req.url();
        int comma = url.indexOf(',');
        if (comma < 0 || !req.method().equals("GET")) throw new NetworkException("invalid data: URL or method: " + url);
        int hash = url.indexOf('#', comma);
        String meta = url.substring(5, comma).strip();
        byte[] body = percentDecode(hash < 0 ? url.substring(comma + 1) : url.substring(comma + 1, hash));
        boolean base64 = false;
        int semi = meta.lastIndexOf(';');
        if (semi >= 0 && meta.substring(semi + 1).strip().toLowerCase(Locale.ROOT).equals("base64")) {
            base64 = true;
            meta = meta.substring(0, semi);
        }
        if (base64) body = forgivingBase64(body, url);
        String type = meta.startsWith(";") ? "text/plain" + meta : meta;
        if (type.isBlank()) type = "text/plain;charset=US-ASCII";
        return new NetResponse(url, 200, "OK", List.of(new String[][] {{"content-type", type}}), body);
    }

    private static byte[] percentDecode(String s) {
        byte[] in = s.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        for (int i = 0; i < in.length; i++) {
            int h, l;
            if (in[i] == '%' && i + 2 < in.length && (h = Character.digit(in[i + 1], 16)) >= 0 && (l = Character.digit(in[i + 2], 16)) >= 0) {
                out.write(h * 16 + l);
                i += 2;
            } else {
                out.write(in[i]);
            }
        }
        return out.toByteArray();
    }

    /** WHATWG forgiving-base64 decode: ASCII whitespace removed, up to two '=' of padding, else a failure. */
    private static byte[] forgivingBase64(byte[] data, String url) throws NetworkException {
        StringBuilder sb = new StringBuilder(data.length);
        for (byte b : data) if (b != ' ' && b != '\t' && b != '\n' && b != '\f' && b != '\r') sb.append((char) (b & 0xff));
        String s = sb.toString();
        if (s.length() % 4 == 0 && s.endsWith("==")) s = s.substring(0, s.length() - 2);
        else if (s.length() % 4 == 0 && s.endsWith("=")) s = s.substring(0, s.length() - 1);
        if (s.length() % 4 == 1 || !s.matches("[A-Za-z0-9+/]*")) throw new NetworkException("invalid base64 in data: URL " + url);
        return Base64.getDecoder().decode(s + "==".substring(0, (4 - s.length() % 4) % 4));
    }
}
