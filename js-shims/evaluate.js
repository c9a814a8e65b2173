// evaluate.js — the page's side of the Java API: Page/Worker.evaluate and waitForFunction (a JS value becomes a
// tagged tree that Java maps to its own types; Java arguments come back the same way), exposeFunction (a global
// that returns a Promise settled by Java), and a thrown value described as the page would report it (its stack
// without the shims' frames). Java half: agent/Evaluator and AgentBridge's evaluate.js section.
// Tree nodes: ['z'] null/undefined, ['p', boolean|number|string], ['i', bigint as string], ['b', ArrayBuffer],
// ['d', epoch ms], ['a', [node...]], ['o', [[key, node]...]].
(function (g, $) {
  'use strict';
  const host = $.host;
  const { isArray } = Array;
  const { keys, defineProperty } = Object;
  const { isView } = ArrayBuffer;
  const ArrayBufferCtor = ArrayBuffer;
  const SharedArrayBufferCtor = typeof SharedArrayBuffer === 'function' ? SharedArrayBuffer : null;
  const U8 = Uint8Array;
  const DateCtor = Date;
  const MapCtor = Map;
  const SetCtor = Set;
  const ErrorCtor = Error;
  const dateTime = Date.prototype.getTime;
  const apply = Reflect.apply;
  const PromiseCtor = Promise;
  const then = Promise.prototype.then;

  function describeType(v) {
    return typeof v === 'function' ? `function ${v.name || '(anonymous)'}` : typeof v === 'symbol' ? `symbol ${String(v)}` : typeof v;
  }

  function toHost(value) {
    const seen = new SetCtor();
    function conv(v, path) {
      if (v === undefined || v === null) return ['z'];
      const t = typeof v;
      if (t === 'boolean' || t === 'number' || t === 'string') return ['p', v];
      if (t === 'bigint') return ['i', String(v)];
      if (t !== 'object') throw new TypeError(`${path} is a ${describeType(v)}: it has no Java form`);
      if (v instanceof ArrayBufferCtor || (SharedArrayBufferCtor && v instanceof SharedArrayBufferCtor)) return ['b', new U8(v).slice().buffer];
      if (isView(v)) return ['b', new U8(v.buffer, v.byteOffset, v.byteLength).slice().buffer];
      if (v instanceof DateCtor) return ['d', apply(dateTime, v, [])];
      if (seen.has(v)) throw new TypeError(`${path} refers back to itself: a cycle has no Java form`);
      seen.add(v);
      let node;
      if (isArray(v)) {
        node = ['a', v.map((e, i) => conv(e, `${path}[${i}]`))];
      } else if (v instanceof SetCtor) {
        node = ['a', [...v].map((e, i) => conv(e, `${path}[${i}]`))];
      } else if (v instanceof MapCtor) {
        node = ['o', [...v].map(([k, e]) => [String(k), conv(e, `${path}.get(${String(k)})`)])];
      } else if (v instanceof ErrorCtor) {
        const info = errorInfo(v);
        node = ['o', [['name', ['p', info.name]], ['message', ['p', info.message]], ['stack', ['p', info.stack]]]];
      } else {
        node = ['o', keys(v).map((k) => [k, conv(v[k], `${path}.${k}`)])];
      }
      seen.delete(v);
      return node;
    }
    return conv(value, 'the result');
  }

  /** A Java value's tree (nodes as toHost's; ['b', [bytes]] becomes a Uint8Array) as a JS value. */
  function fromHost(node) {
    const tag = node[0];
    const v = node[1];
    switch (tag) {
      case 'z': return null;
      case 'p': return v;
      case 'i': return BigInt(v);
      case 'b': return U8.from(v);
      case 'd': return new DateCtor(v);
      case 'a': {
        const out = [];
        for (let i = 0; i < v.length; i++) defineProperty(out, i, { __proto__: null, value: fromHost(v[i]), writable: true, enumerable: true, configurable: true });
        return out;
      }
      case 'o': { // defined, not assigned: a setter on Object.prototype must not swallow a member
        const out = {};
        for (let i = 0; i < v.length; i++) defineProperty(out, v[i][0], { __proto__: null, value: fromHost(v[i][1]), writable: true, enumerable: true, configurable: true });
        return out;
      }
      default: throw new TypeError(`unknown value tag ${tag}`);
    }
  }

  /**
   * name, message, stack (the page's frames, URLs not virtual paths) and the first page location of a thrown
   * value; GraalJS words a syntax error "file:line:col message": the message is the browser's part only.
   */
  function errorInfo(e) {
    const isError = e !== null && typeof e === 'object' && typeof e.stack === 'string';
    let name = isError && typeof e.name === 'string' ? e.name : 'Error';
    let message;
    if (isError) message = String(e.message);
    else { try { message = String(e); } catch (_) { message = Object.prototype.toString.call(e); } name = ''; }
    const syntax = /^\S+:(\d+):(\d+) ([^\n]*)/.exec(message);
    if (syntax && e instanceof SyntaxError) message = syntax[3];
    const stack = isError ? $.reportText(e.stack) : message;
    const where = $.locateError(e);
    return { name, message, stack, file: where.file, line: where.line, col: where.col };
  }

  /** Runs an evaluated value: a function is called with the argument; the result (awaited) goes to done/fail. */
  $.evaluation = function (value, argTree, done, fail) {
    let result;
    try {
      result = typeof value === 'function' ? (argTree === null || argTree === undefined ? value() : value(fromHost(argTree))) : value;
    } catch (e) {
      fail(errorInfo(e), false);
      return;
    }
    apply(then, PromiseCtor.resolve(result), [(v) => {
      let tree;
      try { tree = toHost(v); } catch (e) { fail(errorInfo(e), true); return; }
      done(tree);
    }, (e) => fail(errorInfo(e), false)]);
  };
  $.errorInfo = errorInfo;
  $.toHostTree = toHost;

  /** exposeFunction: a global (writable, configurable, as Playwright's) whose calls Java answers. */
  $.exposeFunction = function (name) {
    const fn = { [name]: (...args) => new PromiseCtor((resolve, reject) => {
      let tree;
      try { tree = toHost(args); } catch (e) { reject(e); return; }
      host.callExposed(name, tree, (node) => resolve(fromHost(node)), (message) => reject(new ErrorCtor(message)));
    }) }[name];
    Object.defineProperty(g, name, { value: fn, writable: true, configurable: true, enumerable: false });
  };
});
