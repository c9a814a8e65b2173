// messaging.js — MessageChannel, MessagePort and the postMessage plumbing shared by workers: a message is
// serialized here ($.serialize from structured-clone.js) into a string plus out-of-band references that Java
// moves between agents (ext/Messaging.java, ext/MessagePortEndpoint.java).
(function (g, $) {
  'use strict';
  const host = $.host;
  const targets = new Map(); // endpoint id -> the JS object receiving its messages (port, Worker, global)
  const endpointOf = new WeakMap(); // MessagePort -> endpoint (host object); deleted when the port moves away

  $.attachEndpoint = (target, endpoint) => { targets.set(endpoint.id, target); };

  const previousHostKind = $.hostKind;
  $.hostKind = (v) => (endpointOf.has(v) || detached.has(v) ? 'MessagePort' : previousHostKind ? previousHostKind(v) : undefined);
  const detached = new WeakSet(); // ports that were transferred away

  /** Copies an ArrayBuffer's bytes into Java-owned memory. */
  function copyOut(buffer) {
    const bb = host.allocate(buffer.byteLength);
    if (buffer.byteLength) new Uint8Array(new ArrayBuffer(bb)).set(new Uint8Array(buffer));
    return bb;
  }

  function transferListOf(options, prefix) {
    if (options === undefined || options === null) return [];
    if (typeof options === 'object' && !Array.isArray(options) && typeof options[Symbol.iterator] !== 'function') {
      const t = options.transfer;
      return t === undefined ? [] : Array.from(t);
    }
    if (typeof options[Symbol.iterator] !== 'function') {
      throw new TypeError(`${prefix}The provided value cannot be converted to a sequence.`);
    }
    return Array.from(options);
  }

  /**
   * postMessage's steps for any sender: serialize with transfer, turn references into Java objects
   * (copying ArrayBuffers, detaching transferred ones, moving ports), and post on `endpoint`.
   */
  $.postMessageVia = function (endpoint, message, options, prefix) {
    const transfer = transferListOf(options, prefix);
    const { data, refs } = $.serialize(message, transfer, prefix);
    if (refs.length === 0) {
      host.post(endpoint, data, '', null);
      return;
    }
    const kinds = [];
    const out = [];
    for (const r of refs) {
      kinds.push(r.kind);
      switch (r.kind) {
        case 'ArrayBuffer':
          out.push(copyOut(r.buffer));
          if (r.transfer) r.buffer.transfer();
          break;
        case 'SharedArrayBuffer': {
          const mem = $.sharedMemoryOf(r.buffer);
          if (mem === undefined) throw new $.DOMException(`${prefix}SharedArrayBuffer transfer requires self.crossOriginIsolated.`, 'DataCloneError');
          out.push(mem);
          break;
        }
        case 'MessagePort': {
          const ep = endpointOf.get(r.port);
          if (ep === undefined) throw new $.DOMException(`${prefix}Port at index 0 is already neutered.`, 'DataCloneError');
          if (ep === endpoint) throw new $.DOMException(`${prefix}Port at index 0 contains the source port.`, 'DataCloneError');
          endpointOf.delete(r.port);
          detached.add(r.port);
          targets.delete(ep.id);
          out.push(ep);
          break;
        }
        default: { // Blob, File
          const bytes = $.blobBytes(r.blob);
          out.push(host.blobData(copyOut(bytes.slice().buffer), r.blob.type));
        }
      }
    }
    host.post(endpoint, data, kinds.join(','), out);
  };

  function materialize(kinds, refs) {
    const list = kinds.split(',');
    const values = new Array(list.length);
    const ports = [];
    for (let i = 0; i < list.length; i++) {
      const ref = refs[i];
      switch (list[i]) {
        case 'ArrayBuffer': values[i] = new ArrayBuffer(ref); break;
        case 'SharedArrayBuffer': values[i] = $.sharedArrayBufferFor(ref); break;
        case 'MessagePort': values[i] = portFor(ref); ports.push(values[i]); break;
        default: values[i] = $.makeBlob(new Uint8Array(new ArrayBuffer(ref.bytes)), ref.type);
      }
    }
    return { values, ports };
  }

  /** Called by Java on this agent's thread for each message that reaches one of its endpoints. */
  $.deliverMessage = function (id, data, kinds, refs) {
    const target = targets.get(id);
    if (target === undefined) return;
    let value;
    let ports = [];
    try {
      let values = [];
      if (kinds) ({ values, ports } = materialize(kinds, refs));
      value = $.deserialize(data, values);
    } catch (e) {
      $.fireEvent(target, 'messageerror', { data: null }, g.MessageEvent);
      return;
    }
    try {
      $.fireEvent(target, 'message', { data: value, ports }, g.MessageEvent);
    } catch (e) {
      $.reportException(e);
    }
  };

  // ---- MessagePort / MessageChannel ----------------------------------------------------------------
  const PORT_KEY = Symbol('port');
  class MessagePort extends g.EventTarget {
    constructor(key, endpoint) {
      if (key !== PORT_KEY) throw new TypeError('Illegal constructor');
      super();
      endpointOf.set(this, endpoint);
      targets.set(endpoint.id, this);
    }
    postMessage(message, options) {
      const prefix = "Failed to execute 'postMessage' on 'MessagePort': ";
      if (!endpointOf.has(this) && !detached.has(this)) throw new TypeError('Illegal invocation');
      $.requireArgs(arguments, 1, 'MessagePort', 'postMessage');
      const ep = endpointOf.get(this);
      if (ep === undefined) return; // a detached port drops messages
      const transfer = transferListOf(options, prefix);
      if (transfer.includes(this)) throw new $.DOMException(`${prefix}Port at index ${transfer.indexOf(this)} contains the source port.`, 'DataCloneError');
      $.postMessageVia(ep, message, options, prefix);
    }
    start() {
      const ep = endpointOf.get(this);
      if (ep !== undefined) host.startPort(ep);
    }
    close() {
      const ep = endpointOf.get(this);
      if (ep !== undefined) host.closePort(ep);
    }
  }
  $.toStringTag(MessagePort, 'MessagePort');
  $.defineEventHandler(MessagePort.prototype, 'message');
  $.defineEventHandler(MessagePort.prototype, 'messageerror');
  $.defineEventHandler(MessagePort.prototype, 'close');
  // Setting onmessage starts the port (HTML: the port message queue is enabled).
  const onmessage = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage');
  Object.defineProperty(MessagePort.prototype, 'onmessage', {
    get: onmessage.get,
    set(v) { onmessage.set.call(this, v); this.start(); },
    enumerable: true, configurable: true,
  });
  $.isMessagePort = (v) => endpointOf.has(v) || detached.has(v);

  function portFor(endpoint) {
    return new MessagePort(PORT_KEY, endpoint);
  }

  class MessageChannel {
    #port1;
    #port2;
    constructor() {
      const pair = host.createChannel();
      this.#port1 = portFor(pair[0]);
      this.#port2 = portFor(pair[1]);
    }
    get port1() { return this.#port1; }
    get port2() { return this.#port2; }
  }
  $.toStringTag(MessageChannel, 'MessageChannel');

  $.defineGlobal('MessagePort', MessagePort);
  $.defineGlobal('MessageChannel', MessageChannel);
});
