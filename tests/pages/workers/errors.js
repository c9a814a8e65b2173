// capture: realtime
// Errors in workers: uncaught exceptions reach the Worker object as ErrorEvents (message, filename, lineno),
// preventDefault() there keeps them out of the console, self.onerror returning true cancels them inside the
// worker, a missing script fires a plain `error` Event.
const strip = (s) => String(s).split(location.origin).join('ORIGIN');
function describe(e) {
  return e.constructor.name + ' type=' + e.type + ' message=' + JSON.stringify(strip(e.message)) + ' filename=' + strip(e.filename) +
    ' lineno=' + e.lineno + ' colno>0=' + (e.colno > 0) + ' error=' + e.error + ' cancelable=' + e.cancelable + ' trusted=' + e.isTrusted;
}
function once(worker, type) {
  return new Promise((resolve) => worker.addEventListener(type, resolve, { once: true }));
}
(async () => {
  // 1. an exception while the script loads
  const a = new Worker('w/throw-at-load.js');
  a.onerror = (e) => { console.log('Worker onerror: ' + describe(e)); e.preventDefault(); };
  const afterLoadError = await once(a, 'message');
  console.log('still alive after load error: ' + afterLoadError.data);

  // 2. an exception in onmessage, twice; the worker keeps working
  a.postMessage('throw');
  await once(a, 'error');
  a.postMessage('ok');
  console.log('after errors: ' + (await once(a, 'message')).data);

  // 3. self.onerror in the worker returning true: nothing reaches the Worker object
  let leaked = 0;
  a.addEventListener('error', () => leaked++);
  a.postMessage('install-onerror');
  console.log((await once(a, 'message')).data);
  a.postMessage('throw');
  console.log('worker saw: ' + (await once(a, 'message')).data);
  a.postMessage('ok');
  await once(a, 'message');
  console.log('errors reaching the Worker while self.onerror returns true: ' + leaked);

  // 4. addEventListener('error') in the worker calling preventDefault()
  a.postMessage('install-listener');
  console.log((await once(a, 'message')).data);
  a.postMessage('throw');
  console.log('worker listener saw: ' + (await once(a, 'message')).data);
  a.postMessage('ok');
  await once(a, 'message');
  console.log('errors reaching the Worker after preventDefault inside: ' + leaked);
  a.terminate();

  // 5. missing script: a plain Event
  const m = new Worker('w/does-not-exist.js');
  const ev = await once(m, 'error');
  console.log('missing script: ' + ev.constructor.name + ' ' + ev.type + ' ' + (ev instanceof ErrorEvent) + ' cancelable=' + ev.cancelable + ' bubbles=' + ev.bubbles + ' target=' + (ev.target === m));

  // 5b. module worker whose static import is missing: also a plain Event
  const mm = new Worker('w/module-missing-dep.js', { type: 'module' });
  mm.onmessage = (e) => console.log('module with a missing import ran (unexpected): ' + e.data);
  const mev = await once(mm, 'error');
  console.log('module missing import: ' + mev.constructor.name + ' ' + mev.type + ' cancelable=' + mev.cancelable);
  mm.terminate();

  // 6. error in a nested worker propagates to the outer worker's Worker object, not further
  const outer = new Worker('w/error-outer.js');
  outer.onerror = (e) => console.log('outer Worker got error (unexpected): ' + e.message);
  console.log('nested: ' + (await once(outer, 'message')).data);
  outer.terminate();

  // 7. unhandled promise rejection in a worker: no error event on the Worker object
  const r = new Worker('w/reject.js');
  r.onerror = (e) => { console.log('rejection became an error event: ' + e.message); e.preventDefault(); };
  console.log('rejection: ' + (await once(r, 'message')).data);
  r.terminate();
  console.log('done');
})();
