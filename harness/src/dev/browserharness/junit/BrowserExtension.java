package dev.browserharness.junit;

import dev.browserharness.Browser;
import dev.browserharness.BrowserContext;
import dev.browserharness.ContextOptions;
import dev.browserharness.Page;
import java.lang.reflect.AnnotatedElement;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link BrowserTest} (also usable with {@code @ExtendWith}): resolves {@code Browser},
 * {@code BrowserContext} and {@code Page} parameters. The browser is one per test run (kept in the root store,
 * closed at the end); a context is made per test and closed after it. Thread-safe under JUnit's parallel execution.
 * A failing test's exception is rethrown as a {@link BrowserTestFailure} whose message adds, for each page of the
 * test, its console, uncaught errors and agents' report (the original is its cause).
 */
public final class BrowserExtension implements ParameterResolver, AfterEachCallback, TestExecutionExceptionHandler {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(BrowserExtension.class);

    /** The run's browser: closed when the root context closes (the end of the test run). */
    private record SharedBrowser(Browser browser) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            browser.close();
        }
    }

    private record TestContext(BrowserContext context) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            context.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        Class<?> t = p.getParameter().getType();
        return t == Page.class || t == BrowserContext.class || t == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        Class<?> t = p.getParameter().getType();
        if (t == Browser.class) return browser(e);
        if (e.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("a " + t.getSimpleName() + " is given to test methods (and @BeforeEach/@AfterEach), not to constructors or @BeforeAll");
        }
        BrowserContext ctx = context(e);
        return t == BrowserContext.class ? ctx : ctx.newPage();
    }

    /** The browser of the whole run: the engine stays warm across tests and classes. */
    public static Browser browser(ExtensionContext e) {
        return e.getRoot().getStore(NS).getOrComputeIfAbsent(SharedBrowser.class,
                k -> new SharedBrowser(Browser.builder().diagnostics(System.err).build()), SharedBrowser.class).browser();
    }

    /** The current test's own context (made on first use, closed after the test). */
    public static BrowserContext context(ExtensionContext e) {
        ExtensionContext.Store store = e.getStore(NS);
        return store.getOrComputeIfAbsent(TestContext.class, k -> new TestContext(browser(e).newContext(options(e))), TestContext.class).context();
    }

    private static ContextOptions options(ExtensionContext e) {
        ContextOptions o = new ContextOptions();
        Optional<BrowserTest> a = find(e.getElement()).or(() -> e.getTestClass().flatMap(c -> find(c)));
        if (a.isEmpty()) return o;
        BrowserTest t = a.get();
        for (String m : t.mounts()) {
            int eq = m.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("@BrowserTest mounts: expected URL=FOLDER, got " + m);
            String url = m.substring(0, eq), where = m.substring(eq + 1);
            if (where.startsWith("classpath:")) o.mountResources(url, where.substring("classpath:".length()));
            else o.mount(url, Path.of(where));
        }
        return o.isolation(t.isolation()).allowNetwork(t.allowNetwork()).defaultTimeout(Duration.ofSeconds(t.timeoutSeconds()));
    }

    private static Optional<BrowserTest> find(Optional<? extends AnnotatedElement> element) {
        return element.flatMap(el -> AnnotationSupport.findAnnotation(el, BrowserTest.class));
    }

    private static Optional<BrowserTest> find(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            Optional<BrowserTest> a = AnnotationSupport.findAnnotation(k, BrowserTest.class);
            if (a.isPresent()) return a;
        }
        return Optional.empty();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext e, Throwable thrown) throws Throwable {
        TestContext tc = e.getStore(NS).get(TestContext.class, TestContext.class);
        if (tc == null || thrown instanceof BrowserTestFailure) throw thrown;
        List<Page> pages = tc.context().pages();
        if (pages.isEmpty()) throw thrown;
        StringBuilder sb = new StringBuilder(String.valueOf(thrown.getMessage()).strip());
        for (Page p : pages) sb.append("\n\n").append(p.describe());
        for (Page p : pages) e.publishReportEntry("page " + p.url(), p.describe());
        throw new BrowserTestFailure(sb.toString(), thrown);
    }

    @Override
    public void afterEach(ExtensionContext e) {
        TestContext tc = e.getStore(NS).remove(TestContext.class, TestContext.class);
        if (tc != null) tc.close();
    }
}
