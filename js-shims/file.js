// file.js — FileReader (File API); its ProgressEvent is xhr.js's. The Blob's bytes are in memory (fetch.js); a read takes them
// when it starts and reports loadstart, progress, load and loadend as tasks, as Chromium does for a small blob.
(function (g, $) {
  'use strict';
  const { ArrayBuffer, ArrayPrototypePush, ArrayPrototypeSplice, DateNow, InternalArray, ObjectCreate, ObjectDefineProperty,
    ObjectPrototype, ObjectPrototypeToString, SafeWeakSet, ReflectApply, ReflectConstruct, RegExpPrototypeExec, SafeWeakMap, StringFromCharCode,
    TypeError, TypedArrayPrototypeSet, TypedArrayPrototypeSubarray, Uint8Array } = $.primordials;
  const ProgressEvent = $.ProgressEvent; // defined by xhr.js

  const EMPTY = 0, LOADING = 1, DONE = 2;
  const readers = new SafeWeakMap(); // FileReader -> { state, result, error, generation } (null-prototype record)
  const NativeTextDecoder = g.TextDecoder;
  const decode = $.primordials.uncurryThis(NativeTextDecoder.prototype.decode);
  const EventTarget = g.EventTarget;
  function stateOf(self) {
    const s = readers.get(self);
    if (s === undefined) throw new TypeError('Illegal invocation');
    return s;
  }
  function FileReader() {
    if (new.target === undefined) {
      throw new TypeError("Failed to construct 'FileReader': Please use the 'new' operator, this DOM object constructor cannot be called as a function.");
    }
    const self = ReflectConstruct(EventTarget, [], new.target);
    readers.set(self, { __proto__: null, state: EMPTY, result: null, error: null, generation: 0 });
    return self;
  }
  Object.setPrototypeOf(FileReader, EventTarget);
  Object.defineProperty(FileReader, 'prototype', {
    value: Object.create(EventTarget.prototype, { constructor: { value: FileReader, writable: true, configurable: true } }),
    writable: false,
  });
  for (const [name, value] of [['EMPTY', EMPTY], ['LOADING', LOADING], ['DONE', DONE]]) {
    const d = { value, writable: false, enumerable: true, configurable: false };
    Object.defineProperty(FileReader, name, d);
    Object.defineProperty(FileReader.prototype, name, d);
  }

  function binaryString(bytes) {
    let s = '';
    for (let i = 0; i < bytes.length; i += 8192) s += ReflectApply(StringFromCharCode, null, TypedArrayPrototypeSubarray(bytes, i, i + 8192));
    return s;
  }
  /** readAsText's decoding: a BOM wins, then the given label, then the blob type's charset, then UTF-8. */
  function text(bytes, label, type) {
    let encoding = null;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) encoding = 'utf-8';
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
    else if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
    if (encoding === null && label !== undefined) encoding = $.getEncodingName(label);
    if (encoding === null) {
      const m = RegExpPrototypeExec(/;\s*charset=("?)([^";]*)\1/i, type);
      if (m) encoding = $.getEncodingName(m[2]);
    }
    return decode(new NativeTextDecoder(encoding === null || encoding === 'replacement' ? 'utf-8' : encoding), bytes);
  }
  const RESULTS = {
    __proto__: null,
    readAsArrayBuffer: (bytes) => { const b = new ArrayBuffer(bytes.length); TypedArrayPrototypeSet(new Uint8Array(b), bytes); return b; },
    readAsBinaryString: (bytes) => binaryString(bytes),
    readAsText: (bytes, type, label) => text(bytes, label, type),
    readAsDataURL: (bytes, type) => `data:${type || 'application/octet-stream'};base64,${$.base64Encode(binaryString(bytes))}`,
  };
  const progress = (target, type, loaded, total) => $.fireEvent(target, type, { lengthComputable: true, loaded, total }, ProgressEvent);

  /** The read steps shared by the four readAs* methods. */
  function startRead(self, method, blob, label) {
    const s = stateOf(self);
    const prefix = `Failed to execute '${method}' on 'FileReader': `;
    if (!$.isBlob(blob)) throw new TypeError(`${prefix}parameter 1 is not of type 'Blob'.`);
    if (s.state === LOADING) throw new $.DOMException(`${prefix}The object is already busy reading Blobs.`, 'InvalidStateError');
    const encodingLabel = label === undefined ? undefined : $.toDOMString(label);
    s.state = LOADING;
    s.result = null;
    s.error = null;
    const generation = ++s.generation;
    const bytes = $.blobBytes(blob);
    const type = $.blobType(blob);
    const total = bytes.length;
    $.postTask(() => {
      if (s.generation !== generation) return; // aborted, or another read started
      progress(self, 'loadstart', 0, total);
      $.postTask(() => {
        if (s.generation !== generation) return;
        if (total > 0) progress(self, 'progress', total, total);
        if (s.generation !== generation) return;
        s.state = DONE;
        s.result = RESULTS[method](bytes, type, encodingLabel);
        progress(self, 'load', total, total);
        if (s.state !== LOADING) progress(self, 'loadend', total, total);
      });
    });
  }
  $.defineMethods(FileReader.prototype, {
    readAsArrayBuffer(blob) {
      $.requireArgs(arguments, 1, 'FileReader', 'readAsArrayBuffer');
      startRead(this, 'readAsArrayBuffer', blob);
    },
    readAsBinaryString(blob) {
      $.requireArgs(arguments, 1, 'FileReader', 'readAsBinaryString');
      startRead(this, 'readAsBinaryString', blob);
    },
    readAsText(blob, encoding = undefined) {
      $.requireArgs(arguments, 1, 'FileReader', 'readAsText');
      startRead(this, 'readAsText', blob, encoding);
    },
    readAsDataURL(blob) {
      $.requireArgs(arguments, 1, 'FileReader', 'readAsDataURL');
      startRead(this, 'readAsDataURL', blob);
    },
    abort() {
      const s = stateOf(this);
      if (s.state === EMPTY || s.state === DONE) {
        s.result = null;
        return;
      }
      s.state = DONE;
      s.result = null;
      s.generation++;
      progress(this, 'abort', 0, 0);
      if (s.state !== LOADING) progress(this, 'loadend', 0, 0);
    },
  });
  $.defineGetters(FileReader.prototype, {
    readyState() { return stateOf(this).state; },
    result() { return stateOf(this).result; },
    error() { return stateOf(this).error; },
  });
  for (const type of ['loadstart', 'progress', 'load', 'abort', 'error', 'loadend']) $.defineEventHandler(FileReader.prototype, type);
  $.toStringTag(FileReader, 'FileReader');
  $.defineGlobal('FileReader', FileReader);

  // ---- FileReaderSync (dedicated and shared workers): the same four results, returned at once ----------
  if ($.agentKind === 'dedicatedworker' || $.agentKind === 'sharedworker') {
    const syncReaders = new SafeWeakSet();
    const FileReaderSync = function FileReaderSync() {
      if (new.target === undefined) {
        throw new TypeError("Failed to construct 'FileReaderSync': Please use the 'new' operator, this DOM object constructor cannot be called as a function.");
      }
      const reader = ObjectCreate(new.target.prototype);
      syncReaders.add(reader);
      return reader;
    };
    const read = (self, args, method, label) => {
      if (!syncReaders.has(self)) throw new TypeError('Illegal invocation');
      $.requireArgs(args, 1, 'FileReaderSync', method);
      const blob = args[0];
      if (!$.isBlob(blob)) throw new TypeError(`Failed to execute '${method}' on 'FileReaderSync': parameter 1 is not of type 'Blob'.`);
      return RESULTS[method]($.blobBytes(blob), $.blobType(blob), label === undefined ? undefined : $.toDOMString(label));
    };
    // (Blink's own property order: the operations, then constructor)
    const proto = ObjectCreate(ObjectPrototype);
    $.defineMethods(proto, {
      readAsArrayBuffer(blob) { return read(this, arguments, 'readAsArrayBuffer'); },
      readAsBinaryString(blob) { return read(this, arguments, 'readAsBinaryString'); },
      readAsDataURL(blob) { return read(this, arguments, 'readAsDataURL'); },
      readAsText(blob, encoding = undefined) { return read(this, arguments, 'readAsText', encoding); },
    });
    ObjectDefineProperty(proto, 'constructor', { __proto__: null, value: FileReaderSync, writable: true, enumerable: false, configurable: true });
    ObjectDefineProperty(FileReaderSync, 'prototype', { __proto__: null, value: proto, writable: false, enumerable: false, configurable: false });
    $.toStringTag(FileReaderSync, 'FileReaderSync');
    $.defineGlobal('FileReaderSync', FileReaderSync);
  }

  // ---- FormData (XMLHttpRequest's; fetch.js serializes and parses it as a body) ----------------------
  // The entry list holds [name, value] pairs, a value being a string or the File's parts; every get makes a new
  // File on the same bytes (as Chromium does).
  const entryLists = new SafeWeakMap(); // FormData -> InternalArray of { name, value } | { name, bytes, fileName, type, lastModified }
  function listOf(self) {
    const l = entryLists.get(self);
    if (l === undefined) throw new TypeError('Illegal invocation');
    return l;
  }
  /** "create an entry": a string value, or a Blob as a File named `filename`, "blob" or its own name. */
  function makeEntry(args, op) {
    const prefix = `Failed to execute '${op}' on 'FormData': `;
    $.requireArgs(args, 2, 'FormData', op);
    const name = $.toUSVString(args[0]);
    const value = args[1];
    if (!$.isBlob(value)) {
      if (args.length > 2) throw new TypeError(`${prefix}parameter 2 is not of type 'Blob'.`);
      return { __proto__: null, name, value: $.toUSVString(value) };
    }
    const isFile = $.isFile(value);
    const fileName = args.length > 2 && args[2] !== undefined ? $.toUSVString(args[2]) : isFile ? $.fileName(value) : 'blob';
    const lastModified = isFile ? $.fileLastModified(value) : DateNow();
    return { __proto__: null, name, bytes: $.blobBytes(value), fileName, type: $.blobType(value), lastModified };
  }
  const valueOf = (e) => (e.bytes === undefined ? e.value : $.makeFile(e.bytes, e.fileName, e.type, e.lastModified));
  function FormData(form = undefined) {
    if (new.target === undefined) {
      throw new TypeError("Failed to construct 'FormData': Please use the 'new' operator, this DOM object constructor cannot be called as a function.");
    }
    if (form !== undefined) throw new TypeError("Failed to construct 'FormData': parameter 1 is not of type 'HTMLFormElement'.");
    entryLists.set(this, InternalArray());
    $.markPlatformObject(this);
  }
  $.defineMethods(FormData.prototype, {
    append(name, value) { const l = listOf(this); ArrayPrototypePush(l, makeEntry(arguments, 'append')); },
    delete(name) {
      const l = listOf(this);
      $.requireArgs(arguments, 1, 'FormData', 'delete');
      const n = $.toUSVString(name);
      for (let i = l.length - 1; i >= 0; i--) if (l[i].name === n) ArrayPrototypeSplice(l, i, 1);
    },
    get(name) {
      const l = listOf(this);
      $.requireArgs(arguments, 1, 'FormData', 'get');
      const n = $.toUSVString(name);
      for (let i = 0; i < l.length; i++) if (l[i].name === n) return valueOf(l[i]);
      return null;
    },
    getAll(name) {
      const l = listOf(this);
      $.requireArgs(arguments, 1, 'FormData', 'getAll');
      const n = $.toUSVString(name);
      const out = [];
      for (let i = 0; i < l.length; i++) if (l[i].name === n) ArrayPrototypePush(out, valueOf(l[i]));
      return out;
    },
    has(name) {
      const l = listOf(this);
      $.requireArgs(arguments, 1, 'FormData', 'has');
      const n = $.toUSVString(name);
      for (let i = 0; i < l.length; i++) if (l[i].name === n) return true;
      return false;
    },
    set(name, value) {
      const l = listOf(this);
      const entry = makeEntry(arguments, 'set');
      let i = 0;
      while (i < l.length && l[i].name !== entry.name) i++;
      if (i === l.length) { ArrayPrototypePush(l, entry); return; }
      l[i] = entry;
      for (let j = l.length - 1; j > i; j--) if (l[j].name === entry.name) ArrayPrototypeSplice(l, j, 1);
    },
    forEach(callback, thisArg = undefined) {
      const l = listOf(this);
      $.requireArgs(arguments, 1, 'FormData', 'forEach');
      if (typeof callback !== 'function') throw new TypeError("Failed to execute 'forEach' on 'FormData': The callback provided as parameter 1 is not a function.");
      for (let i = 0; i < l.length; i++) ReflectApply(callback, thisArg, [valueOf(l[i]), l[i].name, this]);
    },
    entries() { return iterate(this, 'entries'); },
    keys() { return iterate(this, 'keys'); },
    values() { return iterate(this, 'values'); },
  });
  Object.defineProperty(FormData.prototype, Symbol.iterator, { value: FormData.prototype.entries, writable: true, configurable: true });
  // the pair iterator: live over the entry list (an entry deleted before the cursor shifts it, as WebIDL says)
  const iterators = new SafeWeakMap(); // iterator -> { list, kind, index }
  const IteratorProto = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
  $.defineMethods(IteratorProto, {
    next() {
      const it = iterators.get(this);
      if (it === undefined) throw new TypeError('Illegal invocation');
      if (it.index >= it.list.length) return { value: undefined, done: true };
      const e = it.list[it.index++];
      const value = it.kind === 'keys' ? e.name : it.kind === 'values' ? valueOf(e) : [e.name, valueOf(e)];
      return { value, done: false };
    },
  });
  Object.defineProperty(IteratorProto, Symbol.toStringTag, { value: 'FormData Iterator', configurable: true });
  function iterate(self, kind) {
    const it = ObjectCreate(IteratorProto);
    iterators.set(it, { __proto__: null, list: listOf(self), kind, index: 0 });
    return it;
  }
  $.toStringTag(FormData, 'FormData');
  Object.defineProperty(FormData, 'prototype', { writable: false });
  $.defineGlobal('FormData', FormData);
});
