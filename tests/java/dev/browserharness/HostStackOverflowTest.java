package dev.browserharness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.browserharness.ext.Messaging;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * Where the stack runs out inside a host call, guest code catches the host's StackOverflowError (GraalJS's
 * "com.oracle.truffle.host.HostContext$1"), not a RangeError: structured clone asks Messaging.isStackOverflow to
 * turn it into V8's RangeError. This checks that the check recognizes such an exception and nothing else.
 */
class HostStackOverflowTest {
    public static final class Host {
        @HostAccess.Export
        public void overflow() {
            throw new StackOverflowError();
        }

        @HostAccess.Export
        public boolean isStackOverflow(Value e) {
            return Messaging.isStackOverflow(e);
        }
    }

    @Test
    void aHostStackOverflowCaughtInJsIsRecognizedAndAJsErrorIsNot() {
        try (Context c = Context.newBuilder("js").allowHostAccess(HostAccess.EXPLICIT).build()) {
            c.getBindings("js").putMember("host", new Host());
            Value r = c.eval("js", """
                    const out = [];
                    try { host.overflow(); } catch (e) { out.push(host.isStackOverflow(e)); }
                    try { (function f() { f(); })(); } catch (e) { out.push(host.isStackOverflow(e) + ' ' + (e instanceof RangeError)); }
                    try { throw { message: 'x' }; } catch (e) { out.push(host.isStackOverflow(e)); }
                    out.push(host.isStackOverflow(undefined));
                    out.join(',');
                    """);
            assertThat(r.asString()).isEqualTo("true,false true,false,false");
        }
    }
}
