// A listener's exception is reported (window.onerror) and does not stop the other listeners.
const t = new EventTarget();
window.onerror = function (message, filename, lineno, colno, error) {
  console.log('onerror: ' + message + ' | ' + (error && error.message) + ' | ' + (this === window));
  return true;
};
t.addEventListener('x', () => { throw new Error('first'); });
t.addEventListener('x', { get handleEvent() { throw new RangeError('getter'); } });
t.addEventListener('x', {});
t.addEventListener('x', () => console.log('third listener ran'));
console.log('result: ' + t.dispatchEvent(new Event('x')));
const ac = new AbortController();
ac.signal.onabort = () => { throw new TypeError('from onabort'); };
ac.signal.addEventListener('abort', () => console.log('abort listener ran'));
ac.abort();
console.log('end');
