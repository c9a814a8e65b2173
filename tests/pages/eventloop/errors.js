// Uncaught errors and unhandled rejections reach the global's events; preventDefault/return true cancel them.
const out = (s) => console.log(s);
window.addEventListener('error', (e) => {
  out('error event: ' + e.constructor.name + ' message=' + e.message + ' file=' + e.filename.split('/').pop() + ' line=' + e.lineno + ' error=' + (e.error && e.error.message) + ' cancelable=' + e.cancelable + ' trusted=' + e.isTrusted);
  e.preventDefault();
});
window.addEventListener('unhandledrejection', (e) => {
  out('unhandledrejection: ' + e.constructor.name + ' reason=' + e.reason + ' promise is Promise: ' + (e.promise instanceof Promise));
  e.preventDefault();
});
setTimeout(() => {
  throw new Error('from a timer');
}, 0);
Promise.reject('rejected value');
const handledLater = Promise.reject(new Error('handled in the same turn'));
handledLater.catch(() => out('caught in time'));
queueMicrotask(() => { throw new TypeError('from a microtask'); });
setTimeout(() => {
  window.onerror = function (message, file, line, col, error) {
    out('onerror args: ' + message + ' | ' + file.split('/').pop() + ' | ' + line + ' | ' + (error instanceof RangeError));
    return true;
  };
  setTimeout(() => { notDefinedAnywhere(); }, 0);
  setTimeout(() => { throw new RangeError('cancelled by onerror'); }, 5);
  setTimeout(() => out('still running'), 20);
}, 10);
