// Event handler IDL attributes (onabort on AbortSignal), ordering and return values.
const s = new AbortController();
const sig = s.signal;
const log = [];
console.log('initial: ' + sig.onabort);
const d = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort');
console.log('desc: ' + [typeof d.get, typeof d.set, d.enumerable, d.configurable, d.get.name, d.set.name].join(','));
sig.addEventListener('abort', () => log.push('a'));
sig.onabort = () => log.push('h1');
sig.addEventListener('abort', () => log.push('b'));
sig.onabort = function (ev) { log.push('h2:' + (this === sig) + ':' + ev.type + ':' + ev.isTrusted + ':' + arguments.length); };
sig.onabort = 5;
console.log('after 5: ' + sig.onabort);
sig.onabort = function () { log.push('h3'); };
const o = {};
sig.onabort = o;
console.log('object kept: ' + (sig.onabort === o));
sig.onabort = function () { log.push('h4'); };
s.abort();
console.log('order: ' + log.join(' '));
console.log('illegal: ' + (() => { try { d.get.call({}); return 'no'; } catch (e) { return e.name + ': ' + e.message; } })());
// returning false from a handler cancels (via dispatchEvent on the signal)
const s2 = new AbortController().signal;
s2.onabort = () => false;
console.log('return false: ' + s2.dispatchEvent(new Event('abort', { cancelable: true })));
s2.onabort = () => true;
console.log('return true: ' + s2.dispatchEvent(new Event('abort', { cancelable: true })));
// handler set, then null, then set: moves to the end
const s3 = new AbortController().signal;
const l3 = [];
s3.onabort = () => l3.push('h');
s3.addEventListener('abort', () => l3.push('x'));
s3.onabort = null;
s3.onabort = () => l3.push('h2');
s3.dispatchEvent(new Event('abort'));
console.log('re-added order: ' + l3.join(' '));
// window.onerror special signature for ErrorEvent on the global
window.onerror = function (msg, file, line, col, err) {
  console.log('onerror args: ' + [arguments.length, msg, file, line, col, err && err.message].join('|'));
  return true;
};
const ee = new ErrorEvent('error', { message: 'msg', filename: 'file.js', lineno: 7, colno: 9, error: new Error('E'), cancelable: true });
console.log('dispatch ErrorEvent: ' + window.dispatchEvent(ee) + ' ' + ee.defaultPrevented);
window.onerror = function (x) { console.log('plain event arg: ' + (x instanceof Event) + ' ' + x.type); return false; };
console.log('dispatch Event: ' + window.dispatchEvent(new Event('error', { cancelable: true })));
window.onerror = null;
