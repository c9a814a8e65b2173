// capture: realtime
// Platform objects that are neither serializable nor transferable are refused with DataCloneError, by
// structuredClone and by postMessage; a port that was already transferred cannot be transferred again.
function attempt(label, f) {
  try { console.log(label + ': ' + f()); } catch (e) { console.log(label + ': ' + e.name + ': ' + e.message); }
}
const objects = {
  Response: () => new Response(),
  Request: () => new Request('http://localhost/x'),
  Headers: () => new Headers(),
  URL: () => new URL('http://localhost/'),
  URLSearchParams: () => new URLSearchParams('a=1'),
  TextEncoder: () => new TextEncoder(),
  TextDecoder: () => new TextDecoder(),
  AbortController: () => new AbortController(),
  AbortSignal: () => AbortSignal.abort(),
  MessageChannel: () => new MessageChannel(),
  Event: () => new Event('x'),
  EventTarget: () => new EventTarget(),
  Performance: () => performance,
  Location: () => location,
  Navigator: () => navigator,
  Worker: () => new Worker('data:text/javascript,'),
};
for (const [name, make] of Object.entries(objects)) {
  const v = make();
  attempt(`structuredClone(${name})`, () => typeof structuredClone(v));
  attempt(`structuredClone({inner: ${name}})`, () => typeof structuredClone({ inner: v }));
  attempt(`transfer ${name}`, () => typeof structuredClone(v, { transfer: [v] }));
  if (v instanceof Worker) v.terminate();
}
const { port1 } = new MessageChannel();
attempt('postMessage(Response)', () => port1.postMessage(new Response()));
attempt('postMessage(TextEncoder)', () => port1.postMessage([new TextEncoder()]));
const blob = new Blob(['x']);
attempt('transfer a Blob', () => structuredClone(blob, { transfer: [blob] }));

const { port1: p } = new MessageChannel();
attempt('first transfer of a port', () => typeof structuredClone(p, { transfer: [p] }));
attempt('second transfer of the same port', () => typeof structuredClone(p, { transfer: [p] }));
attempt('cloning a transferred port', () => typeof structuredClone(p));
attempt('posting a transferred port', () => port1.postMessage(p, [p]));
const { port1: q } = new MessageChannel();
port1.postMessage(null, [q]);
attempt('transferring a port posted away', () => typeof structuredClone(q, { transfer: [q] }));
attempt('posting a port posted away', () => port1.postMessage(q, [q]));
