// The worker: calls the page synchronously. Each call is a synchronous XMLHttpRequest to rpc/<method>; the service
// worker answers it with what the page computed asynchronously. The worker's code reads as if the page's APIs were
// its own, blocking ones.
function call(method, ...args) {
  const xhr = new XMLHttpRequest();
  xhr.open('POST', 'rpc/' + method, false); // false: synchronous
  xhr.setRequestHeader('content-type', 'application/json');
  xhr.send(JSON.stringify(args));
  const reply = JSON.parse(xhr.responseText);
  if ('error' in reply) throw new Error(reply.error);
  return reply.result;
}

postMessage('worker: the page is called "' + call('title') + '"');
postMessage('worker: the page fetched "' + call('fetchText', 'data.txt').trim() + '"');
const t0 = performance.now();
const slept = call('sleep', 50);
postMessage('worker: ' + slept + ', blocked at least that long: ' + (performance.now() - t0 >= 50));
let sum = 0;
for (let i = 1; i <= 100; i++) sum = call('add', sum, i);
postMessage('worker: 100 synchronous calls, sum 1..100 = ' + sum);
try {
  call('nope');
} catch (e) {
  postMessage('worker: a failing call throws: ' + e.message);
}
