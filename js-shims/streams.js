// streams.js — WHATWG Streams: ReadableStream, WritableStream, TransformStream, their readers, writers, controllers
// and the queuing strategies, in every agent; TextEncoderStream and TextDecoderStream on top of them. The
// implementation is web-streams-polyfill 3.3.3 (its ponyfill build, a Maven webjar read from the class path:
// agent/Shims.STREAMS_PONYFILL), evaluated in this realm so its classes are the realm's own. Bootstrap hands this
// shim a function that evaluates the wrapped ponyfill ($.streamsPonyfill); it is called on the first touch of a
// stream global or of a stream made by another shim ($.streams()), not at start-up (docs/design.md, "Streams": what
// that saves). Until then each global is an accessor; the first access turns every one of them into the data
// property WebIDL defines (writable, configurable, not enumerable).
//
// The ponyfill is third-party code, not written to js-shims/README.md's rules: it calls page-patchable methods
// (Function.prototype.apply, Array.prototype.push, ...) on its own objects. That is acceptable only because no
// internal object, host object or `$` function is ever reachable through a stream: the underlying sources the
// shims make ($.byteStream below, the cross-realm streams of a transfer) hold nothing but the bytes to deliver or a
// port no page holds, and their pull/cancel take no privileged argument. What the shims call on streams they did
// not make goes through the methods captured here from the ponyfill's fresh classes, before the page could reach
// them.
//
// $.streams() -> the record below (loads the ponyfill); $.streamsLoaded() -> whether it is loaded (a stream can
// exist only then); $.byteStream(bytes, check) -> a new ReadableStream (type 'bytes') delivering a copy of bytes;
// $.streamKind / $.streamUntransferable / $.transferStream / $.receiveStream for structured-clone.js.
(function (g, $) {
  'use strict';
  const { ArrayBuffer, InternalArray, Number, Object, ObjectDefineProperty, ObjectGetOwnPropertyDescriptor,
    ObjectGetOwnPropertyNames, ObjectGetPrototypeOf, ObjectPrototype, ArrayPrototype,
    ObjectPrototypeHasOwnProperty, ObjectPrototypeIsPrototypeOf, Promise, RangeError, ReflectApply, Symbol,
    TypeError, TypedArrayPrototypeGetLength, TypedArrayPrototypeSlice, uncurryThis } = $.primordials;

  // Chromium 150 exposes these in windows and every kind of worker.
  const NAMES = InternalArray('ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
    'ReadableStreamDefaultController', 'ReadableByteStreamController', 'ReadableStreamBYOBRequest',
    'WritableStream', 'WritableStreamDefaultWriter', 'WritableStreamDefaultController',
    'TransformStream', 'TransformStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy',
    'TextEncoderStream', 'TextDecoderStream');
  const evalPonyfill = $.streamsPonyfill; // (Bootstrap) evaluates the wrapped ponyfill in this realm: its function
  delete $.streamsPonyfill;
  const globalsSeen = { __proto__: null, DOMException: g.DOMException }; // what the ponyfill reads off "globalThis"

  let S = null;
  const getters = { __proto__: null }; // name -> the accessor installed until the first touch

  function load() {
    if (S !== null) return S;
    const exports = { __proto__: null };
    // (exports, module, define, globalThis, self, queueMicrotask, structuredClone, Promise, Object, Symbol, Number,
    //  ArrayBuffer, TypeError, RangeError): see Shims.STREAMS_PARAMS. Without queueMicrotask and structuredClone it
    // uses a resolved promise's then and ArrayBuffer.prototype.transfer.
    ReflectApply(evalPonyfill(), undefined, [exports, { __proto__: null }, undefined, globalsSeen, undefined, undefined,
      undefined, Promise, Object, Symbol, Number, ArrayBuffer, TypeError, RangeError]);
    const RS = exports.ReadableStream, WS = exports.WritableStream, TS = exports.TransformStream;
    const RSP = RS.prototype, WSP = WS.prototype, TSP = TS.prototype;
    const getter = (proto, name) => uncurryThis(ObjectGetOwnPropertyDescriptor(proto, name).get);
    const readerProto = exports.ReadableStreamDefaultReader.prototype;
    S = {
      __proto__: null,
      exports,
      ReadableStream: RS,
      WritableStream: WS,
      TransformStream: TS,
      // brand checks the page cannot steer (the ponyfill's own read Object.prototype.hasOwnProperty at call time)
      isReadableStream: (v) => isA(v, RSP, '_readableStreamController'),
      isWritableStream: (v) => isA(v, WSP, '_writableStreamController'),
      isTransformStream: (v) => isA(v, TSP, '_transformStreamController'),
      locked: getter(RSP, 'locked'),
      writableLocked: getter(WSP, 'locked'),
      getReader: uncurryThis(RSP.getReader),
      cancel: uncurryThis(RSP.cancel),
      tee: uncurryThis(RSP.tee),
      pipeTo: uncurryThis(RSP.pipeTo),
      transformReadable: getter(TSP, 'readable'),
      transformWritable: getter(TSP, 'writable'),
      read: uncurryThis(readerProto.read),
      disturbed: (rs) => rs._disturbed === true, // the ponyfill's own slot (an own data property of the stream)
    };
    delete RS.from; // Chromium 150 has no ReadableStream.from
    addCoderStreams(exports);
    // (toString prints the ponyfill's functions as built-ins, as Chromium's: their source is harness:web-streams-polyfill.js)
    install();
    return S;
  }

  function isA(v, proto, slot) {
    return v !== null && typeof v === 'object' && ObjectPrototypeIsPrototypeOf(proto, v) &&
      ObjectPrototypeHasOwnProperty(v, slot);
  }

  /** Turns every global still holding its first-touch accessor into the interface object's data property. */
  function install() {
    for (let i = 0; i < NAMES.length; i++) {
      const name = NAMES[i];
      const d = ObjectGetOwnPropertyDescriptor(g, name);
      if (d === undefined || d.get !== getters[name]) continue; // deleted or redefined by the page before
      ObjectDefineProperty(g, name, { __proto__: null, value: S.exports[name], writable: true, configurable: true, enumerable: false });
    }
  }

  for (let i = 0; i < NAMES.length; i++) {
    const name = NAMES[i];
    // `'ReadableStream' in self` is true at once; get or set loads the ponyfill and defines the data property
    const accessors = {
      get [name]() { return load().exports[name]; },
      set [name](v) {
        load();
        ObjectDefineProperty(g, name, { __proto__: null, value: v, writable: true, configurable: true, enumerable: false });
      },
    };
    const d = ObjectGetOwnPropertyDescriptor(accessors, name);
    getters[name] = d.get;
    ObjectDefineProperty(g, name, { __proto__: null, get: d.get, set: d.set, configurable: true, enumerable: false });
  }

  // ---- transferable streams (structured-clone.js): the spec's cross-realm transform streams ----------------
  // A transferred ReadableStream is piped into a WritableStream that posts each chunk on one port of a new pair;
  // the other port travels, and the receiver makes a ReadableStream that reads from it (a WritableStream the other
  // way round; a TransformStream is its two halves). Messages are {type, value}: 'chunk', 'pull', 'close', 'error'.
  // The ports are messaging.js's own ($.streamPorts); no page code holds them.
  const addEventListener = uncurryThis(g.EventTarget.prototype.addEventListener);
  const messageData = uncurryThis(ObjectGetOwnPropertyDescriptor(g.MessageEvent.prototype, 'data').get);
  const { PromisePrototypeThen, PromiseResolve } = $.primordials;
  const ignore = () => {};

  /** 'ReadableStream' | 'WritableStream' | 'TransformStream' | 'other' (another streams class) | undefined. */
  $.streamKind = function (v) {
    if (S === null || v === null || typeof v !== 'object') return undefined;
    const proto = ObjectGetPrototypeOf(v);
    if (proto === ObjectPrototype || proto === null || proto === ArrayPrototype) return undefined; // the common case in a clone
    if (S.isReadableStream(v)) return 'ReadableStream';
    if (S.isWritableStream(v)) return 'WritableStream';
    if (S.isTransformStream(v)) return 'TransformStream';
    for (let i = 0; i < NAMES.length; i++) if (ObjectPrototypeIsPrototypeOf(S.exports[NAMES[i]].prototype, v)) return 'other';
    return undefined;
  };
  /** Chromium's reason why a stream in a transfer list cannot move (it is locked), or undefined. */
  $.streamUntransferable = function (v) {
    if (S.isReadableStream(v)) return S.locked(v) ? 'A ReadableStream could not be cloned because it was locked' : undefined;
    if (S.isWritableStream(v)) return S.writableLocked(v) ? 'A WritableStream could not be cloned because it was locked' : undefined;
    if (S.locked(S.transformReadable(v)) || S.writableLocked(S.transformWritable(v))) {
      return 'A TransformStream could not be cloned because it was locked';
    }
    return undefined;
  };

  const message = (type, value) => ({ __proto__: null, type, value });
  function post(port, type, value) { $.streamPorts.post(port, message(type, value)); }
  function listen(port, onMessage, onError) {
    addEventListener(port, 'message', (e) => {
      const data = messageData(e);
      onMessage(data.type, data.value);
    });
    addEventListener(port, 'messageerror', () => onError(new $.DOMException('Message could not be deserialized', 'DataCloneError')));
    $.streamPorts.start(port);
  }

  /** SetUpCrossRealmTransformReadable: a ReadableStream fed by the chunks that arrive on `port`. */
  function crossRealmReadable(port) {
    let controller = null;
    const rs = new S.ReadableStream({
      __proto__: null,
      start(c) { controller = c; },
      pull() { post(port, 'pull', undefined); },
      cancel(reason) {
        try { post(port, 'error', reason); } finally { $.streamPorts.close(port); }
      },
    }, { __proto__: null, highWaterMark: 0, size: () => 1 });
    listen(port, (type, value) => {
      if (type === 'chunk') controller.enqueue(value);
      else if (type === 'close') { controller.close(); $.streamPorts.close(port); }
      else if (type === 'error') { controller.error(value); $.streamPorts.close(port); }
    }, (error) => {
      try { post(port, 'error', error); } catch (e) { /* the port may be gone */ }
      controller.error(error);
      $.streamPorts.close(port);
    });
    return rs;
  }

  /** SetUpCrossRealmTransformWritable: a WritableStream whose chunks are posted on `port` as the peer pulls. */
  function crossRealmWritable(port) {
    let controller = null;
    let backpressure = null; // { promise, resolve } while the peer has not pulled
    const pending = () => {
      let resolve;
      const promise = new Promise((r) => { resolve = r; });
      return { __proto__: null, promise, resolve };
    };
    backpressure = pending();
    const ws = new S.WritableStream({
      __proto__: null,
      start(c) { controller = c; },
      write(chunk) {
        const wait = backpressure === null ? PromiseResolve() : backpressure.promise;
        return PromisePrototypeThen(wait, () => {
          backpressure = pending();
          try { post(port, 'chunk', chunk); } catch (e) { $.streamPorts.close(port); throw e; }
        });
      },
      close() { post(port, 'close', undefined); $.streamPorts.close(port); },
      abort(reason) {
        try { post(port, 'error', reason); } finally { $.streamPorts.close(port); }
      },
    }, { __proto__: null, highWaterMark: 1, size: () => 1 });
    const relieve = () => { if (backpressure !== null) { backpressure.resolve(); backpressure = null; } };
    listen(port, (type, value) => {
      if (type === 'pull') relieve();
      else if (type === 'error') { controller.error(value); relieve(); $.streamPorts.close(port); }
    }, (error) => {
      try { post(port, 'error', error); } catch (e) { /* the port may be gone */ }
      controller.error(error);
      relieve();
      $.streamPorts.close(port);
    });
    return ws;
  }

  /** The transfer steps: `stream` (role 0: a readable or a transform's readable; 1: a transform's writable) → the port that travels. */
  $.transferStream = function (stream, role) {
    const pair = $.streamPorts.pair();
    const kind = $.streamKind(stream);
    const readable = kind === 'ReadableStream' ? stream : kind === 'TransformStream' && role === 0 ? S.transformReadable(stream) : null;
    if (readable !== null) {
      PromisePrototypeThen(S.pipeTo(readable, crossRealmWritable(pair[0])), undefined, ignore);
    } else {
      const writable = kind === 'WritableStream' ? stream : S.transformWritable(stream);
      PromisePrototypeThen(S.pipeTo(crossRealmReadable(pair[0]), writable), undefined, ignore);
    }
    return pair[1];
  };

  /** The transfer-receiving steps: code 0 ReadableStream, 1 WritableStream, 2 TransformStream (ports of its readable, writable). */
  $.receiveStream = function (code, port, port2) {
    load();
    if (code === 0) return crossRealmReadable(port);
    if (code === 1) return crossRealmWritable(port);
    const ts = new S.TransformStream();
    // the ponyfill keeps a TransformStream's halves in these own properties: the new object gets the received ones
    ObjectDefineProperty(ts, '_readable', { __proto__: null, value: crossRealmReadable(port), writable: true, enumerable: true, configurable: true });
    ObjectDefineProperty(ts, '_writable', { __proto__: null, value: crossRealmWritable(port2), writable: true, enumerable: true, configurable: true });
    return ts;
  };

  // ---- TextEncoderStream / TextDecoderStream (Encoding): a TransformStream around encoding.js's coders ----------
  // Made with the ponyfill's classes (load() puts them among the exports), so they cost nothing until first touched.
  // (encoding.js's coders captured now, before any page script)
  const { SafeWeakMap, StringPrototypeCharCodeAt, StringPrototypeSlice } = $.primordials;
  const encode = uncurryThis(g.TextEncoder.prototype.encode);
  const decode = uncurryThis(g.TextDecoder.prototype.decode);
  const TextEncoderCtor = g.TextEncoder, TextDecoderCtor = g.TextDecoder;
  const decoderGetters = { __proto__: null };
  const DECODER_ATTRIBUTES = InternalArray('encoding', 'fatal', 'ignoreBOM');
  for (let i = 0; i < DECODER_ATTRIBUTES.length; i++) {
    const k = DECODER_ATTRIBUTES[i];
    decoderGetters[k] = uncurryThis(ObjectGetOwnPropertyDescriptor(g.TextDecoder.prototype, k).get);
  }
  function addCoderStreams(exports) {
    const coderStreams = new SafeWeakMap(); // TextEncoderStream/TextDecoderStream -> { ts, decoder } (null prototype)
    const slotOf = (o) => {
      const st = coderStreams.get(o);
      if (st === undefined) throw new TypeError('Illegal invocation');
      return st;
    };
    const STREAM_OPTS = { __proto__: null, stream: true };
    class TextEncoderStream {
      constructor() {
        const encoder = new TextEncoderCtor();
        let pending = ''; // a high surrogate that ended the last chunk
        const ts = new S.TransformStream({
          __proto__: null,
          transform(chunk, controller) {
            let str = pending + `${chunk}`;
            pending = '';
            const last = StringPrototypeCharCodeAt(str, str.length - 1);
            if (last >= 0xD800 && last <= 0xDBFF) { pending = StringPrototypeSlice(str, -1); str = StringPrototypeSlice(str, 0, -1); }
            if (str.length > 0) controller.enqueue(encode(encoder, str));
          },
          flush(controller) { if (pending !== '') controller.enqueue(encode(encoder, pending)); },
        });
        $.markPlatformObject(this);
        coderStreams.set(this, { __proto__: null, ts, decoder: null });
      }
    }
    class TextDecoderStream {
      constructor(label = 'utf-8', options = undefined) {
        const decoder = new TextDecoderCtor(label, options); // its errors are the constructor's (a RangeError for a bad label)
        const ts = new S.TransformStream({
          __proto__: null,
          transform(chunk, controller) {
            const str = decode(decoder, chunk, STREAM_OPTS);
            if (str.length > 0) controller.enqueue(str);
          },
          flush(controller) {
            const str = decode(decoder);
            if (str.length > 0) controller.enqueue(str);
          },
        });
        $.markPlatformObject(this);
        coderStreams.set(this, { __proto__: null, ts, decoder });
      }
    }
    $.defineGetters(TextEncoderStream.prototype, {
      encoding: function () { slotOf(this); return 'utf-8'; },
      readable: function () { return S.transformReadable(slotOf(this).ts); },
      writable: function () { return S.transformWritable(slotOf(this).ts); },
    });
    $.defineGetters(TextDecoderStream.prototype, {
      encoding: function () { return decoderGetters.encoding(slotOf(this).decoder); },
      fatal: function () { return decoderGetters.fatal(slotOf(this).decoder); },
      ignoreBOM: function () { return decoderGetters.ignoreBOM(slotOf(this).decoder); },
      readable: function () { return S.transformReadable(slotOf(this).ts); },
      writable: function () { return S.transformWritable(slotOf(this).ts); },
    });
    const CODER_STREAMS = InternalArray(TextEncoderStream, TextDecoderStream);
    for (let c = 0; c < CODER_STREAMS.length; c++) {
      const C = CODER_STREAMS[c];
      const names = ObjectGetOwnPropertyNames(C.prototype);
      for (let i = 0; i < names.length; i++) {
        const d = ObjectGetOwnPropertyDescriptor(C.prototype, names[i]);
        if (d.get !== undefined) ObjectDefineProperty(d.get, 'name', { __proto__: null, value: 'get ' + names[i] });
      }
      $.toStringTag(C, C.name);
      exports[C.name] = C;
    }
  }

  $.streams = load;
  $.streamsLoaded = () => S !== null;

  /**
   * A readable byte stream of a copy of `bytes` (Blob.stream(), a body's stream), in one chunk (Chromium gives a
   * 200 kB blob in one too). Its
   * underlying source holds only those bytes and where it is: calling its pull with any controller gives nothing
   * but the rest of them (the ponyfill calls it through page-patchable Function.prototype.apply). `check`, if given,
   * is called with no argument on each pull: an error it returns errors the stream (an aborted fetch's body).
   */
  $.byteStream = function byteStream(bytes, check) {
    const s = load();
    let data = bytes;
    const total = TypedArrayPrototypeGetLength(bytes);
    const source = {
      __proto__: null,
      type: 'bytes',
      pull(controller) {
        if (data === null) return;
        const error = check === undefined ? null : check();
        if (error !== null) {
          data = null;
          controller.error(error);
          return;
        }
        const chunk = TypedArrayPrototypeSlice(data);
        data = null;
        if (total > 0) controller.enqueue(chunk);
        controller.close();
        const req = controller.byobRequest;
        if (req) req.respond(0);
      },
      cancel() { data = null; },
    };
    return new s.ReadableStream(source, { __proto__: null, highWaterMark: 0 });
  };
});
