/**
 * Browser Harness: a simulated browser inside the JVM. The API is {@code dev.browserharness} (Browser, BrowserContext,
 * Page, ConsoleMessage, the options and errors), with the JUnit 5 extension ({@code dev.browserharness.junit}) and
 * AssertJ assertions ({@code dev.browserharness.assertj}). Agents, the shims' bridge, the web-API back-ends and the
 * network layer ({@code .agent}, {@code .ext}, {@code .net}) are not exported: code in another module cannot compile
 * or link against them. On the class path, where Java has no module boundary, README "Java API" says what holds.
 */
module dev.browserharness {
    requires org.graalvm.polyglot;
    requires org.jsoup;
    // the WHATWG Streams ponyfill's JS is read from this jar (an automatic module, named after the jar's file)
    requires web.streams.polyfill;
    // acorn's JS (the parser that refuses import() in service workers), read from its webjar the same way
    requires acorn;
    requires java.net.http;
    requires java.management;
    requires jdk.management;
    requires jdk.net;
    requires static transitive org.junit.jupiter.api;
    requires static transitive org.assertj.core;

    exports dev.browserharness;
    exports dev.browserharness.junit;
    exports dev.browserharness.assertj;
}
