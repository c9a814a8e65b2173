package dev.browserharness.net;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The browser's one network layer: mounted origins (a URL prefix served from a folder), blob: URLs, and real
 * http(s) through {@link HttpClient} when the browser allows it. Thread-safe; calls block the calling thread
 * only.
 */
public final class Network {
    private static final Set<String> FORBIDDEN_REQUEST_HEADERS = Set.of("host", "connection", "content-length");

    private final Map<String, Path> mounts = new LinkedHashMap<>();
    private final boolean isolation;
    private final boolean allowRealNetwork;
    private final BlobStore blobs = new BlobStore();
    private volatile HttpClient http;
    /** Requests answered from Java, the first step of every fetch (BrowserContext.route / Page.route). */
    private final Routes routes;
    /** For a page's view of its context's network (its own routes first): the context's network. */
    private final Network parent;

    private final int maxFileSize;
    private final Consumer<String> diagnostics;

    /** The default {@code maxFileSize}: 256 MiB. */
    public static final int DEFAULT_MAX_FILE_SIZE = 256 << 20;
    /** The largest {@code maxFileSize} a body (one byte array) can have. */
    public static final int LARGEST_MAX_FILE_SIZE = Integer.MAX_VALUE - 8;

    /**
     * @param maxFileSize the most bytes served from one mounted file (0 to {@link #LARGEST_MAX_FILE_SIZE})
     * @param diagnostics receives a line for each refused request whose reason the page cannot see
     */
    public Network(Map<String, Path> mounts, boolean isolation, boolean allowRealNetwork, int maxFileSize, Consumer<String> diagnostics) {
        if (maxFileSize < 0 || maxFileSize > LARGEST_MAX_FILE_SIZE) throw new IllegalArgumentException("maxFileSize out of range: " + maxFileSize);
        mounts.forEach((prefix, dir) -> this.mounts.put(normalizePrefix(prefix), dir.toAbsolutePath().normalize()));
        this.isolation = isolation;
        this.allowRealNetwork = allowRealNetwork;
        this.maxFileSize = maxFileSize;
        this.diagnostics = diagnostics;
        this.routes = new Routes();
        this.parent = null;
    }

    private Network(Network parent) {
        this.isolation = parent.isolation;
        this.allowRealNetwork = parent.allowRealNetwork;
        this.maxFileSize = parent.maxFileSize;
        this.diagnostics = parent.diagnostics;
        this.routes = new Routes();
        this.parent = parent;
    }

    /** A page's view of this network: the page's own routes, then everything of this one. */
    public Network forPage() {
        return new Network(this);
    }

    /** The routes of this network (a context's, or a page's own). */
    public Routes routes() {
        return routes;
    }

    public static String normalizePrefix(String prefix) {
        URI u = URI.create(prefix);
        if (u.getScheme() == null || u.getHost() == null) throw new IllegalArgumentException("mount URL must be absolute: " + prefix);
        String s = u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getRawAuthority().toLowerCase(Locale.ROOT) + (u.getRawPath().isEmpty() ? "/" : u.getRawPath());
        return s.endsWith("/") ? s : s + "/";
    }

    public BlobStore blobs() {
        return parent != null ? parent.blobs() : blobs;
    }

    /** The mount that serves {@code url}, or null. */
    public Map.Entry<String, Path> mountFor(String url) {
        if (parent != null) return parent.mountFor(url);
        return longestMount(mounts, url);
    }

    /** The mount among {@code mounts} (normalized prefixes) whose prefix is the longest one {@code url} starts with. */
    public static Map.Entry<String, Path> longestMount(Map<String, Path> mounts, String url) {
        Map.Entry<String, Path> best = null;
        for (Map.Entry<String, Path> m : mounts.entrySet()) {
            if (url.startsWith(m.getKey()) && (best == null || m.getKey().length() > best.getKey().length())) best = m;
        }
        return best;
    }

    /** Performs a request; a 404 is a response, an unreachable or forbidden URL is a {@link NetworkException}. */
    public NetResponse fetch(NetRequest req) throws NetworkException {
        return fetch(req, routes.timeout());
    }

