// capture: realtime
// terminate() stops a worker even inside an endless loop, the page keeps running; self.close() stops a
// worker from receiving further messages.
function once(target, type) {
  return new Promise((resolve) => target.addEventListener(type, resolve, { once: true }));
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  const spin = new Worker('w/spin.js');
  console.log('spin: ' + (await once(spin, 'message')).data);
  let late = 0;
  spin.onmessage = () => late++;
  spin.terminate();
  console.log('terminate() returned: ' + String(spin.terminate()));
  await sleep(50);
  console.log('timer fired after terminate');
  const t0 = Date.now();
  await sleep(10);
  console.log('another timer fired: ' + (Date.now() >= t0));
  spin.postMessage('ignored');
  console.log('postMessage to a terminated worker does not throw');
  console.log('messages after terminate: ' + late);

  // terminate before the script even loaded: no message, no error
  const early = new Worker('w/spin.js');
  let events = 0;
  early.onmessage = () => events++;
  early.onerror = () => events++;
  early.terminate();
  await sleep(100);
  console.log('events from a worker terminated at once: ' + events);

  // self.close(): the rest of the current task runs, later messages are dropped
  const c = new Worker('w/closer.js');
  const got = [];
  await new Promise((resolve) => {
    c.onmessage = (e) => { got.push(e.data); if (got.length === 3) resolve(); };
    c.postMessage('first');
  });
  c.postMessage('second');
  c.postMessage('third');
  await sleep(200);
  console.log('close(): ' + got.join(', '));

  // a worker terminating its own nested worker that spins
  const n = new Worker('w/terminate-nested.js');
  console.log('nested: ' + (await once(n, 'message')).data);
  n.terminate();
  console.log('done');
})();
