// worker of wait.js: Atomics.wait in a dedicated worker ("not-equal", "timed-out", "ok"), and waitAsync waiters
// that the window counts with notify.
onmessage = (e) => {
  const { i32, b64 } = e.data;
  const r = [];
  r.push('view ' + i32.constructor.name + ' byteOffset ' + i32.byteOffset + ' length ' + i32.length + ' shared ' + (i32.buffer instanceof SharedArrayBuffer));
  r.push('wait(i32, 0, 1) -> ' + Atomics.wait(i32, 0, 1));
  r.push('wait(i32, 0, 0, 0) -> ' + Atomics.wait(i32, 0, 0, 0));
  r.push('wait(i32, 0, 0, 30) -> ' + Atomics.wait(i32, 0, 0, 30));
  r.push('wait(i32, 0, 0, NaN) while the window notifies -> (below)');
  postMessage({ step: 'sync', lines: r });
  // The window calls Atomics.notify(i32, 0) until it wakes someone: this wait must end "ok".
  const ok = Atomics.wait(i32, 0, 0, NaN);
  const ok64 = (postMessage({ step: 'wait64' }), Atomics.wait(b64, 1, -5n));
  // Three async waiters on i32[2], registered before the message below is posted.
  const results = [];
  for (let k = 0; k < 3; k++) {
    const w = Atomics.waitAsync(i32, 2, 0);
    w.value.then((v) => {
      results.push(k + ':' + v);
      if (results.length === 3) postMessage({ step: 'async-done', lines: ['async waiters resolved ' + results.join(' ')] });
    });
  }
  postMessage({ step: 'registered', lines: ['wait -> ' + ok, 'wait(b64, 1, -5n) -> ' + ok64, 'waitAsync registered 3 waiters'] });
};
