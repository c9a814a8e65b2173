// capture: realtime
// A navigation into a registered scope goes through the service worker's fetch event (mode 'navigate', destination
// 'document', an empty clientId and the new window's id as resultingClientId), the new document is controlled from
// its start, and the HTML the service worker answers with is what runs. The harness cannot navigate from a page
// (location.href is read-only there): ServiceWorkerTest runs this page, then Page.navigate()s to nav/page.html, and
// compares the console with navigate.navigation-expected (what Chromium printed for the same flow).
const log = (s) => console.log(s);
(async () => {
  const reg = await navigator.serviceWorker.register('navigate-sw.js', { scope: 'nav/' });
  const w = reg.installing || reg.waiting || reg.active;
  if (w.state !== 'activated') await new Promise((r) => w.addEventListener('statechange', () => { if (w.state === 'activated') r(); }));
  log('registered for nav/, the first page is controlled: ' + (navigator.serviceWorker.controller !== null));
  try { location.href = 'nav/page.html'; } catch (e) { /* the harness: Page.navigate() follows */ }
})().catch((e) => log('failed: ' + e.name + ': ' + e.message));
