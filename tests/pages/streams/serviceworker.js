// capture: realtime
// A service worker answers with a Response whose body is a ReadableStream; the page reads
// the answers whole and through response.body; the service worker has the stream globals.
const log = (s) => console.log(s);
navigator.serviceWorker.addEventListener('message', (e) => log('sw: ' + e.data));
(async () => {
  await navigator.serviceWorker.register('serviceworker-sw.js');
  await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  const r = await fetch('s/streamed');
  log('streamed: ' + r.status + ' ' + r.headers.get('content-type') + ' ' + JSON.stringify(await r.text()));
  const r2 = await fetch('s/streamed');
  const reader = r2.body.getReader();
  let text = '';
  const dec = new TextDecoder();
  for (let c = await reader.read(); !c.done; c = await reader.read()) text += dec.decode(c.value, { stream: true });
  log('through body: ' + JSON.stringify(text) + ' bodyUsed ' + r2.bodyUsed);
  navigator.serviceWorker.controller.postMessage('globals?');
  await new Promise((r) => setTimeout(r, 500));
  log('end');
})();
