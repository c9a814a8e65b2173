// capture: realtime
// self.close() in a shared worker: what it posts in the same task still arrives, its timers never fire, messages
// to it go nowhere, and the next constructor call with the same key starts a new worker.
const log = (s) => console.log(s);
const w = new SharedWorker('w/closer.js', 'closing');
const seen = [];
w.port.onmessage = (e) => {
  seen.push(e.data);
  if (e.data !== 'closing') return;
  w.port.postMessage('are you there?');
  setTimeout(() => {
    log('first worker said: ' + seen.join(' | '));
    const again = new SharedWorker('w/closer.js', 'closing');
    again.port.onmessage = (m) => { log('next constructor: ' + m.data); if (m.data === 'closing') log('done'); };
  }, 500);
};
