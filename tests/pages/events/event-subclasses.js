// CustomEvent, ErrorEvent, PromiseRejectionEvent, MessageEvent.
function show(label, f) {
  try { console.log(label + ': ' + String(f())); } catch (e) { console.log(label + ' threw ' + e.name + ': ' + e.message); }
}
show('CustomEvent default', () => String(new CustomEvent('c').detail));
show('CustomEvent detail', () => { const e = new CustomEvent('c', { detail: { n: 1 }, bubbles: true }); return [e.detail.n, e.bubbles, String(e), e instanceof Event].join(','); });
show('initCustomEvent', () => { const e = new CustomEvent('c'); e.initCustomEvent('d', true, true, 'det'); return [e.type, e.bubbles, e.cancelable, e.detail].join(','); });
show('initCustomEvent no args', () => new CustomEvent('c').initCustomEvent());
show('CustomEvent no args', () => new CustomEvent());
show('detail on Event', () => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x')));
show('CustomEvent proto', () => Object.getPrototypeOf(CustomEvent) === Event && Object.getPrototypeOf(CustomEvent.prototype) === Event.prototype);
show('ErrorEvent default', () => { const e = new ErrorEvent('e'); return JSON.stringify([e.message, e.filename, e.lineno, e.colno, String(e.error)]); });
show('ErrorEvent values', () => { const e = new ErrorEvent('e', { message: 'm', filename: 'f', lineno: -1, colno: 2.9, error: 0 }); return [e.message, e.filename, e.lineno, e.colno, e.error].join('|'); });
show('ErrorEvent order', () => { const seen = []; new ErrorEvent('x', new Proxy({}, { get(t, k) { seen.push(String(k)); } })); return seen.join(','); });
show('ErrorEvent names', () => Object.getOwnPropertyNames(ErrorEvent.prototype).join(','));
show('PRE no init', () => new PromiseRejectionEvent('x'));
show('PRE no promise', () => new PromiseRejectionEvent('x', {}));
show('PRE values', () => { const p = Promise.resolve(1); const e = new PromiseRejectionEvent('x', { promise: p, reason: 'r' }); return [e.promise === p, e.reason, String(e)].join(','); });
show('PRE non-promise', () => new PromiseRejectionEvent('x', { promise: 5 }).promise instanceof Promise);
show('PRE length', () => PromiseRejectionEvent.length);
show('MessageEvent default', () => { const e = new MessageEvent('message'); return [e.data, JSON.stringify(e.origin), JSON.stringify(e.lastEventId), e.source, e.ports.length, Object.isFrozen(e.ports), Array.isArray(e.ports), e.ports === e.ports, e.userActivation].join(','); });
show('MessageEvent values', () => { const arr = []; const e = new MessageEvent('message', { data: { a: 1 }, origin: 'https://x', lastEventId: '7', source: window, ports: arr }); return [e.data.a, e.origin, e.lastEventId, e.source === window, e.ports === arr, e.ports.length].join(','); });
show('MessageEvent bad source', () => new MessageEvent('m', { source: 5 }));
show('MessageEvent EventTarget source', () => new MessageEvent('m', { source: new EventTarget() }));
show('MessageEvent bad ports', () => new MessageEvent('m', { ports: 5 }));
show('MessageEvent bad port item', () => new MessageEvent('m', { ports: [5] }));
show('MessageEvent order', () => { const seen = []; new MessageEvent('x', new Proxy({}, { get(t, k) { seen.push(String(k)); } })); return seen.join(','); });
show('initMessageEvent', () => { const e = new MessageEvent('m'); e.initMessageEvent('n', true, false, 'd', 'o', 'id', null, []); return [e.type, e.bubbles, e.cancelable, e.data, e.origin, e.lastEventId, e.source, e.ports.length].join(','); });
show('initMessageEvent bad source', () => new MessageEvent('m').initMessageEvent('n', true, false, 'd', 'o', 'id', 5));
show('initMessageEvent bad ports', () => new MessageEvent('m').initMessageEvent('n', true, false, 'd', 'o', 'id', null, 5));
show('initMessageEvent none', () => new MessageEvent('m').initMessageEvent());
show('MessageEvent names', () => Object.getOwnPropertyNames(MessageEvent.prototype).join(','));
show('lengths', () => [CustomEvent.length, ErrorEvent.length, MessageEvent.length, CustomEvent.prototype.initCustomEvent.length, MessageEvent.prototype.initMessageEvent.length].join(','));
show('tags', () => [new CustomEvent('a'), new ErrorEvent('a'), new MessageEvent('a'), new PromiseRejectionEvent('a', { promise: Promise.resolve() })].map((x) => Object.prototype.toString.call(x)).join(','));
