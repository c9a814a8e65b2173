// The page: registers the service worker, waits until it controls the page, answers the worker's calls with
// asynchronous APIs (fetch, a timer), then starts the worker.
const log = (s) => console.log(s);

// What the worker may call. Each answer comes from an asynchronous API: the worker's synchronous XHR waits for it.
const api = {
  title: async () => document_title(),
  fetchText: async (url) => (await fetch(url)).text(),
  sleep: (ms) => new Promise((resolve) => setTimeout(() => resolve('slept ' + ms + ' ms'), ms)),
  add: async (a, b) => a + b,
};
function document_title() { return 'Partytown technique'; }

navigator.serviceWorker.addEventListener('message', async (e) => {
  const { id, method, args } = e.data;
  let reply;
  try {
    reply = { id, result: await api[method](...args) };
  } catch (err) {
    reply = { id, error: String(err) };
  }
  e.source.postMessage(reply);
});

(async () => {
  await navigator.serviceWorker.register('sw.js');
  await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) {
    await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  }
  log('page: controlled by ' + navigator.serviceWorker.controller.scriptURL.split('/').pop());
  navigator.serviceWorker.controller.postMessage({ hello: 'page' }); // tells the service worker which client answers calls
  const worker = new Worker('worker.js');
  worker.onmessage = (e) => log(e.data);
})();
