// AbortController / AbortSignal including timeout (asynchronous) and any().
function show(label, f) {
  try { console.log(label + ': ' + String(f())); } catch (e) { console.log(label + ' threw ' + e.name + ': ' + e.message); }
}
const c = new AbortController();
const s = c.signal;
const log = [];
s.addEventListener('abort', (e) => log.push(e.type + ':' + e.isTrusted + ':' + (e.target === s) + ':' + e.bubbles + ':' + e.cancelable));
show('initial', () => [s.aborted, s.reason, c.signal === s, s instanceof EventTarget].join(','));
c.abort();
c.abort('second');
show('aborted', () => [s.aborted, s.reason.name, s.reason.message, s.reason.code, s.reason instanceof DOMException, log.join(' ')].join(','));
show('throwIfAborted', () => s.throwIfAborted());
show('throwIfAborted custom', () => { try { AbortSignal.abort(42).throwIfAborted(); } catch (e) { return 'caught ' + e; } });
show('not aborted throwIfAborted', () => new AbortController().signal.throwIfAborted());
show('abort(reason)', () => { const x = new AbortController(); x.abort(5); return x.signal.reason; });
show('static abort', () => { const a = AbortSignal.abort(); return [a.aborted, a.reason.name].join(','); });
show('new AbortSignal', () => new AbortSignal());
show('call AbortController', () => AbortController());
show('tags', () => String(s) + ' ' + String(c));
show('names', () => Object.getOwnPropertyNames(AbortSignal.prototype).join(',') + ' / ' + Object.getOwnPropertyNames(AbortSignal).join(',') + ' / ' + Object.getOwnPropertyNames(AbortController.prototype).join(','));
show('any', () => {
  const a = new AbortController(), b = new AbortController();
  const any = AbortSignal.any([a.signal, b.signal]);
  const nested = AbortSignal.any([any]);
  const order = [];
  any.onabort = () => order.push('any');
  nested.onabort = () => order.push('nested');
  b.signal.onabort = () => order.push('b');
  b.abort('why');
  return [any.aborted, any.reason, nested.aborted, nested.reason, order.join('>')].join(',');
});
show('any pre-aborted', () => { const x = AbortSignal.any([new AbortController().signal, AbortSignal.abort('pre')]); return [x.aborted, x.reason].join(','); });
show('any empty', () => AbortSignal.any([]).aborted);
show('any bad', () => AbortSignal.any([1]));
show('any not iterable', () => AbortSignal.any(1));
show('timeout bad', () => AbortSignal.timeout(-1));
show('timeout NaN', () => AbortSignal.timeout(NaN));
show('timeout none', () => AbortSignal.timeout());
const t = AbortSignal.timeout(10);
show('timeout initially', () => t.aborted);
t.onabort = (e) => {
  console.log('timeout fired: ' + [t.aborted, t.reason.name, t.reason.message, t.reason.code, e.isTrusted].join(','));
};
