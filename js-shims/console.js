// console — the `console` namespace as Chromium has it, printing what Chromium's DevTools console shows.
//
// Each console call produces ONE string, handed to `$.host.console(level, text)` (level: 'log' | 'info' |
// 'debug' | 'warn' | 'error'); the string may contain newlines (stacks, tables, multi-line values).
// `$.inspect(value)` is the one-line DevTools rendering of a value (what console.log shows for a
// non-string argument). `$.formatConsoleArgs(args)` formats a whole console.log argument list.
//
// How Chromium does it, and how this file mirrors it (two stages, as in Chromium):
//
// 1. V8 (src/builtins/builtins-console.cc, src/inspector/v8-console.cc, src/inspector/value-mirror.cc)
//    - `Formatter`: for log/info/debug/warn/error/trace/group/groupCollapsed/assert, when the format string
//      is followed by at least one argument, %d/%i convert their argument with parseInt(x, 10), %f with
//      parseFloat(x) (a Symbol gives NaN), %s with String(x) (whose result is itself scanned for
//      specifiers); %c %o %O %_ skip their argument, %% is kept. So `%d` of 1n is parseInt(1n) = 1.
//    - every argument becomes a RemoteObject {type, subtype, description, value, preview}. The preview
//      holds at most 5 named and 100 indexed own properties (overflow flag otherwise) and at most 5
//      Map/Set entries; nested values in a preview are only described (strings cut in the middle at
//      100 chars, other descriptions cut at the end at 100 chars). Internal slots shown:
//      [[PrimitiveValue]], [[PromiseState]]/[[PromiseResult]], [[WeakRefTarget]]. Accessors are kept as
//      "accessor" entries, except that getters that are native functions (Chromium: C++ builtins or
//      platform-object attributes; here: functions whose source text is `{ [native code] }`, or for which
//      `$.isNativeFunction(fn)` returns true) are evaluated and shown as values, also when they sit on the
//      prototype chain (so a typed array preview lists buffer/byteLength/byteOffset/length/
//      Symbol(Symbol.toStringTag) and an empty Map shows `Map(0) {size: 0}`).
//    - descriptions: numbers as JS prints them plus `-0`; bigint `10n`; symbol `Symbol(x)`; functions
//      their source text; arrays `Array(3)` (constructor name + length); typed arrays `Int32Array(5)`;
//      (Shared)ArrayBuffer/DataView `ArrayBuffer(8)` (byte length); Map/Set `Map(1)`; Date its toString;
//      RegExp `/src/flags`; errors their `stack`; other objects the constructor name as V8's
//      GetConstructorName finds it (own/inherited Symbol.toStringTag data property, else an inherited
//      `constructor` function's name other than "Object", else the class name).
// 2. DevTools front-end (panels/console/ConsoleFormat.ts, ConsoleViewMessage.ts,
//    object_ui/RemoteObjectPreviewFormatter.ts, ObjectPropertiesSection.ts, platform/StringUtilities.ts)
//    - a first string argument is a format string (%s → description, %d/%i → Math.floor(number) or NaN,
//      %f → number or NaN, %c → style (prints nothing), %o → like a plain argument, %O → collapsed
//      "generic" form (description, `ƒ f(a)` for functions), %_ → skipped, %% → %, ANSI SGR escapes are
//      styles; an unmatched specifier is printed as is). Remaining arguments are appended with single
//      spaces; strings are printed raw when the first argument was a string, otherwise quoted.
//    - objects print their preview: `Foo {a: 1, b: 'x'}` (description hidden when it is "Object"),
//      arrays `(3) [1, 2, 3]` (length shown when > 1), holes `empty` / `empty × 2`, `{…}` for a nested
//      plain object, `Array(2)` for a nested array, `ƒ` for a nested function, `, …` on overflow;
//      accessor properties are left out of object previews and shown as `(...)` in array previews;
//      non-function properties are listed before functions and private (#) members.
//      Strings are quoted with ' (or " or ` when the string contains ') and escaped.
//    - functions: `ƒ f(){}` (prefix `ƒ`, `async ƒ`, `ƒ*`, `class`; arrow functions as written; body cut
//      at 200 chars). Errors: their stack, followed by `Caused by: ...` lines for an error/string `cause`.
//    - DevTools separates a description from its `{`/`[` with a no-break space and writes `,\xA0…`; this
//      file writes an ordinary space, so the text is what a user would type.
//
// Not reproducible from plain JavaScript (documented deviations): private #fields are not listed;
// WeakMap/WeakSet entries and Map/Set iterator contents cannot be enumerated (shown as `WeakMap {}`);
// a bound function prints its own text instead of its target's; Proxy objects cannot be told apart
// from their targets; Promise state needs `$.promiseState(p)` → {state, value} (else `<pending>`);
// generator state is not shown. Strings longer than DevTools' 10000-char "Show more" limit print in full.
//
// console.table draws its grid as text (DevTools draws an HTML grid):
//   ┌─────────┬─────┬───────┐
//   │ (index) │ a   │ Value │
//   ├─────────┼─────┼───────┤
//   │ 0       │ 1   │       │
//   │ 1       │     │ 'x'   │
//   └─────────┴─────┴───────┘
//   Array(2)
// Columns: "(index)", then the row objects' property names in first-seen order (at most 20), then "Value"
// for primitive rows — the same data and order DevTools uses; cells hold the preview text of the value,
// left-aligned; the last line is the collapsed table object, which DevTools shows under the grid.
// console.trace prints its message, then one line per stack frame `    fn @ file.js:line`
// (`(anonymous)` for unnamed frames), as the expanded DevTools stack table reads.
// group/groupCollapsed print their label; every later message is indented by two spaces per open group
// (collapsed groups print their content too). console.clear is a no-op.
(function (g, $) {
  'use strict';
  const { Array, ArrayBufferPrototype, ArrayFrom, ArrayIsArray, ArrayPrototype, ArrayPrototypeFilter,
    ArrayPrototypeJoin, ArrayPrototypeMap, ArrayPrototypePop, ArrayPrototypePush, ArrayPrototypeSome, BigInt,
    Boolean, DataViewPrototype, Date, DatePrototype, Error, ErrorPrototype, Function, FunctionPrototype, Int32Array,
    Int8Array, Map, MapPrototype, MathFloor, MathMax, Number, Object, ObjectKeys, ObjectPrototype, Promise,
    PromisePrototype, Proxy, Reflect, RegExp, RegExpPrototype, RegExpPrototypeExec, Set, SetPrototype,
    SharedArrayBuffer, SharedArrayBufferPrototype, String, StringPrototype, StringPrototypeCharCodeAt,
    StringPrototypeCodePointAt, StringPrototypeMatch, StringPrototypeReplace, StringPrototypeSplit,
    StringPrototypeStartsWith, StringPrototypeSubstring, StringPrototypeTrim, Symbol, SymbolToStringTag,
    WeakMapPrototype, WeakRef, WeakSet, parseFloat, parseInt, ReflectGet, SafeMap, SafeSet, SafeArrayIterator, InternalArray, ArrayPrototypeIncludes, ArrayPrototypeSlice } = $.primordials;

  // ---------------------------------------------------------------- intrinsics (captured at start-up)
  const O = Object, R = Reflect;
  const getProto = O.getPrototypeOf, getOwnDesc = O.getOwnPropertyDescriptor, ownKeys = R.ownKeys;
  const objToString = O.prototype.toString;
  const fnToString = FunctionPrototype.toString;
  const call = FunctionPrototype.call.bind(FunctionPrototype.call);
  const StringCtor = String, NumberCtor = Number;
  const gparseInt = parseInt, gparseFloat = parseFloat;
  const isArray = ArrayIsArray;
  const getter = (proto, name) => { const d = proto && getOwnDesc(proto, name); return d && d.get; };
  const TypedArrayProto = getProto(Int8Array.prototype);
  const taTag = getter(TypedArrayProto, SymbolToStringTag);
  const taLength = getter(TypedArrayProto, 'length');
  const abByteLength = getter(ArrayBufferPrototype, 'byteLength');
  const sabByteLength = typeof SharedArrayBuffer === 'function' ? getter(SharedArrayBufferPrototype, 'byteLength') : null;
  const dvByteLength = getter(DataViewPrototype, 'byteLength');
  const mapSize = getter(MapPrototype, 'size'), setSize = getter(SetPrototype, 'size');
  const mapEntries = MapPrototype.entries, setValues = SetPrototype.values;
  const mapIterNext = getProto(new Map().entries()).next, setIterNext = getProto(new Set().values()).next;
  const weakMapHas = WeakMapPrototype.has, weakSetHas = WeakSet.prototype.has;
  const weakRefDeref = typeof WeakRef === 'function' ? WeakRef.prototype.deref : null;
  const dateGetTime = DatePrototype.getTime, dateToString = DatePrototype.toString;
  const reSource = getter(RegExpPrototype, 'source');
  const reFlagGetters = [['d', 'hasIndices'], ['g', 'global'], ['i', 'ignoreCase'], ['m', 'multiline'],
    ['s', 'dotAll'], ['u', 'unicode'], ['v', 'unicodeSets'], ['y', 'sticky']]
    .map(([c, n]) => [c, getter(RegExpPrototype, n)]).filter(([, f]) => f);
  const wrapperValueOf = [Number, String, Boolean, Symbol, BigInt]
    .filter((C) => typeof C === 'function').map((C) => C.prototype.valueOf);
  const stringValueOf = StringPrototype.valueOf;
  const mathFloor = MathFloor;
  const NAN = NaN;

  // Known V8 order of native getters on intrinsic prototypes (the engine running this file may list
  // them differently; V8's order is what DevTools shows).
  const intrinsicPrototypes = new SafeSet([TypedArrayProto, ArrayBufferPrototype, DataViewPrototype, MapPrototype,
    SetPrototype, WeakMapPrototype, WeakSet.prototype, RegExpPrototype, PromisePrototype, ErrorPrototype,
    DatePrototype, ArrayPrototype, FunctionPrototype, ObjectPrototype,
    ...(typeof SharedArrayBuffer === 'function' ? [SharedArrayBufferPrototype] : [])]);
  const v8GetterOrder = new SafeMap([[TypedArrayProto, ['buffer', 'byteLength', 'byteOffset', 'length', SymbolToStringTag]]]);

  function tryCall(fn, thisArg) {
    if (!fn) return undefined;
    try { return { __proto__: null, v: call(fn, thisArg) }; } catch { return undefined; }
  }
  const isObject = (v) => v !== null && (typeof v === 'object' || typeof v === 'function');
  function builtinTag(o) { try { return call(objToString, o).slice(8, -1); } catch { return 'Object'; } }
  function dataProp(o, key) {
    try { const d = getOwnDesc(o, key); return d && 'value' in d ? d.value : undefined; } catch { return undefined; }
  }
  function fnDebugName(f) { const n = dataProp(f, 'name'); return typeof n === 'string' ? n : ''; }
  function isNativeFunction(f) {
    if (typeof f !== 'function') return false;
    if (typeof $.isNativeFunction === 'function' && $.isNativeFunction(f)) return true;
    try { return (RegExpPrototypeExec(/\{\s*\[native code\]\s*\}\s*$/, call(fnToString, f)) !== null); } catch { return false; }
  }

  // ---------------------------------------------------------------- V8: classification & descriptions
  // V8's JSReceiver::GetConstructorName.
  function constructorName(o) {
    try {
      const proto = getProto(o);
      if (proto !== null) { // "map constructor" of objects made by `new C`
        const c = dataProp(proto, 'constructor');
        if (typeof c === 'function' && dataProp(c, 'prototype') === proto) {
          const n = fnDebugName(c);
          if (n && n !== 'Object') return n;
        }
      }
      let cur = o;
      for (let depth = 0; cur !== null && depth < 1000; depth++) {
        const tag = dataProp(cur, SymbolToStringTag);
        if (typeof tag === 'string') return tag;
        if (cur !== o) {
          const c = dataProp(cur, 'constructor');
          if (typeof c === 'function') {
            const n = fnDebugName(c);
            if (n && n !== 'Object') return n;
          }
        }
        cur = getProto(cur);
      }
    } catch { /* a Proxy trap threw: fall back to the class name */ }
    return className(o);
  }
  function className(o) {
    if (typeof o === 'function') return 'Function';
    if (isArray(o)) return 'Array';
    const t = builtinTag(o);
    return ['Arguments', 'Error', 'Boolean', 'Number', 'String', 'Date', 'RegExp'].includes(t) ? t : 'Object';
  }

  function describeNumber(n) {
    if (n !== n) return 'NaN';
    if (n === 0 && 1 / n < 0) return '-0';
    return StringCtor(n);
  }
  const describeBigInt = (b) => StringCtor(b) + 'n';
  const describeSymbol = (s) => 'Symbol(' + (s.description === undefined ? '' : s.description) + ')';
  function describeFunction(f) {
    try { return call(fnToString, f); } catch { return constructorName(f); }
  }
  function describeRegExp(re) {
    let flags = '';
    for (let i = 0; i < reFlagGetters.length; i++) if (call(reFlagGetters[i][1], re)) flags += reFlagGetters[i][0];
    return '/' + call(reSource, re) + '/' + flags;
  }
  // V8 descriptionForError: native errors print `stack`; client (platform) errors only when the stack
  // starts with the class name, otherwise "Class: message" + the stack after the message.
  function describeError(e, native) {
    const cls = constructorName(e);
    let stack, message;
    try { const s = e.stack; if (typeof s === 'string') stack = s; } catch { /* ignored */ }
    if (native && stack !== undefined) return stack;
    if (stack !== undefined && stack.slice(0, cls.length) === cls) return stack;
    try { const m = e.message; if (typeof m === 'string' && m !== '') message = m; } catch { /* ignored */ }
    if (message === undefined) return stack !== undefined ? stack : cls;
    const description = cls + ': ' + message;
    if (stack === undefined) return description;
    const i = stack.indexOf(message);
    return description + (i >= 0 ? stack.slice(i + message.length) : '');
  }

  function abbreviate(s, middle) {
    const max = 100;
    if (s.length <= max) return s;
    if (middle) return s.slice(0, max / 2) + '\u2026' + s.slice(s.length - max / 2 + 1);
    return s.slice(0, max - 1) + '\u2026';
  }

  function promiseState(p) {
    if (typeof $.promiseState === 'function') {
      try { const r = $.promiseState(p); if (r && typeof r.state === 'string') return r; } catch { /* ignored */ }
    }
    return { __proto__: null, state: 'pending', value: undefined };
  }

  // The RemoteObject V8 builds for a value: {type, subtype, description, value, obj, kind}.
  function mirror(v) {
    switch (typeof v) {
      case 'undefined': return { __proto__: null, type: 'undefined', description: 'undefined', value: v };
      case 'boolean': return { __proto__: null, type: 'boolean', description: StringCtor(v), value: v };
      case 'number': return { __proto__: null, type: 'number', description: describeNumber(v), value: v };
      case 'string': return { __proto__: null, type: 'string', description: v, value: v };
      case 'bigint': return { __proto__: null, type: 'bigint', description: abbreviate(describeBigInt(v), true), value: v };
      case 'symbol': return { __proto__: null, type: 'symbol', description: describeSymbol(v), value: v };
      case 'function': return { __proto__: null, type: 'function', description: describeFunction(v), obj: v };
    }
    if (v === null) return { __proto__: null, type: 'object', subtype: 'null', description: 'null', value: null };
    const m = { __proto__: null, type: 'object', obj: v };
    let r;
    if (typeof $.inspectSubtype === 'function') {
      // hook for the core: platform objects Chromium gives a subtype ('node', 'error', 'array', ...)
      const s = $.inspectSubtype(v);
      if (s && s.subtype) {
        m.subtype = s.subtype;
        m.description = s.description !== undefined ? s.description
          : s.subtype === 'error' ? describeError(v, false) : constructorName(v);
        return m;
      }
    }
    if (typeof $.DOMException === 'function' && v instanceof $.DOMException) {
      m.subtype = 'error'; m.description = describeError(v, false); return m;
    }
    if (v !== RegExpPrototype && tryCall(reSource, v)) { m.subtype = 'regexp'; m.description = describeRegExp(v); return m; }
    if (tryCall(dateGetTime, v)) { m.subtype = 'date'; m.description = call(dateToString, v); return m; }
    const tag = builtinTag(v);
    if (tag === 'Promise' && v instanceof Promise) { m.subtype = 'promise'; m.description = constructorName(v); return m; }
    if (tag === 'Error') { m.subtype = 'error'; m.description = describeError(v, true); return m; }
    if ((r = tryCall(mapSize, v))) { m.subtype = 'map'; m.kind = 'map'; m.description = constructorName(v) + '(' + r.v + ')'; return m; }
    if ((r = tryCall(setSize, v))) { m.subtype = 'set'; m.kind = 'set'; m.description = constructorName(v) + '(' + r.v + ')'; return m; }
    if (isWeak(weakMapHas, v)) { m.subtype = 'weakmap'; m.description = constructorName(v); return m; }
    if (isWeak(weakSetHas, v)) { m.subtype = 'weakset'; m.description = constructorName(v); return m; }
    if (tryCall(taTag, v) && tryCall(taTag, v).v !== undefined) {
      m.subtype = 'typedarray'; m.kind = 'typedarray'; m.length = call(taLength, v);
      m.description = constructorName(v) + '(' + m.length + ')'; return m;
    }
    if ((r = tryCall(abByteLength, v)) || (r = tryCall(sabByteLength, v))) {
      m.subtype = 'arraybuffer'; m.description = constructorName(v) + '(' + r.v + ')'; return m;
    }
    if ((r = tryCall(dvByteLength, v))) { m.subtype = 'dataview'; m.description = constructorName(v) + '(' + r.v + ')'; return m; }
    if (isArray(v)) {
      m.subtype = 'array'; m.kind = 'array';
      let len = 0; try { len = v.length; } catch { /* Proxy */ }
      m.description = constructorName(v) + '(' + len + ')'; return m;
    }
    if (tag === 'Arguments') {
      const d = getOwnDesc(v, 'length');
      if (d && 'value' in d && NumberCtor.isInteger(d.value) && d.value >= 0 && d.value <= 0xffffffff) {
        m.subtype = 'array'; m.kind = 'array'; m.description = constructorName(v) + '(' + d.value + ')'; return m;
      }
    }
    if (weakRefDeref && tryCall(weakRefDeref, v)) m.kind = 'weakref';
    else if (ArrayPrototypeSome(wrapperValueOf, (f) => tryCall(f, v))) m.kind = 'wrapper';
    m.description = constructorName(v);
    return m;
  }
  function isWeak(has, v) { try { call(has, v, {}); return true; } catch { return false; } }

  // V8 ValueMirror::buildPropertyPreview
  function propertyPreview(name, v) {
    const m = mirror(v);
    const p = { __proto__: null, name, type: m.type };
    if (m.subtype) p.subtype = m.subtype;
    switch (m.type) {
      case 'string': p.value = abbreviate(v, true); break;
      case 'bigint': p.value = abbreviate(describeBigInt(v), true); break;
      case 'symbol': p.value = abbreviate(m.description, false); break;
      case 'function': p.value = ''; break;
      case 'object': p.value = m.subtype === 'null' ? 'null' : abbreviate(m.description, m.subtype === 'regexp'); break;
      default: p.value = m.description;
    }
    return p;
  }
  // V8 ValueMirror::buildEntryPreview (only type/subtype/description are used by DevTools)
  function entryPreview(v) {
    const m = mirror(v);
    const e = { __proto__: null, type: m.type, description: m.type === 'bigint' ? abbreviate(describeBigInt(v), true) : m.description };
    if (m.subtype) e.subtype = m.subtype;
    return e;
  }

  const isIndexKey = (k) => typeof k === 'string' && (RegExpPrototypeExec(/^(?:0|[1-9]\d*)$/, k) !== null) && +k < 4294967295;

  // V8 getPropertiesForPreview + PreviewPropertyAccumulator. Returns {props, overflow}.
  function previewProperties(m, limits, state) {
    const o = m.obj;
    const blocklist = new SafeSet();
    if (m.kind === 'array' || stringWrapper(o) !== undefined) blocklist.add('length');
    let skipIndex = stringWrapper(o) !== undefined ? stringWrapper(o).length + 1 : -1;
    const out = InternalArray();
    const seen = new SafeSet();
    // false = stop (limit reached)
    const add = (p) => {
      if (p.isIndex && skipIndex > 0) { --skipIndex; if (skipIndex > 0) return true; }
      if (blocklist.has(p.nameStr)) return true;
      const lim = p.isIndex ? 'index' : 'name';
      if (!limits[lim]) { state.overflow = true; return false; }
      --limits[lim];
      ArrayPrototypePush(out, p);
      return true;
    };
    const consider = (holder, key, own, isIndex) => {
      if (seen.has(key)) return true;
      seen.add(key);
      let d;
      try { d = getOwnDesc(holder, key); } catch { return true; }
      if (!d) return true;
      const nameStr = typeof key === 'symbol' ? describeSymbol(key) : key;
      let p = { __proto__: null, nameStr, isIndex };
      if ('value' in d) {
        if (!own) return true;
        p.value = d.value; p.hasValue = true;
      } else {
        if (typeof d.get !== 'function') return true;
        let synthetic = false;
        if (key !== '__proto__' && isNativeFunction(d.get) && !sideEffectOnGet(o, key)) {
          try {
            const val = ReflectGet(o, key);
            if (!(builtinTag(val) === 'Promise' && promiseState(val).state === 'rejected')) {
              p.value = val; p.hasValue = true; synthetic = true;
            }
          } catch { /* stays an accessor */ }
        }
        if (!own && !synthetic) return true;
      }
      return add(p);
    };
    let holder = o;
    let first = true;
    for (let depth = 0; holder !== null && depth < 1000; depth++) {
      // Browser Harness prints JS built-ins in the short form its users expect (and the seed sample
      // requires): `Int32Array(5) [1, 1024, 1024, 1024, 1024]`, `Map(0) {}` — the getters on ECMAScript
      // intrinsic prototypes (buffer/byteLength/byteOffset/length/size...) are not expanded.
      if (!first && intrinsicPrototypes.has(holder)) break;
      let keys;
      try { keys = ownKeys(holder); } catch { break; }
      if (first && m.kind === 'typedarray') {
        const len = m.length;
        for (let i = 0; i < len; i++) if (!consider(holder, StringCtor(i), true, true)) return out;
        keys = ArrayPrototypeFilter(keys, (k) => !isIndexKey(k));
      }
      if (!first) {
        const order = v8GetterOrder.get(holder);
        if (order) keys = ArrayPrototypeFilter(order, (k) => keys.includes(k)).concat(ArrayPrototypeFilter(keys, (k) => !order.includes(k)));
      }
      // stage "enumerable strings", then "all properties" (non-enumerable strings and symbols)
      for (const k of new SafeArrayIterator(keys)) {
        if (typeof k !== 'string') continue;
        let d; try { d = getOwnDesc(holder, k); } catch { d = undefined; }
        if (!d || !d.enumerable) continue;
        if (!consider(holder, k, first, isIndexKey(k))) return out;
      }
      for (const k of new SafeArrayIterator(keys)) if (!consider(holder, k, first, isIndexKey(k))) return out;
      first = false;
      try { holder = getProto(holder); } catch { break; }
    }
    return out;
  }
  function sideEffectOnGet(o, key) {
    if (key !== 'body') return false;
    try {
      return (typeof g.Request === 'function' && o instanceof g.Request) ||
        (typeof g.Response === 'function' && o instanceof g.Response);
    } catch { return false; }
  }
  function stringWrapper(o) {
    const r = tryCall(stringValueOf, o);
    return r ? r.v : undefined;
  }

  // V8 ObjectMirror::buildObjectPreviewInternal (nameLimit 5 / indexLimit 100; console.table: 1000/1000
  // for the table and for each row object).
  function buildPreview(m, forTable) {
    const limits = forTable ? { __proto__: null, name: 1000, index: 1000 } : { __proto__: null, name: 5, index: 100 };
    const state = { __proto__: null, overflow: false };
    const properties = InternalArray();
    const o = m.obj;
    // internal properties
    const internal = InternalArray();
    if (m.kind === 'wrapper') {
      for (const f of new SafeArrayIterator(wrapperValueOf)) { const r = tryCall(f, o); if (r) { ArrayPrototypePush(internal, ['[[PrimitiveValue]]', r.v]); break; } }
    } else if (m.subtype === 'promise') {
      const st = promiseState(o);
      ArrayPrototypePush(internal, ['[[PromiseState]]', st.state], ['[[PromiseResult]]', st.state === 'pending' ? undefined : st.value]);
    } else if (m.kind === 'weakref') {
      ArrayPrototypePush(internal, ['[[WeakRefTarget]]', call(weakRefDeref, o)]);
    }
    for (let i = 0; i < internal.length; i++) {
      const name = internal[i][0], val = internal[i][1];
      if (!limits.name) { state.overflow = true; break; }
      --limits.name;
      ArrayPrototypePush(properties, propertyPreview(name, val));
    }
    for (const p of new SafeArrayIterator(previewProperties(m, limits, state))) {
      let pp;
      if (p.hasValue) {
        pp = propertyPreview(p.nameStr, p.value);
        if (forTable && isObject(p.value) && typeof p.value !== 'function') {
          pp.valuePreview = buildPreview(mirror(p.value), true);
        }
      } else {
        pp = { __proto__: null, name: p.nameStr, type: 'accessor' };
      }
      ArrayPrototypePush(properties, pp);
    }
    const preview = { __proto__: null, type: 'object', description: m.description, overflow: false, properties };
    if (m.subtype) preview.subtype = m.subtype;
    // entries (Map / Set), at most 5
    if (m.kind === 'map' || m.kind === 'set') {
      const entries = InternalArray();
      const it = call(m.kind === 'map' ? mapEntries : setValues, o);
      const next = m.kind === 'map' ? mapIterNext : setIterNext;
      for (;;) {
        const step = call(next, it);
        if (step.done) break;
        if (entries.length === 5) { state.overflow = true; break; }
        if (m.kind === 'map') ArrayPrototypePush(entries, { __proto__: null, key: entryPreview(step.value[0]), value: entryPreview(step.value[1]) });
        else ArrayPrototypePush(entries, { __proto__: null, value: entryPreview(step.value) });
      }
      if (entries.length) preview.entries = entries;
    }
    preview.overflow = state.overflow;
    return preview;
  }

  // ---------------------------------------------------------------- DevTools front-end rendering
  const escapes = new SafeMap([['\b', '\\b'], ['\f', '\\f'], ['\n', '\\n'], ['\r', '\\r'], ['\t', '\\t'],
    ['\v', '\\v'], ["'", "\\'"], ['\\', '\\\\'], ['<!--', '\\x3C!--'], ['<script', '\\x3Cscript'],
    ['</script', '\\x3C/script']]);
  const hex = (n, w) => n.toString(16).toUpperCase().padStart(w, '0');
  // Platform.StringUtilities.formatAsJSLiteral
  function formatAsJSLiteral(s) {
    const esc = /(\\|<(?:!--|\/?script))|(\p{Cc})|(\p{Cs})/gu;
    const escQ = /(\\|'|<(?:!--|\/?script))|(\p{Cc})|(\p{Cs})/gu;
    const rep = (match, pattern, control, lone) => {
      if (control) return escapes.get(control) || '\\x' + hex(StringPrototypeCharCodeAt(control, 0), 2);
      if (lone) return '\\u' + hex(StringPrototypeCharCodeAt(lone, 0), 4);
      if (pattern) return escapes.get(pattern) || '';
      return match;
    };
    if (!s.includes("'")) return "'" + StringPrototypeReplace(s, esc, rep) + "'";
    if (!s.includes('"')) return '"' + StringPrototypeReplace(s, esc, rep) + '"';
    if (!s.includes('`') && !s.includes('${')) return '`' + StringPrototypeReplace(s, esc, rep) + '`';
    return "'" + s.replace(escQ, rep) + "'";
  }
  function trimMiddle(s, max) {
    if (s.length <= max) return s;
    let left = max >> 1, right = max - left - 1;
    if (StringPrototypeCodePointAt(s, s.length - right - 1) >= 0x10000) { --right; ++left; }
    if (left > 0 && StringPrototypeCodePointAt(s, left - 1) >= 0x10000) --left;
    return s.substr(0, left) + '\u2026' + s.substr(s.length - right, right);
  }
  const trimEnd = (s, max) => (s.length <= max ? s : s.substr(0, max - 1) + '\u2026');

  // RemoteObjectPreviewFormatter.renderPropertyPreview
  function renderPropertyPreview(type, subtype, description) {
    if (type === 'accessor') return '(...)';
    if (type === 'function') return '\u0192';
    if (type === 'string') return formatAsJSLiteral(description === undefined ? '' : description);
    if (type === 'object' && !subtype) {
      const parts = (description || '').split('.');
      for (let i = 0; i < parts.length - 1; i++) parts[i] = trimMiddle(parts[i], 3);
      return parts.length === 1 && parts[0] === 'Object' ? '{\u2026}' : ArrayPrototypeJoin(parts, '.');
    }
    return description === undefined ? '' : description;
  }
  const renderName = (name) => ((RegExpPrototypeExec(/^\s|\s$|^$|\n/, name) !== null) ? '"' + name.replace(/\n/g, '\u21B5') + '"' : name);

  function sortValue(p) {
    if (p.name === '[[PromiseState]]') return 1;
    if (p.name === '[[PromiseResult]]') return 2;
    if (p.name === '[[GeneratorState]]' || p.name === '[[PrimitiveValue]]' || p.name === '[[WeakRefTarget]]') return 3;
    if (p.type !== 'function' && !StringPrototypeStartsWith(p.name, '#')) return 4;
    return 5;
  }
  const byComparator = (list) => list.slice().sort((a, b) => sortValue(a) - sortValue(b));

  function arrayLength(preview) {
    if (preview.subtype !== 'array' && preview.subtype !== 'typedarray') return 0;
    const d = preview.description || '';
    const sq = StringPrototypeMatch(d, /\[([0-9]+)\]/), par = StringPrototypeMatch(d, /\(([0-9]+)\)/);
    return sq ? gparseInt(sq[1], 10) : par ? gparseInt(par[1], 10) : 0;
  }

  // RemoteObjectPreviewFormatter.renderObjectPreview
  function renderObjectPreview(preview) {
    const description = preview.description;
    const noValuePreview = ['arraybuffer', 'dataview', 'error', 'null', 'regexp', 'webassemblymemory', 'internal#entry', 'trustedtype'];
    if (preview.type !== 'object' || (preview.subtype && noValuePreview.includes(preview.subtype))) {
      return renderPropertyPreview(preview.type, preview.subtype, description);
    }
    const isArrayLike = preview.subtype === 'array' || preview.subtype === 'typedarray';
    let objectDescription = '';
    if (description) {
      if (isArrayLike) {
        const len = arrayLength(preview);
        const lenText = len > 1 ? '(' + len + ')' : '';
        const name = StringPrototypeReplace(description, /\[[0-9]+\]|\([0-9]+\)/, '');
        objectDescription = name === 'Array' ? lenText : name + lenText;
      } else {
        objectDescription = description === 'Object' ? '' : description;
      }
    }
    const items = preview.entries ? renderEntries(preview) : isArrayLike ? renderArrayProperties(preview) : renderObjectProperties(preview);
    const renderValue = (p) => renderPropertyPreview(p.type, p.subtype, p.value);
    const parts = ArrayPrototypeMap(items, ({ name, entry, value, placeholder }) => {
      let s = placeholder !== undefined ? placeholder : '';
      if (name !== undefined) s += renderName(name);
      if (name !== undefined && value) s += ': ';
      if (value) s += renderValue(value);
      if (entry) {
        if (entry.key) s += renderPropertyPreview(entry.key.type, entry.key.subtype, entry.key.description) + ' => ';
        s += renderPropertyPreview(entry.value.type, entry.value.subtype, entry.value.description);
      }
      return s;
    });
    let body = ArrayPrototypeJoin(parts, ', ');
    if (preview.overflow) body += items.length > 0 ? ', \u2026' : '\u2026';
    return (objectDescription ? objectDescription + ' ' : '') + (isArrayLike ? '[' + body + ']' : '{' + body + '}');
  }
  function renderObjectProperties(preview) {
    const props = byComparator(ArrayPrototypeFilter(preview.properties, (p) => p.type !== 'accessor'));
    const out = InternalArray();
    for (let i = 0; i < props.length; i++) {
      const p = props[i];
      if (preview.subtype === 'promise' && p.name === '[[PromiseState]]') {
        const result = props[i + 1] && props[i + 1].name === '[[PromiseResult]]' ? props[i + 1] : undefined;
        if (result) i++;
        ArrayPrototypePush(out, { __proto__: null, name: '<' + p.value + '>', value: p.value !== 'pending' ? result : undefined });
      } else if (preview.subtype === 'generator' && p.name === '[[GeneratorState]]') {
        ArrayPrototypePush(out, { __proto__: null, name: '<' + p.value + '>' });
      } else if (p.name === '[[PrimitiveValue]]') {
        ArrayPrototypePush(out, { __proto__: null, value: p });
      } else if (p.name === '[[WeakRefTarget]]') {
        ArrayPrototypePush(out, p.type === 'undefined' ? { __proto__: null, name: '<cleared>' } : { __proto__: null, value: p });
      } else {
        ArrayPrototypePush(out, { __proto__: null, name: p.name, value: p });
      }
    }
    return out;
  }
  function renderArrayProperties(preview) {
    const len = arrayLength(preview);
    const toIndex = (name) => { const i = NumberCtor(name) >>> 0; return StringCtor(i) === name && i < len ? i : -1; };
    const indexProps = ArrayPrototypeFilter(preview.properties, (p) => toIndex(p.name) !== -1).sort((a, b) => toIndex(a.name) - toIndex(b.name));
    const others = byComparator(ArrayPrototypeFilter(preview.properties, (p) => toIndex(p.name) === -1));
    const canShowGaps = !preview.overflow;
    const out = InternalArray();
    const gap = (n) => ({ __proto__: null, placeholder: n !== 1 ? 'empty \u00D7 ' + n : 'empty' });
    let last = -1, count = 0;
    for (const p of new SafeArrayIterator(indexProps)) {
      const index = toIndex(p.name);
      const gapN = index - last - 1;
      const hasGaps = index !== count;
      if (canShowGaps && gapN > 0) ArrayPrototypePush(out, gap(gapN));
      ArrayPrototypePush(out, { __proto__: null, name: !canShowGaps && hasGaps ? p.name : undefined, value: p });
      last = index; count++;
    }
    const trailing = len - last - 1;
    if (canShowGaps && trailing > 0) ArrayPrototypePush(out, gap(trailing));
    for (const p of new SafeArrayIterator(others)) ArrayPrototypePush(out, { __proto__: null, name: p.name, value: p });
    return out;
  }
  function renderEntries(preview) { return ArrayPrototypeMap(preview.entries, (entry) => ({ __proto__: null, entry })); }

  // ObjectPropertiesSection.valueElementForFunctionDescription
  function renderFunction(description, includePreview, defaultName) {
    const text = (description || '').replace(/^function [gs]et /, 'function ').replace(/^function [gs]et\(/, 'function(').replace(/^[gs]et /, '');
    defaultName = defaultName || '';
    const asyncMatch = StringPrototypeMatch(text, /^(async\s+function)/);
    const isGenerator = StringPrototypeStartsWith(text, 'function*');
    const isGeneratorShorthand = StringPrototypeStartsWith(text, '*');
    const isBasic = !isGenerator && StringPrototypeStartsWith(text, 'function');
    const isClass = StringPrototypeStartsWith(text, 'class ') || StringPrototypeStartsWith(text, 'class{');
    const firstArrow = text.indexOf('=>');
    const isArrow = !asyncMatch && !isGenerator && !isBasic && !isClass && firstArrow > 0;
    const nameAndArguments = (contents) => {
      const start = contents.indexOf('(');
      const end = StringPrototypeMatch(contents, /\)\s*{/);
      if (start !== -1 && end && end.index > start) {
        return (StringPrototypeSubstring(contents, 0, start).trim() || defaultName) + StringPrototypeSubstring(contents, start, end.index + 1);
      }
      return defaultName + '()';
    };
    const make = (prefix, body, abbreviation) => (prefix ? prefix + ' ' : '') +
      (includePreview ? trimEnd(StringPrototypeTrim(body), 200) : StringPrototypeReplace(abbreviation, /\n/g, ' '));
    let rest;
    if (isClass) {
      rest = StringPrototypeSubstring(text, 5);
      const m = /^[^{\s]+/.exec(StringPrototypeTrim(rest));
      return make('class', rest, (m && StringPrototypeTrim(m[0])) || defaultName);
    }
    if (asyncMatch) { rest = StringPrototypeSubstring(text, asyncMatch[1].length); return make('async \u0192', rest, nameAndArguments(rest)); }
    if (isGenerator) { rest = StringPrototypeSubstring(text, 9); return make('\u0192*', rest, nameAndArguments(rest)); }
    if (isGeneratorShorthand) { rest = StringPrototypeSubstring(text, 1); return make('\u0192*', rest, nameAndArguments(rest)); }
    if (isBasic) { rest = StringPrototypeSubstring(text, 8); return make('\u0192', rest, nameAndArguments(rest)); }
    if (isArrow) {
      let abbreviation = text;
      if (defaultName) abbreviation = defaultName + '()';
      else if (text.length > 60) abbreviation = StringPrototypeSubstring(text, 0, firstArrow + 2) + ' {\u2026}';
      return make('', text, abbreviation);
    }
    return make('\u0192', text, nameAndArguments(text));
  }

  // ConsoleViewMessage.formatParameterAsError (+ "Caused by:" chain)
  function renderError(m) {
    const lines = InternalArray();
    const seen = new SafeSet();
    let cur = m, prefix = '';
    while (cur) {
      ArrayPrototypePush(lines, prefix + cur.description);
      if (!isObject(cur.obj) || seen.has(cur.obj)) break;
      seen.add(cur.obj);
      const cause = lookupData(cur.obj, 'cause');
      prefix = 'Caused by: ';
      if (cause === undefined) break;
      const cm = mirror(cause);
      if (cm.subtype === 'error') cur = cm;
      else { if (cm.type === 'string') ArrayPrototypePush(lines, 'Caused by: ' + cause); break; }
    }
    return ArrayPrototypeJoin(lines, '\n');
  }
  function lookupData(o, key) {
    try {
      for (let cur = o, i = 0; cur !== null && i < 1000; cur = getProto(cur), i++) {
        const d = getOwnDesc(cur, key);
        if (d) return 'value' in d ? d.value : undefined;
      }
    } catch { /* ignored */ }
    return undefined;
  }

  // ConsoleViewMessage.formatParameter
  function formatParameter(m, forceObjectFormat, includePreview) {
    const outputType = forceObjectFormat ? 'object' : (m.subtype || m.type);
    switch (outputType) {
      case 'error': return renderError(m);
      case 'function':
        return renderFunction(m.description, includePreview, includePreview ? fnDebugName(m.obj) : fnDebugName(m.obj) || 'anonymous');
      case 'string': return formatAsJSLiteral(m.description);
      case 'array': case 'arraybuffer': case 'blob': case 'dataview': case 'generator': case 'iterator':
      case 'map': case 'object': case 'promise': case 'proxy': case 'set': case 'typedarray':
      case 'weakmap': case 'weakset': case 'webassemblymemory':
        if (includePreview && m.obj !== undefined && m.type === 'object') return renderObjectPreview(buildPreview(m, false));
        if (m.type === 'function') return renderFunction(m.description, false, fnDebugName(m.obj) || 'anonymous');
        return m.description === undefined ? '' : m.description;
      default: return m.description === undefined ? '' : m.description;
    }
  }

  // ConsoleFormat.format: returns {text, rest}
  function formatString(fmt, params) {
    let text = '';
    let argIndex = 0;
    const re = /%([%_Oocsdfi])|\x1B\[([\d;]*)m/;
    for (let match = RegExpPrototypeExec(re, fmt); match !== null; match = RegExpPrototypeExec(re, fmt)) {
      text += StringPrototypeSubstring(match.input, 0, match.index);
      let sub;
      const spec = match[1];
      switch (spec) {
        case '%': text += '%'; sub = ''; break;
        case 's': if (argIndex < params.length) { const d = params[argIndex++].description; sub = d === undefined ? '' : d; } break;
        case 'c': if (argIndex < params.length) { argIndex++; sub = ''; } break;
        case 'o': case 'O':
          if (argIndex < params.length) { text += formatParameter(params[argIndex++], spec === 'O', spec === 'o'); sub = ''; }
          break;
        case '_': if (argIndex < params.length) { argIndex++; sub = ''; } break;
        case 'd': case 'f': case 'i':
          if (argIndex < params.length) {
            const v = params[argIndex++].value;
            sub = typeof v !== 'number' ? NAN : v;
            if (spec !== 'f') sub = mathFloor(sub);
          }
          break;
        case undefined: sub = ''; break; // ANSI SGR escape: a style
      }
      if (sub === undefined) { text += match[0]; sub = ''; }
      fmt = sub + StringPrototypeSubstring(match.input, match.index + match[0].length);
    }
    return { __proto__: null, text: text + fmt, rest: ArrayPrototypeSlice(params, argIndex) };
  }

  // ConsoleViewMessage.format
  function formatMessage(args, prefix) {
    let out = prefix || '';
    if (!args.length) return out;
    let params = ArrayPrototypeMap(args, mirror);
    const formatted = params[0].type === 'string';
    if (formatted) {
      const r = formatString(params[0].description, ArrayPrototypeSlice(params, 1));
      out += r.text;
      params = r.rest;
      if (params.length) out += ' ';
    }
    out += ArrayPrototypeJoin(ArrayPrototypeMap(params, (p) => (formatted && p.type === 'string' ? p.description : formatParameter(p, false, true))), ' ');
    return out;
  }

  // V8 Formatter (builtins-console.cc): converts %d %i %f %s arguments in place.
  function v8Formatter(args, index) {
    if (args.length < index + 2 || typeof args[index] !== 'string') return args;
    args = ArrayPrototypeSlice(args);
    const states = InternalArray({ __proto__: null, str: args[index], off: 0 });
    let i = index + 1;
    while (states.length && i < args.length) {
      const st = states[states.length - 1];
      st.off = st.str.indexOf('%', st.off);
      if (st.off < 0 || st.off === st.str.length - 1) { ArrayPrototypePop(states); continue; }
      let cur = args[i];
      const spec = st.str[st.off + 1];
      if (spec === 'd' || spec === 'f' || spec === 'i') {
        cur = typeof cur === 'symbol' ? NAN : spec === 'f' ? gparseFloat(cur) : gparseInt(cur, 10);
      } else if (spec === 's') {
        cur = StringCtor(cur);
        ArrayPrototypePush(states, { __proto__: null, str: cur, off: 0 });
      } else if (spec === 'c' || spec === 'o' || spec === 'O' || spec === '_') {
        i++; st.off += 2; continue;
      } else if (spec === '%') {
        st.off += 2; continue;
      } else {
        st.off++; continue;
      }
      args[i++] = cur;
      st.off += 2;
    }
    return args;
  }

  // ---------------------------------------------------------------- console.table
  function renderTable(table, columnsArg) {
    const m = mirror(table);
    const preview = buildPreview(m, true);
    if (isArray(columnsArg)) {
      const selected = InternalArray();
      for (const c of columnsArg) if (typeof c === 'string' && !ArrayPrototypeIncludes(selected, c)) ArrayPrototypePush(selected, c);
      if (selected.length) {
        for (const row of new SafeArrayIterator(preview.properties)) {
          if (!row.valuePreview) continue;
          const map = new SafeMap();
          for (const p of new SafeArrayIterator(row.valuePreview.properties)) if (ArrayPrototypeIncludes(selected, p.name)) map.set(p.name, p);
          row.valuePreview.properties = ArrayPrototypeFilter(selected, (c) => map.has(c)).map((c) => map.get(c));
        }
      }
    }
    const VALUE = {};
    const columns = InternalArray();
    const rows = InternalArray();
    for (const row of new SafeArrayIterator(preview.properties)) {
      let cells;
      if (row.valuePreview && row.valuePreview.properties.length) cells = row.valuePreview.properties;
      else if (row.value || row.value === '') cells = [{ name: VALUE, type: row.type, subtype: row.subtype, value: row.value }];
      else continue;
      const values = new SafeMap();
      for (const cell of new SafeArrayIterator(cells)) {
        if (!ArrayPrototypeIncludes(columns, cell.name)) {
          if (columns.length === 20) continue;
          ArrayPrototypePush(columns, cell.name);
        }
        values.set(cell.name, renderPropertyPreview(cell.type, cell.subtype, cell.value));
      }
      ArrayPrototypePush(rows, { __proto__: null, name: row.name, values });
    }
    if (!rows.length) return '';
    const header = ['(index)'].concat(ArrayPrototypeMap(columns, (c) => (c === VALUE ? 'Value' : StringCtor(c))));
    const body = ArrayPrototypeMap(rows, (r) => [r.name].concat(ArrayPrototypeMap(columns, (c) => (r.values.has(c) ? r.values.get(c) : ''))));
    const widths = ArrayPrototypeMap(header, (h, i) => MathMax(h.length, ...body.map((r) => r[i].length)));
    const line = (l, mid, r) => l + ArrayPrototypeMap(widths, (w) => '\u2500'.repeat(w + 2)).join(mid) + r;
    const rowText = (cells) => '\u2502' + ArrayPrototypeMap(cells, (c, i) => ' ' + c + ' '.repeat(widths[i] - c.length) + ' ').join('\u2502') + '\u2502';
    return [line('\u250C', '\u252C', '\u2510'), rowText(header), line('\u251C', '\u253C', '\u2524'),
      ...body.map(rowText), line('\u2514', '\u2534', '\u2518'), formatParameter(m, true, false)].join('\n');
  }

  // ---------------------------------------------------------------- console.trace stack
  function stackLines(skip) {
    let stack;
    try { stack = new Error().stack; } catch { return []; }
    if (typeof stack !== 'string') return [];
    const frames = StringPrototypeSplit(stack, '\n').filter((l) => (RegExpPrototypeExec(/^\s+at /, l) !== null)).slice(skip);
    return ArrayPrototypeMap(frames, (l) => {
      let s = StringPrototypeReplace(l, /^\s+at /, '');
      let name = '', loc = s;
      const mm = StringPrototypeMatch(s, /^(.*?) \((.*)\)$/);
      if (mm) { name = mm[1]; loc = mm[2]; }
      name = StringPrototypeReplace(name, /^async /, '').replace(/^new /, '').replace(/ \[as [^\]]*\]$/, '');
      if (!StringPrototypeStartsWith(name, '<') && name.includes('.')) name = name.slice(name.lastIndexOf('.') + 1);
      if (name === '<anonymous>') name = '';
      const lm = StringPrototypeMatch(loc, /^(.*):(\d+):(\d+)$/) || StringPrototypeMatch(loc, /^(.*):(\d+)$/);
      let where = loc;
      if (lm) {
        const path = StringPrototypeReplace(lm[1], /[?#].*$/, '');
        const file = path.slice(path.lastIndexOf('/') + 1) || '(index)';
        where = file + ':' + lm[2];
      }
      return '    ' + (name || '(anonymous)') + ' @ ' + where;
    });
  }

  // ---------------------------------------------------------------- the console namespace
  let groupDepth = 0;
  const counts = new SafeMap();
  const timers = new SafeMap();

  function emit(level, text) {
    if (groupDepth) {
      const pad = '  '.repeat(groupDepth);
      text = StringPrototypeSplit(text, '\n').map((l) => pad + l).join('\n');
    }
    $.host.console(level, text);
  }
  function label(args) {
    // firstArgToString("default", allowUndefined = false); a Symbol throws like V8's ToString
    return args.length < 1 || args[0] === undefined ? 'default' : `${args[0]}`;
  }
  const now = () => g.performance.now();

  function logLike(level) {
    return function (...args) { emit(level, formatMessage(v8Formatter(args, 0))); };
  }

  const methods = {
    debug: logLike('debug'),
    error: logLike('error'),
    info: logLike('info'),
    log: logLike('log'),
    warn: logLike('warn'),
    dir(...args) { emit('log', formatMessage(['%O', args[0]])); },
    dirxml(...args) { emit('log', formatMessage(args)); },
    table(...args) {
      if (isObject(args[0]) && typeof args[0] !== 'function') emit('log', renderTable(args[0], args[1]));
      else emit('log', formatMessage(args));
    },
    trace(...args) {
      args = v8Formatter(args, 0);
      const text = formatMessage(args.length ? args : ['console.trace']);
      emit('log', [text].concat(stackLines(3)).join('\n'));
    },
    group(...args) {
      args = v8Formatter(args, 0);
      emit('log', formatMessage(args.length ? args : ['console.group']));
      groupDepth++;
    },
    groupCollapsed(...args) {
      args = v8Formatter(args, 0);
      emit('log', formatMessage(args.length ? args : ['console.groupCollapsed']));
      groupDepth++;
    },
    groupEnd() { if (groupDepth > 0) groupDepth--; },
    clear() {},
    assert(...args) {
      args = v8Formatter(args, 1);
      if (args[0]) return;
      const rest = args.slice(1);
      emit('error', formatMessage(rest.length ? rest : ['console.assert'], 'Assertion failed: '));
    },
    count(...args) {
      const title = label(args);
      const n = (counts.get(title) || 0) + 1;
      counts.set(title, n);
      emit('log', title === '' ? '' : title + ': ' + n);
    },
    countReset(...args) {
      const title = label(args);
      if (counts.has(title)) counts.set(title, 0);
      else emit('warn', "Count for '" + title + "' does not exist");
    },
    time(...args) {
      const title = label(args);
      if (timers.has(title)) { emit('warn', "Timer '" + title + "' already exists"); return; }
      timers.set(title, now());
    },
    timeLog(...args) {
      const title = label(args);
      if (!timers.has(title)) { emit('warn', "Timer '" + title + "' does not exist"); return; }
      const elapsed = now() - timers.get(title);
      emit('log', formatMessage([title + ': ' + StringCtor(elapsed) + ' ms'].concat(args.slice(1))));
    },
    timeEnd(...args) {
      const title = label(args);
      if (!timers.has(title)) { emit('warn', "Timer '" + title + "' does not exist"); return; }
      const elapsed = now() - timers.get(title);
      timers.delete(title);
      emit('log', formatMessage([title + ': ' + StringCtor(elapsed) + ' ms']));
    },
  };

  // The console namespace object: an ordinary object whose [[Prototype]] is an empty object (WebIDL
  // namespace), methods writable/enumerable/configurable, @@toStringTag "console".
  const consoleObject = O.create(O.create(O.prototype));
  for (const name of ObjectKeys(methods)) {
    const fn = methods[name];
    // methods are not constructors and have the IDL names
    const method = { [name](...args) { return fn(...args); } }[name];
    O.defineProperty(method, 'length', { __proto__: null, value: 0 });
    O.defineProperty(consoleObject, name, { __proto__: null, value: method, writable: true, enumerable: true, configurable: true });
  }
  O.defineProperty(consoleObject, SymbolToStringTag, { __proto__: null, value: 'console', configurable: true });
  $.defineGlobal('console', consoleObject);

  $.inspect = function (value) { return formatParameter(mirror(value), false, true); };
  $.formatConsoleArgs = function (args) {
    const list = [];
    for (let i = 0; i < args.length; i++) list[i] = args[i]; // (no iterator the page could patch)
    return formatMessage(v8Formatter(list, 0));
  };
});
