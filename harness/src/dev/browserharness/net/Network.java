package dev.browserharness.net;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    public Network(Map<String, Path> mounts, boolean isolation, boolean allowRealNetwork) {
        mounts.forEach((prefix, dir) -> this.mounts.put(normalizePrefix(prefix), dir.toAbsolutePath().normalize()));
        this.isolation = isolation;
        this.allowRealNetwork = allowRealNetwork;
        this.routes = new Routes();
        this.parent = null;
    }

    private Network(Network parent) {
        this.isolation = parent.isolation;
        this.allowRealNetwork = parent.allowRealNetwork;
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
        for (Map.Entry<String, Path> m : mounts.entrySet()) if (url.startsWith(m.getKey())) return m;
        return null;
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
        Map.Entry<String, Path> mount = mountFor(url);
        if (mount != null) return serveMounted(req, mount);
        if (url.startsWith("http://") || url.startsWith("https://")) {
            if (!allowRealNetwork) throw new NetworkException("network access to " + url + " is not allowed (not under a mount; run with --allow-net)");
            return real(req);
        }
        throw new NetworkException("unsupported URL scheme: " + url);
    }

    private NetResponse serveMounted(NetRequest req, Map.Entry<String, Path> mount) {
        String url = req.url();
        String rest = url.substring(mount.getKey().length());
        int cut = indexOfAny(rest, "?#");
        if (cut >= 0) rest = rest.substring(0, cut);
        String decoded = java.net.URLDecoder.decode(rest.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path file = mount.getValue().resolve(decoded).normalize();
        if (!file.startsWith(mount.getValue())) return status(url, 403, "Forbidden");
        if (Files.isDirectory(file)) file = file.resolve("index.html");
        if (!req.method().equals("GET") && !req.method().equals("HEAD")) return status(url, 405, "Method Not Allowed");
        try {
            byte[] body = req.method().equals("HEAD") ? new byte[0] : Files.readAllBytes(file);
            List<String[]> headers = baseHeaders(contentType(file.getFileName().toString()));
            headers.add(new String[] {"content-length", Long.toString(Files.size(file))});
            return new NetResponse(url, 200, "OK", headers, body);
        } catch (IOException e) {
            return status(url, 404, "Not Found");
        }
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
