// HTML forbids import() in a ServiceWorkerGlobalScope: every call rejects with a TypeError. GraalJS 25 has no hook
// on dynamic import for an embedder, so ext/ServiceWorkerImports.java rewrites a service worker's sources before the
// engine sees them, with this function. It is not a realm shim: it runs in a private context of its own, with acorn
// (the parser, from its Maven webjar) as its argument, and no page code ever runs there.
//
// acorn parses the source (as a script or a module), and the `import` keyword of each ImportExpression (a dynamic
// import; `import x from`, `import.meta`, a method named import and the word inside strings, comments, templates or
// regular expressions are other nodes or no node) becomes an async arrow that the call's own parentheses then call
// with the same arguments (still evaluated, in order, nested imports included): it converts the specifier to a string
// (a template literal is ToString: its toString runs, a Symbol throws) and rejects with an intrinsic TypeError
// carrying Chromium's message. The TypeError comes from `null.x`, not from a name the page could shadow. Only the
// keyword is replaced and the replacement has no line break, so every line keeps its number. Returns null when there
// is nothing to rewrite or the source does not parse (the engine then reports the syntax error as usual).
(function (acorn) {
  'use strict';
  const MESSAGE = 'import() is disallowed on ServiceWorkerGlobalScope by the HTML specification. ' +
    'See https://github.com/w3c/ServiceWorker/issues/1356.';
  const REFUSE = '(async (s, o) => { `${s}`; try { null.x; } catch (e) { e.message = ' + JSON.stringify(MESSAGE) +
    '; throw e; } })';

  /** The start of every ImportExpression under `node` (an acorn AST), in any order. */
  function collect(node, out) {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) collect(n, out);
      return;
    }
    if (node.type === 'ImportExpression') out.push(node.start);
    for (const key of Object.keys(node)) {
      if (key !== 'type' && key !== 'start' && key !== 'end') collect(node[key], out);
    }
  }

  return function rewrite(source, module) {
    let ast;
    try {
      ast = acorn.parse(source, { ecmaVersion: 'latest', sourceType: module ? 'module' : 'script', allowHashBang: true });
    } catch (e) {
      return null;
    }
    const starts = [];
    collect(ast, starts);
    if (starts.length === 0) return null;
    starts.sort((a, b) => a - b);
    let out = '', pos = 0;
    for (const start of starts) {
      out += source.slice(pos, start) + REFUSE;
      pos = start + 'import'.length;
    }
    return out + source.slice(pos);
  };
})
