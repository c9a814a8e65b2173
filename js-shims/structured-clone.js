(function (g, $) {
  'use strict';
  // The HTML structured-clone algorithm (StructuredSerializeWithTransfer / StructuredDeserializeWithTransfer)
  // with V8/Blink's observable behaviour and messages.
  //
  // $.serialize(value, transferList, errorPrefix) -> { data: string, refs: [...] }
  //   data holds no JS objects: one JSON text. Plain objects are JSON objects (so JSON.parse creates their own
  //   data properties, "__proto__" included); every other non-JSON value is a JSON array whose first element is
  //   a tag (T_*). Objects are numbered in pre-order; a back reference is [T_REF, n].
  //   refs: the out-of-band things the core moves itself, referenced from data by index ([T_EXT, i]):
  //     first the transfer list, in its order ({kind:'ArrayBuffer', buffer, transfer:true} / {kind:'MessagePort',
  //     port}), then in first-encounter order {kind:'ArrayBuffer', buffer, transfer:false} (to copy, including
  //     resizability: buffer.resizable / buffer.maxByteLength), {kind:'Shared', value} (a SharedArrayBuffer, a
  //     shared WebAssembly.Memory or a WebAssembly.Module: the receiver makes a new object on the same thing,
  //     $.shareRef / $.shareMaterialize), {kind:'Blob', blob, file:boolean}. A transferred ReadableStream or
  //     WritableStream is one {kind:'StreamPort', port} (a TransformStream two: its readable's, its writable's),
  //     [T_STREAM, kind, i(, j)] in data: once the value is serialized, streams.js pipes the stream to or from
  //     one port of a new pair (the spec's cross-realm transform streams) and the other port travels.
  //   The caller detaches the ArrayBuffers with transfer:true (this function never mutates its input).
  // $.deserialize(data, refs) -> value; refs[i] is the receiving realm's materialized value for refs[i].
  // structuredClone(value, {transfer}) -> both of the above within this realm.

  const { InternalArray, SafeMap, FunctionPrototypeCall, ObjectSetPrototypeOf, SymbolIterator } = $.primordials;
  const ArrayProto = Array.prototype;
  const ObjectProto = Object.prototype;
  const uncurry = (f) => Function.prototype.call.bind(f);
  const getter = (proto, name) => {
    const d = proto && Object.getOwnPropertyDescriptor(proto, name);
    return d && d.get ? uncurry(d.get) : undefined;
  };
  const objToString = uncurry(ObjectProto.toString);
  const hasOwn = uncurry(ObjectProto.hasOwnProperty);
  const fnToString = $.primordials.FunctionPrototypeToString; // GraalJS's own (webidl.js later prints shims' functions as native)
  const strSlice = uncurry(String.prototype.slice);
  const strStartsWith = uncurry(String.prototype.startsWith);
  const strEndsWith = uncurry(String.prototype.endsWith);
  const symToString = uncurry(Symbol.prototype.toString);
  const isArray = Array.isArray;
  const keysOf = Object.keys;
  const getProto = Object.getPrototypeOf;
  const objCreate = Object.create;
  const defineProperty = Object.defineProperty;
  const getOwnPropDesc = Object.getOwnPropertyDescriptor;
  const jsonStringify = JSON.stringify;
  const jsonParse = JSON.parse;
  const numberIsNaN = Number.isNaN;
  const NativeArray = Array;
  const NativeBigInt = BigInt;
  const NativeDate = Date;
  const NativeRegExp = RegExp;
  const NativeMap = Map;
  const NativeSet = Set;
  const NativeArrayBuffer = ArrayBuffer;
  const NativeUint8Array = Uint8Array;
  const NativeDataView = DataView;
  const NativeObject = Object;
  const errorIsError = typeof Error.isError === 'function' ? Error.isError : undefined;
  const toStringTagSym = Symbol.toStringTag;


  const mapForEach = uncurry(Map.prototype.forEach);
  const mapSet = uncurry(Map.prototype.set);
  const mapSize = getter(Map.prototype, 'size');
  const setForEach = uncurry(Set.prototype.forEach);
  const setAdd = uncurry(Set.prototype.add);
  const setSize = getter(Set.prototype, 'size');
  const dateGetTime = uncurry(Date.prototype.getTime);
  const reSource = getter(RegExp.prototype, 'source');
  const reFlagGetters = [];
  for (const [flag, name] of [['d', 'hasIndices'], ['g', 'global'], ['i', 'ignoreCase'], ['m', 'multiline'],
    ['s', 'dotAll'], ['u', 'unicode'], ['v', 'unicodeSets'], ['y', 'sticky']]) {
    const get = getter(RegExp.prototype, name);
    if (get) reFlagGetters[reFlagGetters.length] = [flag, get];
  }
  const boolValueOf = uncurry(Boolean.prototype.valueOf);
  const numValueOf = uncurry(Number.prototype.valueOf);
  const strValueOf = uncurry(String.prototype.valueOf);
  const bigintValueOf = uncurry(BigInt.prototype.valueOf);
  const symValueOf = uncurry(Symbol.prototype.valueOf);

  const abProto = ArrayBuffer.prototype;
  const abByteLength = getter(abProto, 'byteLength');
  const abMaxByteLength = getter(abProto, 'maxByteLength');
  const abResizable = getter(abProto, 'resizable');
  const abDetachedGetter = getter(abProto, 'detached');
  // ES2024 has ArrayBuffer.prototype.detached; otherwise a detached buffer has length 0 and refuses views.
  const abDetached = abDetachedGetter !== undefined ? abDetachedGetter : (b) => {
    if (abByteLength(b) !== 0) return false;
    try { new Uint8Array(b); return false; } catch (e) { return true; }
  };
  const abResize = abProto.resize ? uncurry(abProto.resize) : undefined;
  const abTransfer = abProto.transfer ? uncurry(abProto.transfer) : undefined;
  const sabByteLength = typeof SharedArrayBuffer === 'function'
    ? getter(SharedArrayBuffer.prototype, 'byteLength') : undefined;
  const TypedArrayProto = getProto(Uint8Array.prototype);
  const taTag = getter(TypedArrayProto, toStringTagSym);
  const taBuffer = getter(TypedArrayProto, 'buffer');
  const taByteOffset = getter(TypedArrayProto, 'byteOffset');
  const taByteLength = getter(TypedArrayProto, 'byteLength');
  const taLength = getter(TypedArrayProto, 'length');
  const taAt = TypedArrayProto.at ? uncurry(TypedArrayProto.at) : undefined;
  const taSet = uncurry(TypedArrayProto.set);
  const taSlice = uncurry(TypedArrayProto.slice);
  const dvBuffer = getter(DataView.prototype, 'buffer');
  const dvByteOffset = getter(DataView.prototype, 'byteOffset');
  const dvByteLength = getter(DataView.prototype, 'byteLength');
  const weakMapHas = typeof WeakMap === 'function' ? uncurry(WeakMap.prototype.has) : undefined;
  const weakSetHas = typeof WeakSet === 'function' ? uncurry(WeakSet.prototype.has) : undefined;
  const weakRefDeref = typeof WeakRef === 'function' ? uncurry(WeakRef.prototype.deref) : undefined;
  const finRegUnregister = typeof FinalizationRegistry === 'function'
    ? uncurry(FinalizationRegistry.prototype.unregister) : undefined;
  const errorProtoToString = Error.prototype.toString;

  const TA_NAMES = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
    'Uint32Array', 'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'];
  const TA_CTORS = [];
  const TA_INDEX = objCreate(null);
  for (let i = 0; i < TA_NAMES.length; i++) {
    const C = g[TA_NAMES[i]];
    TA_CTORS[i] = typeof C === 'function' ? C : undefined;
    TA_INDEX[TA_NAMES[i]] = i;
  }
  const ERROR_NAMES = ['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError'];
  const ERROR_CTORS = [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError];

  // Tags of the encoding.
  const T_UNDEF = 0, T_NUM = 1, T_BIGINT = 2, T_REF = 3, T_ARRAY = 4, T_SPARSE = 5, T_HOLE = 6, T_DATE = 7,
    T_REGEXP = 8, T_MAP = 9, T_SET = 10, T_BOOLOBJ = 11, T_NUMOBJ = 12, T_STROBJ = 13, T_BIGINTOBJ = 14,
    T_ERROR = 15, T_EXT = 16, T_TYPED = 17, T_DATAVIEW = 18, T_DOMEXC = 19, T_STREAM = 20;
  const UNDEF = [T_UNDEF];
  const HOLE = [T_HOLE];
  const NUM_NAN = [T_NUM, 'NaN'], NUM_INF = [T_NUM, 'Infinity'], NUM_NINF = [T_NUM, '-Infinity'],
    NUM_NZERO = [T_NUM, '-0'];

  // Built-ins whose objects carry internal slots V8 refuses to clone (verified with a brand check where one
  // exists without side effects; otherwise trusted when the tag does not come from an own property).
  const NOT_CLONEABLE = objCreate(null);
  NOT_CLONEABLE.WeakMap = (v) => brand(weakMapHas, v, ObjectProto);
  NOT_CLONEABLE.WeakSet = (v) => brand(weakSetHas, v, ObjectProto);
  NOT_CLONEABLE.WeakRef = (v) => brand(weakRefDeref, v);
  NOT_CLONEABLE.FinalizationRegistry = (v) => brand(finRegUnregister, v, ObjectProto);
  NOT_CLONEABLE.Symbol = (v) => brand(symValueOf, v);
  for (const name of ['Promise', 'Arguments', 'Generator', 'AsyncGenerator', 'Array Iterator', 'Map Iterator',
    'Set Iterator', 'String Iterator', 'RegExp String Iterator', 'Iterator Helper', 'Async-from-Sync Iterator',
    'Module', 'DisposableStack', 'AsyncDisposableStack', 'ShadowRealm']) {
    NOT_CLONEABLE[name] = (v) => name === 'Arguments' || !hasOwn(v, toStringTagSym);
  }

  function brand(check, v, arg) {
    if (!check) return false;
    try { check(v, arg); return true; } catch (e) { return false; }
  }

  function isNativeSAB(v) {
    return sabByteLength !== undefined && objToString(v) === '[object SharedArrayBuffer]' && brand(sabByteLength, v);
  }

  function isNativeAB(v) {
    if (isArray(v)) return false;
    try { abByteLength(v); return true; } catch (e) { return false; }
  }

  // Classification of platform objects; the core (and the blob / messaging shims) may replace it.
  if (typeof $.hostKind !== 'function') {
    $.hostKind = function (v) { return isNativeSAB(v) ? 'SharedArrayBuffer' : undefined; };
  }
  // Streams (streams.js, loaded before this shim in an agent; absent in the shims' Node tests)
  const streamsLoaded = typeof $.streamsLoaded === 'function' ? $.streamsLoaded : () => false;
  // Platform objects that are neither serializable nor transferable (EventTarget, Event, ...): the core marks
  // them; Blink says "<Interface> object could not be cloned."
  if (typeof $.isPlatformObject !== 'function') $.isPlatformObject = () => false;

  // ---- error messages --------------------------------------------------------------------------------

  function dataCloneError(message) {
    return new $.DOMException(message, 'DataCloneError');
  }

  function getDataProperty(o, key) {
    for (let p = o; p !== null && p !== undefined; p = getProto(p)) {
      const d = getOwnPropDesc(p, key);
      if (d !== undefined) return hasOwn(d, 'value') ? d.value : undefined;
    }
    return undefined;
  }

  // V8's Object::NoSideEffectsToString, as used in "% could not be cloned."
  function describe(v, cutLongFunctions = true) {
    if (typeof v === 'symbol') return symToString(v);
    if (typeof v === 'function') {
      let src;
      try { src = fnToString(v); } catch (e) { src = 'function () { [native code] }'; }
      const name = getDataProperty(v, 'name');
      if (typeof name === 'string' && strStartsWith(name, 'bound ') && strEndsWith(src, '[native code] }')) {
        src = 'function () { [native code] }';
      }
      if (cutLongFunctions && src.length > 128) src = strSlice(src, 0, 111) + '...<omitted>...' + strSlice(src, src.length - 2);
      return src;
    }
    if (v === null || typeof v !== 'object') return String(v);
    const toStr = getDataProperty(v, 'toString');
    if (toStr === errorProtoToString) {
      const n = getDataProperty(v, 'name'), m = getDataProperty(v, 'message');
      const name = typeof n === 'string' ? n : 'Error', msg = typeof m === 'string' ? m : '';
      return name === '' ? msg : msg === '' ? name : name + ': ' + msg;
    }
    if (toStr === ObjectProto.toString) {
      const ctor = getDataProperty(v, 'constructor');
      if (typeof ctor === 'function') {
        const name = getDataProperty(ctor, 'name');
        if (typeof name === 'string' && name !== '') return '#<' + name + '>';
      }
    }
    const tag = getDataProperty(v, toStringTagSym);
    return '[object ' + (typeof tag === 'string' ? tag : isArray(v) ? 'Array' : 'Object') + ']';
  }

  /** V8's Object::NoSideEffectsToString, for other shims' error messages (a DataCloneError also cuts long functions). */
  $.describeValue = (v) => describe(v, false);


  // Only the host can tell a Proxy from its target without running traps ($.host.proxyClass: null for anything
  // else); without it (the Node tests) a proxy is cloned through its traps.
  const hasHost = typeof $.host === 'object' && $.host !== null && typeof $.host.proxyClass === 'function';
  const hostProxyClass = hasHost ? (v) => $.host.proxyClass(v) : () => null;
  const hostProxyTarget = hasHost ? (v) => $.host.proxyTarget(v) : undefined;

  function notCloneable(s, v) {
    // V8 names a callable Proxy by its target's source text
    const target = typeof v === 'function' && hostProxyTarget !== undefined ? hostProxyTarget(v) : null;
    return dataCloneError(s.prefix + describe(target !== null ? target : v) + ' could not be cloned.');
  }

  // ---- serialization ---------------------------------------------------------------------------------

  function State(prefix) {
    return {
      __proto__: null,
      prefix,
      mem: new SafeMap(),   // object -> pre-order number
      next: 0,
      refs: InternalArray(),
      transfer: undefined,  // object -> index in refs (transfer list entries)
      depth: 0,             // objects being encoded (see MAX_DEPTH)
    };
  }

  function encNumber(v) {
    if (v !== v) return NUM_NAN;
    if (v === Infinity) return NUM_INF;
    if (v === -Infinity) return NUM_NINF;
    if (v === 0 && 1 / v < 0) return NUM_NZERO;
    return v;
  }

  // No value nested deeper than this can be sent: its JSON text would be too (GraalJS's JSON.stringify stops at 1000
  // levels), so the encoder stops there at once, as cheaply as V8's stack check, instead of running out of stack.
  const MAX_DEPTH = 1000;

  function enc(s, v) {
    switch (typeof v) {
      case 'string': return v;
      case 'number': return (v === v && v !== 0 && v !== Infinity && v !== -Infinity) ? v : encNumber(v);
      case 'boolean': return v;
      case 'undefined': return UNDEF;
      case 'object': {
        if (v === null) return null;
        if (++s.depth > MAX_DEPTH) throw tooDeep(s);
        const out = encObject(s, v);
        s.depth--;
        return out;
      }
      case 'bigint': return [T_BIGINT, `${v}`];
      default: throw notCloneable(s, v);  // symbol, function
    }
  }

  // A Proxy is refused before any of its traps can run, as V8 does, and described as V8 does: "#<Object>" for one
  // of a plain object, "[object Array]" and so on for others, "null" once revoked.

  function encObject(s, v) {
    const mem = s.mem;
    const seen = mem.get(v);
    if (seen !== undefined) return [T_REF, seen];
    const pc = hostProxyClass(v);
    if (pc !== null) {
      throw dataCloneError(s.prefix + (pc === 'Object' ? '#<Object>' : pc === 'null' ? 'null' : '[object ' + pc + ']') + ' could not be cloned.');
    }
    if (isArray(v)) {
      mem.set(v, s.next++);
      return encArray(s, v);
    }
    if (v === g) throw notCloneable(s, v);
    const proto = getProto(v);
    if ((proto === ObjectProto && !hasOwn(v, 'callee')) || proto === null) {  // (arguments objects have callee)
      mem.set(v, s.next++);
      return encPlain(s, v);
    }
    return encOther(s, v);
  }

  function encPlain(s, v) {
    const out = objCreate(null);
    const ks = keysOf(v);
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      const x = v[k];
      if (x === undefined && !hasOwn(v, k)) continue;  // deleted by an earlier getter
      out[k] = enc(s, x);
    }
    return out;
  }

  function encArray(s, a) {
    const len = a.length;
    const ks = keysOf(a);
    const n = ks.length;
    if (n === len && (n === 0 || ks[n - 1] === '' + (n - 1))) {
      // every index present and no other property: dense form
      const out = InternalArray(); // null prototype: no setter on Array.prototype sees the encoding
      out[0] = T_ARRAY;
      for (let i = 0; i < len; i++) {
        const x = a[i];
        out[i + 1] = (x === undefined && !hasOwn(a, i)) ? HOLE : enc(s, x);
      }
      return out;
    }
    const out = InternalArray(T_SPARSE, len);
    for (let i = 0; i < n; i++) {
      const k = ks[i];
      const x = a[k];
      if (x === undefined && !hasOwn(a, k)) continue;
      out[out.length] = k;
      out[out.length] = enc(s, x);
    }
    return out;
  }

  function encOther(s, v) {
    const mem = s.mem;
    const kind = $.hostKind(v);
    if (kind !== undefined) return encHost(s, v, kind);
    const sk = streamsLoaded() ? $.streamKind(v) : undefined;
    if (sk !== undefined) return encStream(s, v, sk);
    if ($.isPlatformObject(v)) {
      if (isDOMException(v)) return encDOMException(s, v);
      throw platformNotCloneable(s, v);
    }
    const ta = taTag(v);
    if (ta !== undefined) return encTypedArray(s, v, ta);
    const tag = strSlice(objToString(v), 8, -1);
    switch (tag) {
      case 'Object': break;
      case 'Array': break;
      case 'Date': {
        let t;
        try { t = dateGetTime(v); } catch (e) { break; }
        mem.set(v, s.next++);
        return [T_DATE, encNumber(t)];
      }
      case 'RegExp': {
        let source;
        try { source = reSource(v); } catch (e) { break; }
        let flags = '';
        for (let i = 0; i < reFlagGetters.length; i++) if (reFlagGetters[i][1](v)) flags += reFlagGetters[i][0];
        mem.set(v, s.next++);
        return [T_REGEXP, source, flags];
      }
      case 'Map': {
        if (!brand(mapSize, v)) break;
        mem.set(v, s.next++);
        const entries = InternalArray();
        mapForEach(v, (value, key) => { entries[entries.length] = key; entries[entries.length] = value; });
        const out = InternalArray();
        out[0] = T_MAP;
        for (let i = 0; i < entries.length; i++) out[i + 1] = enc(s, entries[i]);
        return out;
      }
      case 'Set': {
        if (!brand(setSize, v)) break;
        mem.set(v, s.next++);
        const values = InternalArray();
        setForEach(v, (value) => { values[values.length] = value; });
        const out = InternalArray();
        out[0] = T_SET;
        for (let i = 0; i < values.length; i++) out[i + 1] = enc(s, values[i]);
        return out;
      }
      case 'ArrayBuffer':
        if (!brand(abByteLength, v)) break;
        return encArrayBuffer(s, v);
      case 'SharedArrayBuffer':
        if (!isNativeSAB(v)) break;
        return encHost(s, v, 'SharedArrayBuffer');
      case 'DataView':
        if (!brand(dvBuffer, v)) break;
        return encDataView(s, v);
      case 'Boolean': {
        let x;
        try { x = boolValueOf(v); } catch (e) { break; }
        mem.set(v, s.next++);
        return [T_BOOLOBJ, x];
      }
      case 'Number': {
        let x;
        try { x = numValueOf(v); } catch (e) { break; }
        mem.set(v, s.next++);
        return [T_NUMOBJ, encNumber(x)];
      }
      case 'String': {
        let x;
        try { x = strValueOf(v); } catch (e) { break; }
        mem.set(v, s.next++);
        return [T_STROBJ, x];
      }
      case 'BigInt': {
        let x;
        try { x = bigintValueOf(v); } catch (e) { break; }
        mem.set(v, s.next++);
        return [T_BIGINTOBJ, `${x}`];
      }
      case 'DOMException':
        if (isDOMException(v)) return encDOMException(s, v);
        break;
      default: {
        const check = NOT_CLONEABLE[tag];
        if (check !== undefined ? check(v)
          : (strStartsWith(tag, 'Intl.') || strStartsWith(tag, 'WebAssembly.') || strStartsWith(tag, 'Temporal.'))) {
          throw notCloneable(s, v);
        }
      }
    }
    if (errorIsError !== undefined ? errorIsError(v) : (tag === 'Error' && !(toStringTagSym in v))) {
      return encError(s, v);
    }
    mem.set(v, s.next++);
    return encPlain(s, v);
  }

  /** A stream is transferable only: [T_STREAM, 0|1|2 (Readable, Writable, Transform), port ref(s)]. */
  function encStream(s, v, kind) {
    if (kind === 'other') throw platformNotCloneable(s, v); // a reader, controller, queuing strategy...
    const i = s.transfer !== undefined ? s.transfer.get(v) : undefined;
    if (i === undefined) throw dataCloneError(s.prefix + 'A ' + kind + ' could not be cloned because it was not transferred.');
    s.mem.set(v, s.next++);
    if (kind === 'TransformStream') return [T_STREAM, 2, i, i + 1];
    return [T_STREAM, kind === 'ReadableStream' ? 0 : 1, i];
  }

  function platformNotCloneable(s, v) {
    const tag = getDataProperty(v, toStringTagSym);
    if (typeof tag === 'string') return dataCloneError(s.prefix + tag + ' object could not be cloned.');
    return notCloneable(s, v);
  }

  function isDOMException(v) {
    const D = $.DOMException;
    if (typeof D !== 'function') return false;
    if (typeof $.hasBrand === 'function' && $.hasBrand(v, D)) return true;
    return v instanceof D && objToString(v) === '[object DOMException]';
  }

  function encDOMException(s, v) {
    s.mem.set(v, s.next++);
    return [T_DOMEXC, `${v.name}`, `${v.message}`];
  }

  function encHost(s, v, kind) {
    const refs = s.refs;
    switch (kind) {
      case 'SharedArrayBuffer':
        if (g.crossOriginIsolated === false) {
          throw dataCloneError(s.prefix + 'SharedArrayBuffer transfer requires self.crossOriginIsolated.');
        }
        s.mem.set(v, s.next++);
        refs[refs.length] = { __proto__: null, kind: 'Shared', value: v };
        return [T_EXT, refs.length - 1];
      case 'WebAssembly.Module': // serializable whether or not the page is cross-origin isolated
        s.mem.set(v, s.next++);
        refs[refs.length] = { __proto__: null, kind: 'Shared', value: v };
        return [T_EXT, refs.length - 1];
      case 'MessagePort': {
        const i = s.transfer !== undefined ? s.transfer.get(v) : undefined;
        if (i === undefined) {
          throw dataCloneError(s.prefix + 'A MessagePort could not be cloned because it was not transferred.');
        }
        s.mem.set(v, s.next++);
        return [T_EXT, i];
      }
      case 'Blob':
      case 'File':
        s.mem.set(v, s.next++);
        refs[refs.length] = { __proto__: null, kind: 'Blob', blob: v, file: kind === 'File' };
        return [T_EXT, refs.length - 1];
      default:
        throw platformNotCloneable(s, v);
    }
  }

  function encArrayBuffer(s, v) {
    const i = s.transfer !== undefined ? s.transfer.get(v) : undefined;
    if (i !== undefined) {
      s.mem.set(v, s.next++);
      return [T_EXT, i];
    }
    if (abDetached(v)) {
      throw dataCloneError(s.prefix + 'An ArrayBuffer is detached and could not be cloned.');
    }
    s.mem.set(v, s.next++);
    const refs = s.refs;
    refs[refs.length] = { __proto__: null, kind: 'ArrayBuffer', buffer: v, transfer: false };
    return [T_EXT, refs.length - 1];
  }

  // A view on a resizable ArrayBuffer that ends at the buffer's end is either fixed-length or length-tracking;
  // JS cannot ask, so resize the buffer by one element and look (then restore it exactly; no JS runs between).
  function isLengthTracking(view, buf, offset, byteLength, elementSize, isDataView) {
    const bufLen = abByteLength(buf);
    if (offset + byteLength !== bufLen || abResize === undefined) return false;
    const max = abMaxByteLength(buf);
    if (bufLen + elementSize <= max) {
      abResize(buf, bufLen + elementSize);
      const after = isDataView ? dvByteLength(view) : taByteLength(view);
      abResize(buf, bufLen);
      return after !== byteLength;
    }
    if (bufLen - elementSize >= offset) {
      const saved = taSlice(new NativeUint8Array(buf, bufLen - elementSize, elementSize));
      abResize(buf, bufLen - elementSize);
      let inBounds = true;
      try {
        if (isDataView) dvByteLength(view); else taAt(view, 0);
      } catch (e) { inBounds = false; }
      abResize(buf, bufLen);
      taSet(new NativeUint8Array(buf, bufLen - elementSize, elementSize), saved);
      return inBounds;
    }
    return false;
  }

  function isResizableAB(buf) {
    return abResizable !== undefined && brand(abByteLength, buf) && abResizable(buf);
  }

  function encTypedArray(s, v, name) {
    const buf = taBuffer(v);
    const bufEnc = enc(s, buf);
    const type = TA_INDEX[name];
    let offset = taByteOffset(v), length = taLength(v);
    if (isResizableAB(buf) && !abDetached(buf)) {
      let oob = false;
      try { taAt(v, 0); } catch (e) { oob = true; }
      if (oob) throw dataCloneError(s.prefix + '[object Object] could not be cloned.');
      const es = TA_CTORS[type].BYTES_PER_ELEMENT;
      if (isLengthTracking(v, buf, offset, length * es, es, false)) length = -1;
    }
    s.mem.set(v, s.next++);
    return [T_TYPED, type, bufEnc, offset, length];
  }

  function encDataView(s, v) {
    const buf = dvBuffer(v);
    const bufEnc = enc(s, buf);
    let offset = 0, length = 0;
    const detached = brand(abByteLength, buf) && abDetached(buf);
    if (!detached) {
      try {
        offset = dvByteOffset(v);
        length = dvByteLength(v);
      } catch (e) {
        throw notCloneable(s, v);  // out of bounds
      }
      if (isResizableAB(buf) && isLengthTracking(v, buf, offset, length, 1, true)) length = -1;
    }
    s.mem.set(v, s.next++);
    return [T_DATAVIEW, bufEnc, offset, length];
  }

  function encError(s, v) {
    s.mem.set(v, s.next++);
    const messageDesc = getOwnPropDesc(v, 'message');
    const causeDesc = getOwnPropDesc(v, 'cause');
    const name = `${v.name}`;
    let nameIndex = 0;
    for (let i = 1; i < ERROR_NAMES.length; i++) if (name === ERROR_NAMES[i]) nameIndex = i;
    let flags = 0, message = 0, stack = 0, cause = 0;
    if (messageDesc !== undefined && hasOwn(messageDesc, 'value')) {
      message = `${messageDesc.value}`;
      flags |= 1;
    }
    const st = v.stack;
    if (typeof st === 'string') {
      stack = st;
      flags |= 2;
    }
    if (causeDesc !== undefined && hasOwn(causeDesc, 'value')) {
      cause = enc(s, causeDesc.value);
      flags |= 4;
    }
    return [T_ERROR, nameIndex, flags, message, stack, cause];
  }

  // JSON.stringify consults toJSON on arrays (Array.prototype / Object.prototype may have gained one); in that
  // rare case write the JSON text by hand.
  const PROBE = [];
  function stringify(x) {
    if (!('toJSON' in PROBE)) return jsonStringify(x);
    return stringifyTree(x);
  }
  function stringifyTree(x) {
    if (typeof x !== 'object' || x === null) return jsonStringify(x);
    let out;
    if (isArray(x)) {
      out = '[';
      for (let i = 0; i < x.length; i++) out += (i ? ',' : '') + stringifyTree(x[i]);
      return out + ']';
    }
    out = '{';
    const ks = keysOf(x);
    for (let i = 0; i < ks.length; i++) out += (i ? ',' : '') + jsonStringify(ks[i]) + ':' + stringifyTree(x[ks[i]]);
    return out + '}';
  }

  function prepareTransfer(s, list) {
    const map = new SafeMap();
    s.transfer = map;
    const refs = s.refs;
    for (let i = 0; i < list.length; i++) {
      const t = list[i];
      if (isNativeAB(t)) {
        if (map.has(t)) {
          throw dataCloneError(s.prefix + 'ArrayBuffer at index ' + i + ' is a duplicate of an earlier ArrayBuffer.');
        }
        map.set(t, refs.length);
        refs[refs.length] = { __proto__: null, kind: 'ArrayBuffer', buffer: t, transfer: true };
        continue;
      }
      const kind = t !== null && (typeof t === 'object' || typeof t === 'function') ? $.hostKind(t) : undefined;
      if (kind === 'MessagePort') {
        // (a port transferred away already is refused after the message is serialized: serializeWith)
        if (map.has(t)) {
          throw dataCloneError(s.prefix + 'Message port at index ' + i + ' is a duplicate of an earlier port.');
        }
        map.set(t, refs.length);
        refs[refs.length] = { __proto__: null, kind: 'MessagePort', port: t };
      } else if (streamsLoaded() && $.streamKind(t) !== undefined && $.streamKind(t) !== 'other') {
        if (map.has(t)) throw dataCloneError(s.prefix + 'Value at index ' + i + ' is a duplicate of an earlier value.');
        const why = $.streamUntransferable(t); // a locked stream: Chromium's message
        if (why !== undefined) throw dataCloneError(s.prefix + why);
        map.set(t, refs.length);
        const roles = $.streamKind(t) === 'TransformStream' ? 2 : 1;
        for (let r = 0; r < roles; r++) refs[refs.length] = { __proto__: null, kind: 'StreamPort', port: null, stream: t, role: r };
      } else if (kind === 'SharedArrayBuffer' || (kind === undefined && t !== null && typeof t === 'object' && isNativeSAB(t))) {
        throw dataCloneError(s.prefix + 'SharedArrayBuffer can not be in transfer list.');
      } else {
        throw dataCloneError(s.prefix + 'Value at index ' + i + ' does not have a transferable type.');
      }
    }
  }

  // A value nested too deep for the engine's stack (the recursive encoder, or GraalJS's JSON.stringify, which
  // stops at 1000 levels) is V8's RangeError with the method's prefix. The engine's own RangeErrors are told
  // apart by their exact message; any other exception (a getter's) passes unchanged.
  const NativeRangeError = RangeError;
  const NativeRangeErrorProto = RangeError.prototype;
  const STACK_EXHAUSTED = ['Maximum call stack size exceeded', 'cannot stringify objects nested that deep'];
  // Where the stack runs out inside a host call (the Proxy check), GraalJS throws the host's StackOverflowError
  // instead (seen as "com.oracle.truffle.host.HostContext$1"); only the host can recognize it.
  const hostIsStackOverflow = hasHost && typeof $.host.isStackOverflow === 'function' ? (e) => $.host.isStackOverflow(e) : () => false;
  function isStackExhausted(e) {
    if (hostIsStackOverflow(e)) return true;
    if (e === null || typeof e !== 'object' || getProto(e) !== NativeRangeErrorProto) return false;
    const d = getOwnPropDesc(e, 'message');
    return d !== undefined && (d.value === STACK_EXHAUSTED[0] || d.value === STACK_EXHAUSTED[1]);
  }

  function tooDeep(s) {
    return new NativeRangeError(s.prefix + STACK_EXHAUSTED[0]);
  }

  $.serialize = function serialize(value, transferList, errorPrefix) {
    const s = State(errorPrefix === undefined ? '' : errorPrefix);
    try {
      return serializeWith(s, value, transferList);
    } catch (e) {
      if (isStackExhausted(e)) throw tooDeep(s);
      throw e;
    }
  };

  function serializeWith(s, value, transferList) {
    if (transferList !== undefined && transferList !== null && transferList.length > 0) {
      prepareTransfer(s, transferList);
    }
    const encoded = enc(s, value);
    if (s.transfer !== undefined) {
      const refs = s.refs;
      for (let i = 0; i < refs.length; i++) {
        const r = refs[i];
        if (r.kind === 'ArrayBuffer' && r.transfer === true && abDetached(r.buffer)) {
          throw dataCloneError(s.prefix + 'ArrayBuffer at index ' + i + ' is already detached.');
        }
        // a port transferred away before, or by a getter while the message was serialized (Blink checks after)
        if (r.kind === 'MessagePort' && typeof $.isNeuteredPort === 'function' && $.isNeuteredPort(r.port)) {
          throw dataCloneError(s.prefix + 'Port at index ' + i + ' is already neutered.');
        }
      }
    }
    const data = stringify(encoded);
    // nothing can fail any more: the transferred streams are piped to (or from) a port each, whose peer travels
    if (s.transfer !== undefined) {
      const refs = s.refs;
      for (let i = 0; i < refs.length; i++) if (refs[i].kind === 'StreamPort') refs[i].port = $.transferStream(refs[i].stream, refs[i].role);
    }
    return { __proto__: null, data, refs: s.refs };
  }

  // ---- deserialization -------------------------------------------------------------------------------

  function Reader(refs) {
    return { __proto__: null, ids: InternalArray(), refs };
  }

  function dataProp(o, k, value) {
    defineProperty(o, k, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
  }

  function hiddenProp(o, k, value) {
    defineProperty(o, k, { __proto__: null, value, writable: true, enumerable: false, configurable: true });
  }

  function decValue(r, x) {
    return (typeof x === 'object' && x !== null) ? dec(r, x) : x;
  }

  function dec(r, x) {
    if (isArray(x)) return decTagged(r, x);
    // a plain object, as created by JSON.parse
    const ids = r.ids;
    ids[ids.length] = x;
    const ks = keysOf(x);
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      const v = x[k];
      if (typeof v === 'object' && v !== null) x[k] = dec(r, v);
    }
    return x;
  }

  function decTagged(r, x) {
    const ids = r.ids;
    switch (x[0]) {
      case T_UNDEF: return undefined;
      case T_NUM: return +x[1];
      case T_BIGINT: return NativeBigInt(x[1]);
      case T_REF: return ids[x[1]];
      case T_ARRAY: {
        const n = x.length - 1;
        // filled while it has no prototype (no setter on Array.prototype sees it), then made an ordinary array
        const a = InternalArray();
        ids[ids.length] = a;
        for (let i = 0; i < n; i++) {
          const e = x[i + 1];
          if (typeof e === 'object' && e !== null) {
            if (isArray(e) && e[0] === T_HOLE) continue;
            a[i] = dec(r, e);
          } else {
            a[i] = e;
          }
        }
        if (a.length !== n) a.length = n;
        return ObjectSetPrototypeOf(a, ArrayProto);
      }
      case T_SPARSE: {
        const a = new NativeArray(x[1]);
        ids[ids.length] = a;
        for (let i = 2; i < x.length; i += 2) dataProp(a, x[i], decValue(r, x[i + 1]));
        return a;
      }
      case T_DATE: {
        const d = new NativeDate(typeof x[1] === 'number' ? x[1] : +x[1][1]);
        ids[ids.length] = d;
        return d;
      }
      case T_REGEXP: {
        const re = new NativeRegExp(x[1], x[2]);
        ids[ids.length] = re;
        return re;
      }
      case T_MAP: {
        const m = new NativeMap();
        ids[ids.length] = m;
        for (let i = 1; i < x.length; i += 2) {
          const k = decValue(r, x[i]);
          mapSet(m, k, decValue(r, x[i + 1]));
        }
        return m;
      }
      case T_SET: {
        const set = new NativeSet();
        ids[ids.length] = set;
        for (let i = 1; i < x.length; i++) setAdd(set, decValue(r, x[i]));
        return set;
      }
      case T_BOOLOBJ: case T_STROBJ: {
        const o = NativeObject(x[1]);
        ids[ids.length] = o;
        return o;
      }
      case T_NUMOBJ: {
        const o = NativeObject(typeof x[1] === 'number' ? x[1] : +x[1][1]);
        ids[ids.length] = o;
        return o;
      }
      case T_BIGINTOBJ: {
        const o = NativeObject(NativeBigInt(x[1]));
        ids[ids.length] = o;
        return o;
      }
      case T_ERROR: {
        const C = ERROR_CTORS[x[1]];
        const flags = x[2];
        const e = (flags & 1) ? new C(x[3]) : new C();
        ids[ids.length] = e;
        hiddenProp(e, 'stack', (flags & 2) ? x[4] : undefined);
        if (flags & 4) hiddenProp(e, 'cause', decValue(r, x[5]));
        return e;
      }
      case T_STREAM: { // the port(s) of a transferred stream: a new stream of this realm on them (streams.js)
        const n = x[1] === 2 ? 2 : 1;
        for (let k = 0; k < n; k++) if (!(x[2 + k] >= 0 && x[2 + k] < r.refs.length)) throw new TypeError('Unable to deserialize cloned data.');
        const v = $.receiveStream(x[1], r.refs[x[2]], n === 2 ? r.refs[x[3]] : undefined);
        ids[ids.length] = v;
        return v;
      }
      case T_EXT: {
        if (!(x[1] >= 0 && x[1] < r.refs.length)) throw new TypeError('Unable to deserialize cloned data.');
        const v = r.refs[x[1]];
        ids[ids.length] = v;
        return v;
      }
      case T_TYPED: {
        const buf = decValue(r, x[2]);
        const C = TA_CTORS[x[1]];
        const v = x[4] < 0 ? new C(buf, x[3]) : new C(buf, x[3], x[4]);
        ids[ids.length] = v;
        return v;
      }
      case T_DATAVIEW: {
        const buf = decValue(r, x[1]);
        const v = x[3] < 0 ? new NativeDataView(buf, x[2]) : new NativeDataView(buf, x[2], x[3]);
        ids[ids.length] = v;
        return v;
      }
      case T_DOMEXC: {
        const v = new $.DOMException(x[2], x[1]);
        ids[ids.length] = v;
        return v;
      }
      default:
        throw new TypeError('Unable to deserialize cloned data.');
    }
  }

  $.deserialize = function deserialize(data, refs) {
    const x = jsonParse(data);
    if (typeof x !== 'object' || x === null) return x;
    return dec(Reader(refs), x);
  };

  // ---- structuredClone() -----------------------------------------------------------------------------

  function copyArrayBuffer(b) {
    const len = abByteLength(b);
    const copy = abResizable !== undefined && abResizable(b)
      ? new NativeArrayBuffer(len, { maxByteLength: abMaxByteLength(b) })
      : new NativeArrayBuffer(len);
    if (len > 0) taSet(new NativeUint8Array(copy), new NativeUint8Array(b, 0, len));
    return copy;
  }

  function materialize(refs) {
    const out = InternalArray();
    for (let i = 0; i < refs.length; i++) {
      const r = refs[i];
      switch (r.kind) {
        case 'ArrayBuffer': out[i] = r.transfer ? abTransfer(r.buffer) : copyArrayBuffer(r.buffer); break;
        // a new object on the same memory or module (atomics.js, wasm.js), as Chromium; the value itself where
        // nothing can share it (the shims' unit tests)
        case 'Shared': {
          const ref = typeof $.shareRef === 'function' ? $.shareRef(r.value) : undefined;
          out[i] = ref === undefined ? r.value : $.shareMaterialize(ref.kind, ref.handle);
          break;
        }
        // a transferred port becomes a new MessagePort object (the old one is neutered), as in Chromium
        case 'MessagePort': out[i] = $.movePort(r.port); break;
        case 'StreamPort': out[i] = $.movePort(r.port); break;
        // a new Blob/File on the same immutable bytes
        case 'Blob': out[i] = r.file
          ? $.makeFile($.blobBytes(r.blob), $.fileName(r.blob), r.blob.type, $.fileLastModified(r.blob))
          : $.makeBlob($.blobBytes(r.blob), r.blob.type); break;
        default: out[i] = undefined;
      }
    }
    return out;
  }

  /** The references of a message serialized in this realm, as this realm's objects (transfers happen now). */
  $.materializeInRealm = materialize;

  function isObject(v) {
    return v !== null && (typeof v === 'object' || typeof v === 'function');
  }

  const scope = $.agentKind === undefined || $.agentKind === 'window' ? 'Window' : 'WorkerGlobalScope';
  const cloneErrorPrefix = "Failed to execute 'structuredClone' on '" + scope + "': ";

  const methods = {
    structuredClone(value) {
      if (this !== undefined && this !== g) throw new TypeError('Illegal invocation');
      const prefix = cloneErrorPrefix;
      if (arguments.length < 1) throw new TypeError(prefix + '1 argument required, but only 0 present.');
      const options = arguments[1];
      let transfer;
      if (options !== undefined && options !== null) {
        if (!isObject(options)) {
          throw new TypeError(prefix + "The provided value is not of type 'StructuredSerializeOptions'.");
        }
        const t = options.transfer;
        if (t !== undefined) {
          const what = prefix + "Failed to read the 'transfer' property from 'StructuredSerializeOptions': ";
          if (!isObject(t)) throw new TypeError(what + 'The provided value cannot be converted to a sequence.');
          const iter = t[Symbol.iterator];
          if (typeof iter !== 'function') {
            throw new TypeError(what + 'The object must have a callable @@iterator property.');
          }
          transfer = InternalArray();
          for (const item of { __proto__: null, [SymbolIterator]: () => FunctionPrototypeCall(iter, t) }) {
            if (!isObject(item)) throw new TypeError(what + "Failed to convert value to 'object'.");
            transfer[transfer.length] = item;
          }
        }
      }
      const ser = $.serialize(value, transfer, prefix);
      const refs = ser.refs;
      return $.deserialize(ser.data, refs.length === 0 ? refs : materialize(refs));
    },
  };
  defineProperty(g, 'structuredClone', {
    __proto__: null, value: methods.structuredClone, writable: true, enumerable: true, configurable: true,
  });
});
