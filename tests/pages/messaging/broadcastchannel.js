// capture: realtime
// BroadcastChannel: a message reaches every other channel of the same name and origin (windows and workers),
// in creation order, never its sender; closed channels neither send nor receive. What the workers report arrives
// in whatever order their threads run: each phase prints the window's channels' lines in order, then the workers'
// lines sorted.
const out = (s) => console.log(s);
let windowLines = [], workerLines = [];
function flush(phase) {
  out(`-- ${phase}`);
  windowLines.forEach(out);
  workerLines.sort().forEach(out);
  windowLines = []; workerLines = [];
}
const show = (who) => (e) => windowLines.push(`${who} got ${JSON.stringify(e.data, (k, v) => (v instanceof Uint8Array ? Array.from(v) : v))} | origin-ok ${e.origin === location.origin} | source ${e.source} | ports ${e.ports.length} | ${e.constructor.name} trusted ${e.isTrusted}`);
const a = new BroadcastChannel('news');
const b = new BroadcastChannel('news');
const other = new BroadcastChannel('sports');
a.onmessage = show('a');
b.addEventListener('message', show('b'));
other.onmessage = show('sports');
out(`name ${a.name} ${String(new BroadcastChannel(42).name)} toString ${Object.prototype.toString.call(a)}`);
function attempt(label, f) {
  try { out(label + ': ' + f()); } catch (e) { out(label + ': ' + e.name + ': ' + e.message); }
}
attempt('no argument', () => new BroadcastChannel());
attempt('call without new', () => BroadcastChannel('x'));
attempt('postMessage without argument', () => a.postMessage());
attempt('postMessage a function', () => a.postMessage(() => 1));
attempt('postMessage with a port', () => { const { port1 } = new MessageChannel(); a.postMessage(port1); });
const closed = new BroadcastChannel('news');
closed.onmessage = show('closed channel');
closed.close();
closed.close();
attempt('postMessage after close', () => closed.postMessage('x'));

a.postMessage('from a (window)');
b.postMessage('from b (window)');
const workers = [];
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
function startWorker(n) {
  return new Promise((resolve) => {
    const w = new Worker('w/broadcast-worker.js', { name: n });
    workers.push(w);
    w.onmessage = (e) => {
      workerLines.push('worker says: ' + e.data);
      if (e.data.endsWith('ready')) resolve();
    };
  });
}
(async () => {
  await wait(100);
  flush('window channels');
  await startWorker('w1');
  await wait(300);
  flush('w1 started');
  await startWorker('w2');
  await wait(300);
  flush('w2 started');
  a.postMessage('to everyone');
  await wait(300);
  flush('to everyone');
  a.postMessage('worker: close');
  await wait(300);
  flush('workers closing');
  a.postMessage('after the workers closed');
  b.close();
  a.postMessage('after b closed');
  await wait(300);
  flush('b closed');
  workers.forEach((w) => w.terminate());
  a.close();
  other.close();
})();
