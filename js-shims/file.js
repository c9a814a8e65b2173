// file.js — FileReader (File API) and ProgressEvent. The Blob's bytes are in memory (fetch.js); a read takes them
// when it starts and reports loadstart, progress, load and loadend as tasks, as Chromium does for a small blob.
(function (g, $) {
  'use strict';
  const toULL = (v) => {
    const n = Number(v);
    return Number.isFinite(n) ? Math.max(0, Math.trunc(n)) : 0;
  };
  const ProgressEvent = $.defineEventInterface({
    name: 'ProgressEvent', dict: 'ProgressEventInit',
    members: [
      { name: 'lengthComputable', conv: (v) => !!v, def: () => false },
      { name: 'loaded', conv: toULL, def: () => 0 },
      { name: 'total', conv: toULL, def: () => 0 },
    ],
    attributes: ['lengthComputable', 'loaded', 'total'],
  });

  const EMPTY = 0, LOADING = 1, DONE = 2;
  const readers = new WeakMap(); // FileReader -> { state, result, error, generation } (null-prototype record)
  const NativeTextDecoder = g.TextDecoder;
  const decode = Function.prototype.call.bind(NativeTextDecoder.prototype.decode);
  const fromCharCode = String.fromCharCode;
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
    const self = Reflect.construct(EventTarget, [], new.target);
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
    for (let i = 0; i < bytes.length; i += 8192) s += fromCharCode.apply(null, bytes.subarray(i, i + 8192));
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
      const m = /;\s*charset=("?)([^";]*)\1/i.exec(type);
      if (m) encoding = $.getEncodingName(m[2]);
    }
    return decode(new NativeTextDecoder(encoding === null || encoding === 'replacement' ? 'utf-8' : encoding), bytes);
  }
  const RESULTS = {
    __proto__: null,
    readAsArrayBuffer: (bytes) => { const b = new ArrayBuffer(bytes.length); new Uint8Array(b).set(bytes); return b; },
    readAsBinaryString: (bytes) => binaryString(bytes),
    readAsText: (bytes, blob, label) => text(bytes, label, blob.type),
    readAsDataURL: (bytes, blob) => `data:${blob.type || 'application/octet-stream'};base64,${$.base64Encode(binaryString(bytes))}`,
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
    const total = bytes.length;
    $.postTask(() => {
      if (s.generation !== generation) return; // aborted, or another read started
      progress(self, 'loadstart', 0, total);
      $.postTask(() => {
        if (s.generation !== generation) return;
        if (total > 0) progress(self, 'progress', total, total);
        if (s.generation !== generation) return;
        s.state = DONE;
        s.result = RESULTS[method](bytes, blob, encodingLabel);
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
});
