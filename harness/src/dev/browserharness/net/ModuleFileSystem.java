package dev.browserharness.net;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileAttribute;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The only file system a guest context sees: GraalJS loads ES modules through it. A URL
 * {@code scheme://authority/path} is the virtual path {@code /scheme/authority/path}, so GraalJS resolves
 * relative imports against the importing module's URL; reads go through the {@link Network} (mounts, blob:,
 * allowed real http). Inline module scripts are registered under a URL of their own. Nothing else exists:
 * no host file is reachable.
 */
public final class ModuleFileSystem implements org.graalvm.polyglot.io.FileSystem {
    /** How a module's URL is fetched: the network, or first the agent's service worker. */
    public interface Fetcher {
        NetResponse fetch(NetRequest req) throws NetworkException;
    }

    /**
     * Whose modules these are: how they are fetched, the importing origin, the agent's script folder, the source
     * filter. Set once by {@link #bind}, before the context loads its first module (a spare realm's context is built
     * before its agent exists: agent/SpareRealms).
     */
    private volatile Owner owner;
    private final Map<String, String> inline = new ConcurrentHashMap<>();

    /**
     * @param network how a module's URL is fetched (the network, or first the agent's service worker)
     * @param origin the origin of the agent that imports (blob: URLs of other origins are not reachable)
     * @param base the folder of the agent's own script (its virtual path): a relative path GraalJS hands over without
     *     a referrer path resolves against it. That is an {@code import()} in a classic script, whose source has only a
     *     name (its URL, so that stack frames say the URL), so {@code import('./x.js')} in a worker's script finds x.js
     *     beside it.
     * @param sourceFilter what every module's text goes through before the engine parses it (a service worker's
     *     refusal of import()), or null
     */
    private record Owner(Fetcher network, String origin, Path base, java.util.function.UnaryOperator<String> sourceFilter) {}

    /** A file system whose owner {@link #bind} names; until then every read fails. */
    public ModuleFileSystem() {}

    /**
     * Names the agent whose modules these are (once, before its context loads a module).
     * @param scriptUrl the agent's own script (a window's document): relative paths resolve beside it (null: "/")
     * @param sourceFilter applied to each module's text before the engine sees it (null: none)
     */
    public ModuleFileSystem bind(Fetcher fetcher, String origin, String scriptUrl, java.util.function.UnaryOperator<String> sourceFilter) {
        if (owner != null) throw new IllegalStateException("already bound");
        owner = new Owner(fetcher, origin, folderOf(scriptUrl), sourceFilter);
        return this;
    }

    private Owner owner() throws IOException {
        Owner o = owner;
        if (o == null) throw new IOException("no agent yet");
        return o;
    }

