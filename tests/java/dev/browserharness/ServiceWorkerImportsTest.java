package dev.browserharness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.browserharness.ext.ServiceWorkerImports;
import org.junit.jupiter.api.Test;

/**
 * The rewrite behind a service worker's refusal of import() (tests/pages/serviceworker/no-dynamic-import.js runs it
 * against Chromium): only real calls change, everything that merely looks like one is kept byte for byte, and lines
 * keep their numbers.
 */
class ServiceWorkerImportsTest {
    private static final String CALL = "(async (s, o) => {";

    private static String script(String source) {
        return ServiceWorkerImports.refuseDynamicImport(source, false);
    }

    @Test
    void everyCallIsRefusedNestedCommentedOrWithOptionsAndTheArgumentsStay() {
        String out = ServiceWorkerImports.refuseDynamicImport(
                "const a = import('./a.js');\nconst b = import /* why */ (x + (import(y), ''), { with: { type: 'json' } });\n", true);
        assertThat(out.split(java.util.regex.Pattern.quote(CALL), -1)).hasSize(4); // three calls
        assertThat(out.replace("\"import() is disallowed", "")).doesNotContain("import");
        assertThat(out).contains("})('./a.js');\n").contains("}) /* why */ (x + (").contains("})(y), ''), { with: { type: 'json' } });\n");
        assertThat(out.lines()).hasSize(2);
    }

    @Test
    void whatOnlyLooksLikeACallIsKeptAsItIs() {
        for (String s : new String[] {
            "const s = 'import(' + \"import(\";\n",
            "// import('x')\n/* import('y') */\n",
            "const t = `import(${1})`;\n",
            "const r = /import\\(/; if (r) /import\\(/.test(s);\n",
            "x.import('a'); const o = { import(y) { return y; } };\n",
        }) {
            assertThat(script(s)).as(s).isSameAs(s);
        }
        String module = "import x from './x.js';\nimport('./y.js');\nexport const u = import.meta.url;\n";
        String out = ServiceWorkerImports.refuseDynamicImport(module, true);
        assertThat(out).startsWith("import x from './x.js';\n" + CALL).endsWith("})('./y.js');\nexport const u = import.meta.url;\n");
    }

    @Test
    void aRegularExpressionOrADivisionAfterACallIsTokenizedRight() {
        String out = script("x = a / import('z') / 2; y = (b) / import('w') /\n3; if (c)\n/import\\(/g.test(d);\n");
        assertThat(out.split(java.util.regex.Pattern.quote(CALL), -1)).hasSize(3);
        assertThat(out).endsWith("})('w') /\n3; if (c)\n/import\\(/g.test(d);\n");
    }

    @Test
    void aSourceThatDoesNotParseIsLeftForTheEngineToReport() {
        String bad = "import('a'); const = 1;\n";
        assertThat(script(bad)).isSameAs(bad);
        String noCall = "const importance = 1; function imports() {}\n";
        assertThat(script(noCall)).isSameAs(noCall);
    }
}
