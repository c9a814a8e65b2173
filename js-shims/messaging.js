// messaging.js — MessageChannel, MessagePort and the postMessage plumbing shared by workers: a message is
// serialized here ($.serialize from structured-clone.js) into a string plus out-of-band references that Java
// moves between agents (ext/Messaging.java, ext/MessagePortEndpoint.java).
(function (g, $) {
  'use strict';
  const host = $.host;
  const targets = new Map(); // endpoint id -> the JS object receiving its messages (port, Worker, global)
  const endpointOf = new WeakMap(); // MessagePort -> endpoint (host object); deleted when the port moves away

  $.attachEndpoint = (target, endpoint) => { targets.set(endpoint.id, target); };

  const detached = new WeakSet(); // ports that were transferred away
  const previousHostKind = $.hostKind;
  $.hostKind = (v) => (endpointOf.has(v) || detached.has(v) ? 'MessagePort' : previousHostKind ? previousHostKind(v) : undefined);

  /** Copies bytes (a Uint8Array) into Java-owned memory, in one copy. */
  function copyOut(bytes) {
    const bb = host.allocate(bytes.byteLength);
    if (bytes.byteLength) new Uint8Array(new ArrayBuffer(bb)).set(bytes);
    return bb;
  }

  /** The port leaves this realm's bookkeeping (transferred or moved); returns its endpoint. */
  function detachPort(port) {
    const ep = endpointOf.get(port);
    endpointOf.delete(port);
    detached.add(port);
    targets.delete(ep.id);
    return ep;
  }

  const abTransfer = Function.prototype.call.bind(ArrayBuffer.prototype.transfer); // detaches the original
  const isObject = (v) => v !== null && (typeof v === 'object' || typeof v === 'function');

  /** WebIDL sequence<object> from an iterable (an object whose @@iterator was already read). */
  function toObjectSequence(value, iter, prefix) {
    const out = [];
    for (const item of { [Symbol.iterator]: () => iter.call(value) }) {
      if (!isObject(item)) throw new TypeError(`${prefix}Failed to convert value to 'object'.`);
      out.push(item);
    }
    return out;
  }

  /**
   * The transfer list of postMessage(message, transfer) / postMessage(message, options): WebIDL overload
   * resolution picks the sequence<object> overload for an iterable object, the StructuredSerializeOptions
   * one for undefined, null or another object; anything else is a TypeError.
   */
  function transferListOf(options, prefix) {
    if (options === undefined || options === null) return [];
    if (!isObject(options)) throw new TypeError(`${prefix}Overload resolution failed.`);
    const iter = options[Symbol.iterator];
    if (iter !== undefined && iter !== null) {
      if (typeof iter !== 'function') throw new TypeError(`${prefix}Overload resolution failed.`);
      return toObjectSequence(options, iter, prefix);
    }
    const t = options.transfer;
    if (t === undefined) return [];
    const what = `${prefix}Failed to read the 'transfer' property from 'StructuredSerializeOptions': `;
    if (!isObject(t)) throw new TypeError(`${what}The provided value cannot be converted to a sequence.`);
    const tIter = t[Symbol.iterator];
    if (typeof tIter !== 'function') throw new TypeError(`${what}The object must have a callable @@iterator property.`);
    return toObjectSequence(t, tIter, what);
  }

  // Platform objects that are neither serializable nor transferable ("Worker object could not be cloned."):
  // every EventTarget and Event of this realm (structured-clone.js asks before anything else but the global,
  // MessagePorts and Blobs, which $.hostKind names).
  const previousIsPlatformObject = $.isPlatformObject;
  $.isPlatformObject = (v) => (typeof $.isEventTarget === 'function' && $.isEventTarget(v)) ||
    (typeof $.isEvent === 'function' && $.isEvent(v)) ||
    (typeof previousIsPlatformObject === 'function' && previousIsPlatformObject(v));

  /**
   * postMessage's steps for any sender: serialize with transfer, turn references into Java objects
   * (copying ArrayBuffers, detaching transferred ones, moving ports), and post on `endpoint`.
   */
  $.postMessageVia = function (endpoint, message, options, prefix) {
    postWithTransfer(endpoint, message, transferListOf(options, prefix), prefix);
  };

  function postWithTransfer(endpoint, message, transfer, prefix) {
    const m = serializeWithTransfer(message, transfer, prefix, endpoint);
    host.post(endpoint, m.data, m.kinds, m.refs);
  }

  /**
   * Serializes `message` for posting with `transfer`: {data, kinds, refs} as the host takes them (copied
   * ArrayBuffers, moved ports...). Transferred things leave this realm only once nothing can fail any more.
   */
  function serializeWithTransfer(message, transfer, prefix, endpoint = null) {
    // Ports that cannot move are refused before anything is serialized (Blink's order).
    for (let i = 0; i < transfer.length; i++) {
      const t = transfer[i];
      if (detached.has(t)) throw new $.DOMException(`${prefix}Port at index ${i} is already neutered.`, 'DataCloneError');
      if (endpoint !== null && endpointOf.has(t) && endpointOf.get(t) === endpoint) {
        throw new $.DOMException(`${prefix}Port at index ${i} contains the source port.`, 'DataCloneError');
      }
    }
    const { data, refs } = $.serialize(message, transfer, prefix);
    if (refs.length === 0) return { data, kinds: '', refs: null };
    const kinds = [];
    const out = [];
    for (const r of refs) {
      kinds.push(r.kind);
      switch (r.kind) {
        case 'ArrayBuffer':
          out.push(copyOut(new Uint8Array(r.buffer)));
          break;
        case 'Shared': { // a SharedArrayBuffer, a shared WebAssembly.Memory or its buffer, a WebAssembly.Module
          const ref = $.shareRef(r.value);
          kinds[kinds.length - 1] = ref.kind;
          out.push(ref.handle);
          break;
        }
        case 'MessagePort':
          out.push(endpointOf.get(r.port));
          break;
        default: { // Blob, File
          const blob = host.blobData(copyOut($.blobBytes(r.blob)), r.blob.type);
          out.push(r.file ? blob.asFile($.fileName(r.blob), $.fileLastModified(r.blob)) : blob);
        }
      }
    }
    // Nothing can fail any more: now the transferred things leave this realm.
    for (const r of refs) {
      if (r.kind === 'ArrayBuffer' && r.transfer) {
        abTransfer(r.buffer);
      } else if (r.kind === 'MessagePort') {
        detachPort(r.port);
      }
    }
    return { data, kinds: kinds.join(','), refs: out };
  }

  /** postMessage's serialization for senders without an endpoint (service workers and their clients). */
  $.serializeMessage = (message, options, prefix) => serializeWithTransfer(message, transferListOf(options, prefix), prefix);

  /** The receiving side for those: {value, ports} or, when deserialization threw, {error: true}. */
  $.receiveMessage = function (data, kinds, refs) {
    const ports = [];
    try {
      return { value: $.deserialize(data, kinds ? materialize(kinds, refs, ports) : []), ports: Object.freeze(ports) };
    } catch (e) {
      for (const p of ports) p.close();
      return { error: true, value: null, ports: Object.freeze([]) };
    }
  };

  /** The message's references as this realm's objects; the MessagePorts made go to `ports` as they are made. */
  function materialize(kinds, refs, ports) {
    const list = kinds.split(',');
    const values = new Array(list.length);
    for (let i = 0; i < list.length; i++) {
      const ref = refs[i];
      switch (list[i]) {
        case 'ArrayBuffer': values[i] = new ArrayBuffer(ref); break;
        case 'SharedArrayBuffer': case 'WebAssembly.Memory': case 'WebAssembly.Memory.buffer': case 'WebAssembly.Module':
          values[i] = $.shareMaterialize(list[i], ref); break;
        case 'MessagePort': values[i] = portFor(ref); ports.push(values[i]); break;
        default: {
          const bytes = new Uint8Array(new ArrayBuffer(ref.bytes));
          values[i] = ref.name === null || ref.name === undefined
            ? $.makeBlob(bytes, ref.type) : $.makeFile(bytes, ref.name, ref.type, ref.lastModified);
        }
      }
    }
    return values;
  }

  /** Called by Java on this agent's thread for each message that reaches one of its endpoints. */
  const MessageEvent = g.MessageEvent;
  $.deliverMessage = function (id, data, kinds, refs) {
    const target = targets.get(id);
    if (target === undefined) return;
    let value;
    let type = 'message';
    const ports = [];
    try {
      value = $.deserialize(data, kinds ? materialize(kinds, refs, ports) : []);
    } catch (e) {
      // HTML: deserialization threw — messageerror instead, with null data; the ports it made are let go.
      for (const p of ports) p.close();
      ports.length = 0;
      type = 'messageerror';
      value = null;
    }
    try {
      const ev = $.createPlatformEvent(MessageEvent, type, {
        data: value, origin: '', lastEventId: '', source: null, ports: Object.freeze(ports), userActivation: null,
      });
      $.dispatchTrusted(target, ev);
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
      const transfer = transferListOf(options, prefix);
      const ep = endpointOf.get(this);
      if (ep === undefined) return; // a port that was transferred away drops messages
      postWithTransfer(ep, message, transfer, prefix);
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

  /**
   * Transfers `port` within this realm (structuredClone(port, {transfer: [port]})): a new MessagePort object
   * takes over the endpoint (unstarted, as any transferred port), the old one is neutered.
   */
  $.movePort = function (port) {
    if (!endpointOf.has(port)) throw new TypeError('Illegal invocation');
    const ep = detachPort(port);
    ep.unstart();
    return portFor(ep);
  };

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