    private static Path folderOf(String url) {
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) return Paths.get("/");
        try {
            String p = toPath(url);
            return Paths.get(p.substring(0, p.lastIndexOf('/') + 1));
        } catch (IllegalArgumentException e) {
            return Paths.get("/");
        }
    }

    /** Makes {@code code} importable at {@code url} (an inline {@code <script type="module">}). */
    public void registerInline(String url, String code) {
        inline.put(url, code);
    }

    public static String toPath(String url) {
        if (url.startsWith("blob:")) return "/blob" + toPath(url.substring(5)); // blob:http://h/uuid → /blob/http/h/uuid
        URI u = URI.create(uriSafe(url));
        return "/" + u.getScheme() + "/" + (u.getRawAuthority() == null ? "" : u.getRawAuthority()) + u.getRawPath()
                + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    /**
     * {@code url} with what java.net.URI refuses and a URL parser percent-encodes (spaces, quotes, braces, a lone
     * '%') percent-encoded: a specifier GraalJS passes on as it was written ({@code import "x.js?a=b c"}) names the
     * resource a browser would fetch ({@code x.js?a=b%20c}). The fragment is not part of the resource.
     */
    static String uriSafe(String url) {
        int hash = url.indexOf('#');
        String s = hash < 0 ? url : url.substring(0, hash);
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lonepercent = c == '%' && !(i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2)));
            if (c <= ' ' || c == 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0 || lonepercent) {
                if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4 & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** The URL a virtual path stands for (also used to turn stack-trace file names back into URLs). */
    public static String toUrl(String path) {
        String p = path.replace('\\', '/');
        if (!p.startsWith("/")) return null;
        int a = p.indexOf('/', 1);
        if (a < 0) return null;
        int b = p.indexOf('/', a + 1);
        String scheme = p.substring(1, a);
        if (scheme.equals("blob")) {
            String inner = toUrl(p.substring(a));
            return inner == null ? null : "blob:" + inner;
        }
        if (!scheme.equals("http") && !scheme.equals("https")) return null;
        return b < 0 ? scheme + "://" + p.substring(a + 1) + "/" : scheme + "://" + p.substring(a + 1, b) + p.substring(b);
    }

    @Override
    public Path parsePath(URI uri) {
        return Paths.get(toPath(uri.toString()));
    }

    @Override
    public Path parsePath(String path) {
        if (path.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) return Paths.get(toPath(path));
        return Paths.get(path);
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions) throws IOException {
        if (modes.contains(AccessMode.WRITE) || modes.contains(AccessMode.EXECUTE)) throw new IOException("read-only");
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        throw new IOException("read-only");
    }

    @Override
    public void delete(Path path) throws IOException {
        throw new IOException("read-only");
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
        Owner o = owner();
        String origin = o.origin();
        String url = toUrl(path.toString());
        // a root-relative specifier ("/lib/x.js") reaches here as that bare path: it is relative to the importer's
        // origin, taken to be the agent's (a cross-origin module's root-relative import would need its own)
        if (url == null && path.toString().startsWith("/") && (origin.startsWith("http://") || origin.startsWith("https://"))) {
            url = origin + path.toString().replace('\\', '/');
        }
        if (url == null) throw new NoSuchFileException(path.toString());
        String code = inline.get(url);
        byte[] bytes;
        if (code != null) {
            bytes = code.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } else {
            try {
                NetResponse r = o.network().fetch(NetRequest.get(url, origin));
                if (!r.ok()) throw new NoSuchFileException(url, null, "HTTP " + r.status());
                // HTML: module scripts are refused unless served with a JavaScript MIME type (strict checking)
                if (!Network.isJavaScriptMimeType(r.header("content-type"))) {
                    throw new NoSuchFileException(url, null, "non-JavaScript MIME type \"" + Network.mimeEssence(r.header("content-type")) + "\"");
                }
                bytes = r.body();
            } catch (NetworkException e) {
                throw new NoSuchFileException(url, null, e.getMessage());
            }
        }
        if (o.sourceFilter() != null) {
            String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            String filtered = o.sourceFilter().apply(text);
            if (filtered != text) bytes = filtered.getBytes(java.nio.charset.StandardCharsets.UTF_8); // else the bytes as served
        }
        return new ReadOnlyChannel(bytes);
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
        throw new IOException("not a directory: " + dir);
    }

    @Override
    public Path toAbsolutePath(Path path) {
        Path p = UrlPath.unwrap(path);
        Owner o = owner;
        return new UrlPath(p.isAbsolute() || o == null ? p : o.base().resolve(p));
    }

    /** The canonical path; a relative one (GraalJS passes {@code import('./x.js')} of a classic script as "x.js") is beside the agent's script. */
    @Override
    public Path toRealPath(Path path, LinkOption... linkOptions) {
        return new UrlPath(UrlPath.unwrap(toAbsolutePath(path)).normalize());
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) {
        return Map.of();
    }

    /**
     * A virtual path whose {@link #toUri()} is the URL it stands for, so that GraalJS gives a module
     * {@code import.meta.url = "http://host/a.js"} (what {@code new URL('x.wasm', import.meta.url)} needs).
     * Everything else is the plain path's.
     */
    private static final class UrlPath implements Path {
        private final Path p;

        UrlPath(Path p) {
            this.p = p;
        }

        static Path unwrap(Path o) {
            return o instanceof UrlPath u ? u.p : o;
        }

        @Override
        public URI toUri() {
            String url = toUrl(p.toString());
            return url == null ? p.toUri() : URI.create(uriSafe(url));
        }

        @Override public java.nio.file.FileSystem getFileSystem() { return p.getFileSystem(); }
        @Override public boolean isAbsolute() { return p.isAbsolute(); }
        @Override public Path getRoot() { return p.getRoot(); }
        @Override public Path getFileName() { return p.getFileName(); }
        @Override public Path getParent() { Path q = p.getParent(); return q == null ? null : new UrlPath(q); }
        @Override public int getNameCount() { return p.getNameCount(); }
        @Override public Path getName(int index) { return p.getName(index); }
        @Override public Path subpath(int begin, int end) { return p.subpath(begin, end); }
        @Override public boolean startsWith(Path other) { return p.startsWith(unwrap(other)); }
        @Override public boolean endsWith(Path other) { return p.endsWith(unwrap(other)); }
        @Override public Path normalize() { return new UrlPath(p.normalize()); }
        @Override public Path resolve(Path other) { return new UrlPath(p.resolve(unwrap(other))); }
        @Override public Path relativize(Path other) { return p.relativize(unwrap(other)); }
        @Override public Path toAbsolutePath() { return this; }
        @Override public Path toRealPath(LinkOption... options) { return this; }
        @Override public int compareTo(Path other) { return p.compareTo(unwrap(other)); }
        @Override public boolean equals(Object o) { return o instanceof Path other && p.equals(unwrap(other)); }
        @Override public int hashCode() { return p.hashCode(); }
        @Override public String toString() { return p.toString(); }

        @Override
        public java.nio.file.WatchKey register(java.nio.file.WatchService w, java.nio.file.WatchEvent.Kind<?>[] events,
                java.nio.file.WatchEvent.Modifier... modifiers) {
            throw new UnsupportedOperationException("read-only");
        }
    }

    private static final class ReadOnlyChannel implements SeekableByteChannel {
        private final byte[] bytes;
        private int pos;

        ReadOnlyChannel(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read(ByteBuffer dst) {
            if (pos >= bytes.length) return -1;
            int n = Math.min(dst.remaining(), bytes.length - pos);
            dst.put(bytes, pos, n);
            pos += n;
            return n;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            throw new IOException("read-only");
        }

        @Override
        public long position() {
            return pos;
        }

        @Override
        public SeekableByteChannel position(long p) {
            pos = (int) Math.min(p, bytes.length);
            return this;
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public SeekableByteChannel truncate(long size) throws IOException {
            throw new IOException("read-only");
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {}
    }
}