    /** @param routeTimeout how long route handlers may take: the requesting page's timeout */
    private NetResponse fetch(NetRequest req, Duration routeTimeout) throws NetworkException {
        if (!routes.isEmpty()) {
            NetResponse routed = routes.handle(req, routeTimeout);
            if (routed != null) return withBaseHeaders(routed);
        }
        if (parent != null) return parent.fetch(req, routeTimeout);
        String url = req.url();
        if (url.startsWith("blob:")) return blobs.fetch(req);
        if (url.regionMatches(true, 0, "data:", 0, 5)) return DataUrls.fetch(req);
        Map.Entry<String, Path> mount = mountFor(url);
        if (mount != null) return serveMounted(req, mount);
        if (url.startsWith("http://") || url.startsWith("https://")) {
            if (!allowRealNetwork) throw new NetworkException("network access to " + url + " is not allowed (not under a mount; run with --allow-net)");
            return real(req);
        }
        throw new NetworkException("unsupported URL scheme: " + url);
    }

    /**
     * Serves a file of a mount: only a regular file whose real path (links resolved) lies inside the mount's real
     * folder, read up to the size cap. Anything else is refused with a 403 (outside the folder, too large) or a
     * 404 (missing, not a regular file), and a refusal the page cannot explain by a missing file gets a
     * diagnostic line.
     */
    private NetResponse serveMounted(NetRequest req, Map.Entry<String, Path> mount) {
        String url = req.url();
        String rest = url.substring(mount.getKey().length());
        int cut = indexOfAny(rest, "?#");
        if (cut >= 0) rest = rest.substring(0, cut);
        String decoded = java.net.URLDecoder.decode(rest.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path folder = mount.getValue();
        Path file = folder.resolve(decoded).normalize();
        if (!file.startsWith(folder)) return status(url, 403, "Forbidden");
        if (!req.method().equals("GET") && !req.method().equals("HEAD")) return status(url, 405, "Method Not Allowed");
        Path real;
        try {
            Path root = folder.toRealPath();
            real = file.toRealPath();
            if (real.startsWith(root) && Files.isDirectory(real)) real = real.resolve("index.html").toRealPath();
            if (!real.startsWith(root)) return refuse(url, 403, "Forbidden", "it resolves to " + real + ", outside the mounted folder " + root);
        } catch (IOException e) {
            return status(url, 404, "Not Found"); // missing, a dangling link, or a folder without index.html
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) return refuse(url, 404, "Not Found", real + " is not a regular file");
        try {
            byte[] body = req.method().equals("HEAD") ? new byte[0] : readCapped(real);
            if (body == null) {
                return refuse(url, 403, "Forbidden", "it is larger than the limit of " + maxFileSize
                        + " bytes for a mounted file (Browser.builder().maxFileSize)");
            }
            List<String[]> headers = baseHeaders(contentType(real.getFileName().toString()));
            headers.add(new String[] {"content-length", Long.toString(req.method().equals("HEAD") ? Files.size(real) : body.length)});
            return new NetResponse(url, 200, "OK", headers, body);
        } catch (IOException e) {
            return status(url, 404, "Not Found");
        }
    }

    /**
     * The file's bytes, or null when it holds more than {@link #maxFileSize}. It is opened without following a
     * link (one swapped in after the check is refused) and read in chunks up to the cap, whatever size it claims.
     */
    private byte[] readCapped(Path real) throws IOException {
        // (a class-path mount inside a jar is a zip file system: it has no links, and refuses the option)
        java.nio.file.OpenOption[] noLinks = real.getFileSystem() == java.nio.file.FileSystems.getDefault()
                ? new java.nio.file.OpenOption[] {LinkOption.NOFOLLOW_LINKS} : new java.nio.file.OpenOption[0];
        try (InputStream in = Files.newInputStream(real, noLinks)) {
            byte[] buf = new byte[(int) Math.min(Math.max(Files.size(real), 0), maxFileSize)];
            int n = 0;
            while (true) {
                if (n == buf.length) { // full: at the end, or more than it claimed
                    int next = in.read();
                    if (next < 0) return buf;
                    if (n >= maxFileSize) return null;
                    buf = Arrays.copyOf(buf, (int) Math.min(Math.max(2L * n, 8192), maxFileSize));
                    buf[n++] = (byte) next;
                    continue;
                }
                int r = in.read(buf, n, buf.length - n);
                if (r < 0) return Arrays.copyOf(buf, n);
                n += r;
            }
        }
    }

    private NetResponse refuse(String url, int status, String text, String why) {
        diagnostics.accept(url + ": " + status + " " + text + ": " + why);
        return status(url, status, text);

    }

    /** A routed response gets what a mounted one has (COOP/COEP with isolation on) unless the handler set it. */
    private NetResponse withBaseHeaders(NetResponse r) {
        List<String[]> headers = new ArrayList<>(r.headers());
        for (String[] h : baseHeaders("")) if (r.header(h[0]) == null && !h[1].isEmpty()) headers.add(h);
        return new NetResponse(r.url(), r.status(), r.statusText(), headers, r.body());
    }

    private NetResponse status(String url, int status, String text) {
        return new NetResponse(url, status, text, baseHeaders("text/plain; charset=utf-8"), (status + " " + text).getBytes(StandardCharsets.UTF_8));
    }

    private List<String[]> baseHeaders(String contentType) {
        List<String[]> h = new ArrayList<>();
        h.add(new String[] {"content-type", contentType});
        if (isolation) {
            h.add(new String[] {"cross-origin-opener-policy", "same-origin"});
            h.add(new String[] {"cross-origin-embedder-policy", "require-corp"});
        }
        return h;
    }

    private NetResponse real(NetRequest req) throws NetworkException {
        try {
            HttpClient client = http;
            if (client == null) {
                synchronized (this) {
                    if (http == null) http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                            .connectTimeout(Duration.ofSeconds(30)).build();
                    client = http;
                }
            }
            HttpRequest.Builder b = HttpRequest.newBuilder(new URI(req.url()));
            for (String[] h : req.headers()) {
                if (!FORBIDDEN_REQUEST_HEADERS.contains(h[0].toLowerCase(Locale.ROOT))) b.header(h[0], h[1]);
            }
            b.method(req.method(), req.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(req.body()));
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            List<String[]> headers = new ArrayList<>();
            r.headers().map().forEach((k, vs) -> {
                if (!k.startsWith(":")) headers.add(new String[] {k.toLowerCase(Locale.ROOT), String.join(", ", vs)});
            });
            return new NetResponse(r.uri().toString(), r.statusCode(), reason(r.statusCode()), headers, r.body());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new NetworkException("invalid URL " + req.url() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new NetworkException(req.url() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NetworkException("interrupted: " + req.url(), e);
        }
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }

    /** The reason phrase of a status code ("" when it has none here). */
    public static String reasonPhrase(int status) {
        return reason(status);
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 204 -> "No Content";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 304 -> "Not Modified";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 500 -> "Internal Server Error";
            default -> "";
        };
    }

    private static final Set<String> JAVASCRIPT_MIME_TYPES = Set.of("application/ecmascript", "application/javascript",
            "application/x-ecmascript", "application/x-javascript", "text/ecmascript", "text/javascript",
            "text/javascript1.0", "text/javascript1.1", "text/javascript1.2", "text/javascript1.3", "text/javascript1.4",
            "text/javascript1.5", "text/jscript", "text/livescript", "text/x-ecmascript", "text/x-javascript");

    /** The essence of a Content-Type value ("text/javascript; charset=utf-8" → "text/javascript"), lower case. */
    public static String mimeEssence(String contentType) {
        if (contentType == null) return "";
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** HTML's "JavaScript MIME type essence match": what module scripts (and http importScripts) must be. */
    public static boolean isJavaScriptMimeType(String contentType) {
        return JAVASCRIPT_MIME_TYPES.contains(mimeEssence(contentType));
    }

    public static String contentType(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        String ext = n.contains(".") ? n.substring(n.lastIndexOf('.') + 1) : "";
        return switch (ext) {
            case "html", "htm" -> "text/html; charset=utf-8";
            case "js", "mjs", "cjs" -> "text/javascript; charset=utf-8";
            case "json", "map" -> "application/json; charset=utf-8";
            case "wasm" -> "application/wasm";
            case "css" -> "text/css; charset=utf-8";
            case "txt" -> "text/plain; charset=utf-8";
            case "xml" -> "application/xml";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "wat" -> "text/plain; charset=utf-8";
            default -> "application/octet-stream";
        };
    }
}
