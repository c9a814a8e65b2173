// messaging.js — MessageChannel, MessagePort and the postMessage plumbing shared by workers: a message is
// serialized here ($.serialize from structured-clone.js) into a string plus out-of-band references that Java
// moves between agents (ext/Messaging.java, ext/MessagePortEndpoint.java).
(function (g, $) {
  'use strict';
  const { ArrayBuffer, ArrayBufferPrototypeTransfer, ArrayBufferPrototypeGetResizable, ArrayBufferPrototypeGetMaxByteLength, ArrayPrototypeJoin, ArrayPrototypePush, ArrayPrototypeSlice, FunctionPrototypeCall,
    InternalArray, ObjectDefineProperty, ObjectFreeze, ObjectGetOwnPropertyDescriptor, SafeMap, SafeWeakMap,
    SafeWeakSet, StringPrototypeSplit, SymbolIterator, TypeError, TypedArrayPrototypeGetByteLength,
    TypedArrayPrototypeSet, Uint8Array } = $.primordials;
  const host = $.host;
  const targets = new SafeMap(); // endpoint id -> the JS object receiving its messages (port, Worker, global)
  const endpointOf = new SafeWeakMap(); // MessagePort -> endpoint (host object); deleted when the port moves away

  $.attachEndpoint = (target, endpoint) => { targets.set(endpoint.id, target); };

  const detached = new SafeWeakSet(); // ports that were transferred away
  const previousHostKind = $.hostKind;
  $.hostKind = (v) => (endpointOf.has(v) || detached.has(v) ? 'MessagePort' : previousHostKind ? previousHostKind(v) : undefined);

  /** Copies bytes (a Uint8Array) into Java-owned memory, in one copy. */
  function copyOut(bytes) {
    const n = TypedArrayPrototypeGetByteLength(bytes);
    const bb = host.allocate(n);
    if (n) TypedArrayPrototypeSet(new Uint8Array(new ArrayBuffer(bb)), bytes);
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

  const abTransfer = ArrayBufferPrototypeTransfer; // detaches the original
  const abResizable = ArrayBufferPrototypeGetResizable, abMaxByteLength = ArrayBufferPrototypeGetMaxByteLength;
  const isObject = (v) => v !== null && (typeof v === 'object' || typeof v === 'function');

  /** WebIDL sequence<object> from an iterable (an object whose @@iterator was already read). */
  function toObjectSequence(value, iter, prefix) {
    const out = InternalArray();
    for (const item of { __proto__: null, [SymbolIterator]: () => FunctionPrototypeCall(iter, value) }) {
      if (!isObject(item)) throw new TypeError(`${prefix}Failed to convert value to 'object'.`);
      ArrayPrototypePush(out, item);
    }
    return out;
  }

  /**
   * The transfer list of postMessage(message, transfer) / postMessage(message, options): WebIDL overload
   * resolution picks the sequence<object> overload for an iterable object, the StructuredSerializeOptions
   * one for undefined, null or another object; anything else is a TypeError.
   */
  function transferListOf(options, prefix) {
    if (options === undefined || options === null) return InternalArray();
    if (!isObject(options)) throw new TypeError(`${prefix}Overload resolution failed.`);
    const iter = options[SymbolIterator];
    if (iter !== undefined && iter !== null) {
      if (typeof iter !== 'function') throw new TypeError(`${prefix}Overload resolution failed.`);
      return toObjectSequence(options, iter, prefix);
    }
    return transferMember(options, prefix);
  }

  /** The `transfer` member of a StructuredSerializeOptions dictionary (an object). */
  function transferMember(options, prefix) {
    const t = options.transfer;
    if (t === undefined) return InternalArray();
    const what = `${prefix}Failed to read the 'transfer' property from 'StructuredSerializeOptions': `;
    if (!isObject(t)) throw new TypeError(`${what}The provided value cannot be converted to a sequence.`);
    const tIter = t[SymbolIterator];
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
    // Blink's order: the source port is refused before anything is serialized; a port already transferred away
    // (before, or by a getter while the message was serialized) only after the message was ($.serialize).
    for (let i = 0; i < transfer.length; i++) {
      const t = transfer[i];
      if (endpoint !== null && endpointOf.has(t) && endpointOf.get(t) === endpoint) {
        throw new $.DOMException(`${prefix}Port at index ${i} contains the source port.`, 'DataCloneError');
      }
    }
    const { data, refs } = $.serialize(message, transfer, prefix);
    if (refs.length === 0) return { __proto__: null, data, kinds: '', refs: null };
    const { kinds, out } = javaRefs(refs);
    // Nothing can fail any more: now the transferred things leave this realm.
    for (let i = 0; i < refs.length; i++) {
      const r = refs[i];
      if (r.kind === 'ArrayBuffer' && r.transfer) {
        abTransfer(r.buffer);
      } else if (r.kind === 'MessagePort' || r.kind === 'StreamPort') {
        detachPort(r.port);
      }
    }
    return { __proto__: null, data, kinds: ArrayPrototypeJoin(kinds, ','), refs: out };
  }

  /** A serialized message's references as what Java carries: their kinds and the Java objects (never where the page could see them). */
  function javaRefs(refs) {
    const kinds = InternalArray();
    const out = InternalArray();
    for (let i = 0; i < refs.length; i++) {
      const r = refs[i];
      ArrayPrototypePush(kinds, r.kind);
      switch (r.kind) {
        case 'ArrayBuffer':
          // a resizable buffer travels as "ArrayBuffer/<maxByteLength>": the receiver's copy is resizable too
          if (abResizable(r.buffer)) kinds[kinds.length - 1] = `ArrayBuffer/${abMaxByteLength(r.buffer)}`;
          ArrayPrototypePush(out, copyOut(new Uint8Array(r.buffer)));
          break;
        case 'Shared': { // a SharedArrayBuffer, a shared WebAssembly.Memory or its buffer, a WebAssembly.Module
          const ref = $.shareRef(r.value);
          kinds[kinds.length - 1] = ref.kind;
          ArrayPrototypePush(out, ref.handle);
          break;
        }
        case 'MessagePort':
        case 'StreamPort': // a transferred stream's port (streams.js): never in the event's ports
          ArrayPrototypePush(out, endpointOf.get(r.port));
          break;
        default: { // Blob, File
          const blob = host.blobData(copyOut($.blobBytes(r.blob)), r.blob.type);
          ArrayPrototypePush(out, r.file ? blob.asFile($.fileName(r.blob), $.fileLastModified(r.blob)) : blob);
        }
      }
    }
    return { __proto__: null, kinds, out };
  }

  /** A resizable ArrayBuffer of this realm holding the bytes of `bytes` (a Java buffer). */
  function resizableCopy(bytes, maxByteLength) {
    const src = new Uint8Array(new ArrayBuffer(bytes));
    const buffer = new ArrayBuffer(src.byteLength, { maxByteLength });
    new Uint8Array(buffer).set(src);
    return buffer;
  }

  /** postMessage's serialization for senders without an endpoint (service workers and their clients). */
  $.serializeMessage = (message, options, prefix) => serializeWithTransfer(message, transferListOf(options, prefix), prefix);

  /** The receiving side for those: {value, ports} or, when deserialization threw, {error: true}. */
  $.receiveMessage = function (data, kinds, refs) {
    const ports = InternalArray();
    try {
      const value = $.deserialize(data, kinds ? materialize(kinds, refs, ports) : InternalArray());
      return { __proto__: null, value, ports: ObjectFreeze(ArrayPrototypeSlice(ports)) };
    } catch (e) {
      for (let i = 0; i < ports.length; i++) closePort(ports[i]);
      return { __proto__: null, error: true, value: null, ports: ObjectFreeze([]) };
    }
  };

  /** The message's references as this realm's objects; the MessagePorts made go to `ports` as they are made. */
  function materialize(kinds, refs, ports) {
    const list = StringPrototypeSplit(kinds, ',');
    const values = InternalArray();
    for (let i = 0; i < list.length; i++) {
      const ref = refs[i];
      const kind = list[i];
      if (kind.startsWith('ArrayBuffer/')) { values[i] = resizableCopy(ref, +kind.slice(12)); continue; }
      switch (kind) {
        case 'ArrayBuffer': values[i] = new ArrayBuffer(ref); break;
        case 'SharedArrayBuffer': case 'WebAssembly.Memory': case 'WebAssembly.Memory.buffer': case 'WebAssembly.Module':
          values[i] = $.shareMaterialize(kind, ref); break;
        case 'MessagePort': values[i] = portFor(ref); ArrayPrototypePush(ports, values[i]); break;
        case 'StreamPort': values[i] = portFor(ref); break;
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
    if (target !== undefined) dispatchMessage(target, data, kinds, refs, '');
  };

  /** Called by Java for a message that could not come here (shared memory from another agent cluster). */
  $.deliverMessageError = function (id) {
    const target = targets.get(id);
    if (target === undefined) return;
    try {
      $.dispatchTrusted(target, $.createPlatformEvent(MessageEvent, 'messageerror', {
        __proto__: null, data: null, origin: '', lastEventId: '', source: null, ports: ObjectFreeze([]), userActivation: null,
      }));
    } catch (e) {
      $.reportException(e);
    }
  };

  /** Deserializes a message that arrived from Java and fires `message` (or `messageerror`) at `target`. */
  function dispatchMessage(target, data, kinds, refs, origin) {
    let value;
    let type = 'message';
    const ports = [];
    try {
      value = $.deserialize(data, kinds ? materialize(kinds, refs, ports) : []);
    } catch (e) {
      // HTML: deserialization threw — messageerror instead, with null data; the ports it made are let go.
      for (let i = 0; i < ports.length; i++) closePort(ports[i]);
      ports.length = 0;
      type = 'messageerror';
      value = null;
    }
    try {
      const ev = $.createPlatformEvent(MessageEvent, type, {
        __proto__: null, data: value, origin, lastEventId: '', source: null, ports: ObjectFreeze(ports), userActivation: null,
      });
      $.dispatchTrusted(target, ev);
    } catch (e) {
      $.reportException(e);
    }
  }

  // ---- window.postMessage ---------------------------------------------------------------------------
  // The harness has one window per page (no frames or popups): a window posts to itself. The message is
  // serialized, and what it transfers is taken, now; it arrives as a task (origin: this window's, source: this
  // window) unless targetOrigin names another origin.
  if ($.agentKind === 'window') {
    const wPrefix = "Failed to execute 'postMessage' on 'Window': ";
    const windowMethods = {
      postMessage(message, targetOrigin, transfer) {
        if (this !== undefined && this !== null && this !== g) throw new TypeError('Illegal invocation');
        $.requireArgs(arguments, 1, 'Window', 'postMessage');
        let list = [];
        let target = '/';
        // overloads: (message, USVString targetOrigin, optional sequence<object> transfer) when a third argument
        // is given or the second is not a dictionary, else (message, optional WindowPostMessageOptions)
        if (arguments.length >= 3 || !(targetOrigin === undefined || targetOrigin === null || isObject(targetOrigin))) {
          target = $.toUSVString(targetOrigin);
          if (transfer !== undefined) {
            const iter = isObject(transfer) ? transfer[Symbol.iterator] : undefined;
            if (typeof iter !== 'function') throw new TypeError(`${wPrefix}The provided value cannot be converted to a sequence.`);
            list = toObjectSequence(transfer, iter, wPrefix);
          }
        } else if (isObject(targetOrigin)) {
          list = transferMember(targetOrigin, wPrefix); // the inherited dictionary's member is read first
          const t = targetOrigin.targetOrigin;
          if (t !== undefined) target = $.toUSVString(t);
        }
        // (the window's own origin and url.js's parser: never the page-replaceable `origin` or `URL` globals)
        let origin = null; // null: any
        if (target === '/') {
          origin = $.locationOrigin();
        } else if (target !== '*') {
          const parsed = $.parseURL(target);
          if (parsed === null) throw new $.DOMException(`${wPrefix}Invalid target origin '${target}' in a call to 'postMessage'.`, 'SyntaxError');
          origin = $.serializeOrigin(parsed);
        }
        const { data, refs } = $.serialize(message, list, wPrefix);
        const values = refs.length === 0 ? refs : $.materializeInRealm(refs);
        $.postTask(() => deliverToWindow(data, refs, values, origin));
      },
    };
    const deliverToWindow = (data, refs, values, origin) => {
      const own = $.locationOrigin();
      if (origin !== null && origin !== own) {
        host.console('error', `Failed to execute 'postMessage' on 'DOMWindow': The target origin provided ('${origin}') does not match the recipient window's origin ('${own}').`);
        return;
      }
      const ports = [];
      for (let i = 0; i < refs.length; i++) if (refs[i].kind === 'MessagePort') ports[ports.length] = values[i];
      let value;
      let type = 'message';
      try {
        value = $.deserialize(data, values);
      } catch (e) {
        type = 'messageerror';
        value = null;
      }
      const ev = $.createPlatformEvent(MessageEvent, type, {
        data: value, origin: own, lastEventId: '', source: g, ports: Object.freeze(ports), userActivation: null,
      });
      $.dispatchTrusted(g, ev);
    };
    Object.defineProperty(g, 'postMessage', { value: windowMethods.postMessage, writable: true, configurable: true, enumerable: true });
  }

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
    start() { startPort(this); }
    close() { closePort(this); }
  }
  function startPort(port) {
    const ep = endpointOf.get(port);
    if (ep !== undefined) host.startPort(ep);
  }
  function closePort(port) {
    const ep = endpointOf.get(port);
    if (ep !== undefined) host.closePort(ep);
  }
  $.toStringTag(MessagePort, 'MessagePort');
  $.defineEventHandler(MessagePort.prototype, 'message');
  $.defineEventHandler(MessagePort.prototype, 'messageerror');
  $.defineEventHandler(MessagePort.prototype, 'close');
  // Setting onmessage starts the port (HTML: the port message queue is enabled).
  const onmessage = ObjectGetOwnPropertyDescriptor(MessagePort.prototype, 'onmessage');
  ObjectDefineProperty(MessagePort.prototype, 'onmessage', {
    __proto__: null,
    get: onmessage.get,
    set: ObjectGetOwnPropertyDescriptor({ set onmessage(v) { FunctionPrototypeCall(onmessage.set, this, v); startPort(this); } }, 'onmessage').set,
    enumerable: true, configurable: true,
  });
  $.isMessagePort = (v) => endpointOf.has(v) || detached.has(v);
  $.isNeuteredPort = (v) => detached.has(v);

  function portFor(endpoint) {
    return new MessagePort(PORT_KEY, endpoint);
  }
  /** This realm's new MessagePort on an endpoint Java gave it (a SharedWorker's port, a connect event's). */
  $.portForEndpoint = portFor;

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

  /**
   * For streams.js's transferred streams: a new entangled pair of ports no page code holds, and posting/starting/
   * closing one through this shim's own functions (never the page-patchable MessagePort.prototype members).
   */
  $.streamPorts = {
    __proto__: null,
    pair() {
      const pair = host.createChannel();
      return InternalArray(portFor(pair[0]), portFor(pair[1]));
    },
    post(port, message) {
      const ep = endpointOf.get(port);
      if (ep !== undefined) postWithTransfer(ep, message, InternalArray(), "Failed to execute 'postMessage' on 'MessagePort': ");
    },
    start: startPort,
    close: closePort,
  };

  class MessageChannel {
    #port1;
    #port2;
    constructor() {
      $.markPlatformObject(this);
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

  // ---- BroadcastChannel (ext/BroadcastChannels.java) ------------------------------------------------
  // A message is serialized here (no transfer) and Java queues it on every other open channel of the same
  // origin and name, in creation order; a channel closed before the task runs gets nothing.
  const channels = new SafeWeakMap(); // BroadcastChannel -> { name, subscription, closed } (null-prototype record)
  const channelById = new SafeMap(); // subscription id -> BroadcastChannel (open ones)
  const bcPrefix = "Failed to execute 'postMessage' on 'BroadcastChannel': ";
  function channelOf(self) {
    const c = channels.get(self);
    if (c === undefined) throw new TypeError('Illegal invocation');
    return c;
  }
  const EventTarget = g.EventTarget;
  function BroadcastChannel(name) {
    if (new.target === undefined) {
      throw new TypeError("Failed to construct 'BroadcastChannel': Please use the 'new' operator, this DOM object constructor cannot be called as a function.");
    }
    $.requireArgs(arguments, 1, 'BroadcastChannel');
    const n = $.toDOMString(name);
    const self = Reflect.construct(EventTarget, [], new.target);
    const subscription = host.broadcastSubscribe(n);
    channels.set(self, { __proto__: null, name: n, subscription, closed: false });
    channelById.set(subscription.id, self);
    return self;
  }
  Object.setPrototypeOf(BroadcastChannel, EventTarget);
  Object.defineProperty(BroadcastChannel, 'prototype', {
    value: Object.create(EventTarget.prototype, { constructor: { value: BroadcastChannel, writable: true, configurable: true } }),
    writable: false,
  });
  $.defineGetters(BroadcastChannel.prototype, { name() { return channelOf(this).name; } });
  $.defineMethods(BroadcastChannel.prototype, {
    postMessage(message) {
      const c = channelOf(this);
      $.requireArgs(arguments, 1, 'BroadcastChannel', 'postMessage');
      if (c.closed) throw new $.DOMException(`${bcPrefix}Channel is closed`, 'InvalidStateError');
      const { data, refs } = $.serialize(message, [], bcPrefix);
      if (refs.length === 0) {
        host.broadcastPost(c.subscription, data, '', null);
      } else {
        const { kinds, out } = javaRefs(refs);
        host.broadcastPost(c.subscription, data, ArrayPrototypeJoin(kinds, ','), out);
      }
    },
    close() {
      const c = channelOf(this);
      if (c.closed) return;
      c.closed = true;
      channelById.delete(c.subscription.id);
      host.broadcastClose(c.subscription);
    },
  });
  $.toStringTag(BroadcastChannel, 'BroadcastChannel');
  $.defineEventHandler(BroadcastChannel.prototype, 'message');
  $.defineEventHandler(BroadcastChannel.prototype, 'messageerror');
  $.defineGlobal('BroadcastChannel', BroadcastChannel);

  /** Called by Java on this agent's thread for a message broadcast to one of its channels. */
  $.deliverBroadcast = function (id, data, kinds, refs, origin) {
    const channel = channelById.get(id);
    if (channel !== undefined && !channels.get(channel).closed) dispatchMessage(channel, data, kinds, refs, origin);
  };
});
