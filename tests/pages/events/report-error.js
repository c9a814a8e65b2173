// capture: realtime
// reportError(e) reports e as an uncaught exception, synchronously: a cancelable error event on the global (an Error
// is located where it was made, any other value where reportError was called), then the console unless canceled.
// A value that is not an Error is named as V8 names it without running page code (unlike a thrown one, whose
// toString runs). In a worker it also reaches the Worker object. (The "Uncaught" lines: report-error.expected-stderr.)
const log = (s) => console.log(String(s).split(location.origin).join('ORIGIN'));
log('typeof ' + typeof reportError + ', length ' + reportError.length + ', enumerable ' + Object.getOwnPropertyDescriptor(self, 'reportError').enumerable);
try { reportError(); } catch (e) { log('no argument: ' + e.name + ': ' + e.message); }
let n = 0;
self.addEventListener('error', (e) => {
  log('error event ' + (++n) + ': ' + e.message + ' | ' + e.filename + ':' + e.lineno + ':' + e.colno + ' | cancelable ' + e.cancelable + ', trusted ' + e.isTrusted);
  if (n === 2) e.preventDefault();
});
log('returns ' + reportError(new TypeError('first')));
reportError(new RangeError('canceled one'));
reportError('a string');
reportError(undefined);
reportError({ message: 'has a message' });
reportError({ toString() { log('toString ran'); return 'custom'; } });
reportError([1, 2]);
reportError(Object.create(null));
reportError(new (class Foo {})());
reportError(Symbol('s'));
reportError(function f() {});
const named = new Error('err');
named.name = 'Custom';
reportError(named);
log('after: synchronous dispatch, ' + n + ' events');
const w = new Worker(URL.createObjectURL(new Blob([`
  self.addEventListener('error', (e) => postMessage('worker error event: ' + e.message));
  reportError(new Error('in worker'));
  postMessage('worker goes on');
`])));
let messages = 0;
w.onerror = (e) => { log('Worker object error event: ' + e.message); e.preventDefault(); };
w.onmessage = (e) => { log(e.data); if (++messages === 2) setTimeout(() => log('done'), 100); };
