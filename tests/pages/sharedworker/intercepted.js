// capture: realtime
// A shared worker's script request goes through the service worker whose scope holds the worker's URL (the page
// itself is outside it), as a request of destination "sharedworker": here the service worker makes the script.
(async () => {
  await navigator.serviceWorker.register('w/intercept-sw.js');
  const registration = await navigator.serviceWorker.getRegistration('w/');
  const sw = registration.installing || registration.waiting || registration.active;
  if (sw.state !== 'activated') await new Promise((resolve) => sw.addEventListener('statechange', () => { if (sw.state === 'activated') resolve(); }));
  const w = new SharedWorker('w/synth.js');
  w.onerror = () => console.log('shared worker error');
  w.port.onmessage = (e) => { console.log('shared worker says: ' + e.data); console.log('done'); };
})();
