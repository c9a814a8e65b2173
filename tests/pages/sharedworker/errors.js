// capture: realtime
// Errors and a SharedWorker object: a script that cannot be fetched or parsed, or a running worker of the same
// key with another type or credentials, fire a plain `error` Event (Chromium logs why); an exception while the
// script first runs fires an ErrorEvent after it is logged (preventDefault cannot unlog it), and the worker lives
// on; one its own global cancels (onerror returning true) reaches nobody. (The logged lines are the harness's
// stderr: errors.expected-stderr.)
const log = (s) => console.log(s);
const strip = (s) => String(s).split(location.origin).join('ORIGIN');
const describe = (e) => e.constructor.name + ' ' + e.type + ' cancelable=' + e.cancelable + ' bubbles=' + e.bubbles +
  (e instanceof ErrorEvent ? ' message=' + e.message + ' filename=' + strip(e.filename) + ' lineno=' + e.lineno : '');
const errorOf = (w) => new Promise((resolve) => { w.onerror = (e) => { e.preventDefault(); resolve(describe(e)); }; });
const messageOf = (w) => new Promise((resolve) => { w.port.onmessage = (e) => resolve(e.data); });
(async () => {
  log('missing script: ' + await errorOf(new SharedWorker('w/missing.js')));
  log('syntax error: ' + await errorOf(new SharedWorker('w/syntax-error.js')));
  const throwing = new SharedWorker('w/throws.js');
  log('throws while it runs: ' + await errorOf(throwing));
  log('and lives on: ' + await messageOf(throwing));
  const canceled = new SharedWorker('w/cancels-own.js');
  let leaked = false;
  canceled.onerror = () => { leaked = true; };
  log('canceled by its own global: ' + await messageOf(canceled) + ', error event: ' + leaked);
  const running = new SharedWorker('w/counter.js', 'typed');
  await messageOf(running);
  log('module with the same key: ' + await errorOf(new SharedWorker('w/counter.js', { name: 'typed', type: 'module' })));
  log('other credentials: ' + await errorOf(new SharedWorker('w/counter.js', { name: 'typed', credentials: 'include' })));
  const same = new SharedWorker('w/counter.js', { name: 'typed', credentials: 'same-origin', type: 'classic' });
  log('same type and credentials: connections=' + (await messageOf(same)).connections);
  log('done');
})();
