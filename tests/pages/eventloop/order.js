// Task/microtask ordering: sync code, promise jobs, queueMicrotask, MessageChannel tasks and timers.
// capture: realtime (the order of timers against posted messages is only right in real time)
const log = [];
const out = (s) => console.log(s);
out('script start');
setTimeout(() => {
  out('timeout 1');
  Promise.resolve().then(() => out('microtask inside timeout 1'));
  queueMicrotask(() => out('queueMicrotask inside timeout 1'));
}, 0);
setTimeout(() => out('timeout 2'), 0);
const ch = new MessageChannel();
ch.port1.onmessage = (e) => {
  out('message ' + e.data);
  Promise.resolve().then(() => out('microtask after message ' + e.data));
};
ch.port2.postMessage('A');
ch.port2.postMessage('B');
Promise.resolve().then(() => {
  out('promise 1');
  Promise.resolve().then(() => out('promise 1 nested'));
}).then(() => out('promise 1 then'));
queueMicrotask(() => out('queueMicrotask 1'));
(async () => {
  out('async fn start');
  await null;
  out('async fn after await');
})();
out('script end');
