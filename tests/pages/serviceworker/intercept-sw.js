// The service worker of intercept.js: serves everything under v/ itself — a worker script, a script it imports,
// modules, a wasm module — so that a client can only get them through it.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
const ADD_WASM = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x07, 0x01, 0x60, 0x02, 0x7f, 0x7f,
  0x01, 0x7f, 0x03, 0x02, 0x01, 0x00, 0x07, 0x07, 0x01, 0x03, 0x61, 0x64, 0x64, 0x00, 0x00, 0x0a, 0x09, 0x01, 0x07, 0x00,
  0x20, 0x00, 0x20, 0x01, 0x6a, 0x0b]);
// a worker script of a cross-origin isolated page must itself say COEP require-corp (or the worker fails to load)
const JS = { 'content-type': 'text/javascript', 'cross-origin-embedder-policy': 'require-corp' };
const files = {
  'worker.js': [`importScripts('lib.js');
    const x = new XMLHttpRequest(); x.open('GET', 'data', false); x.send();
    postMessage('worker: ' + libValue + ', sync XHR got ' + x.responseText);
    fetch('data').then((r) => r.text()).then((t) => postMessage('worker fetch got ' + t));`, JS],
  'lib.js': ['self.libValue = "importScripts ran lib.js from the service worker";', JS],
  'mod.js': ['import { two } from "./dep.js"; export const value = "module from the service worker, dep says " + two;', JS],
  'dep.js': ['export const two = 2;', JS],
  'module-worker.js': ['import { value } from "./mod.js"; postMessage("module worker: " + value);', JS],
  'add.wasm': [ADD_WASM, { 'content-type': 'application/wasm' }],
};
self.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  const at = url.pathname.indexOf('/v/');
  if (at < 0) return;
  const name = url.pathname.slice(at + 3);
  if (name === 'data') {
    e.respondWith(new Response('data for ' + e.request.destination + ' from ' + (e.clientId ? 'a client' : 'nobody')));
    return;
  }
  const f = files[name];
  e.respondWith(f ? new Response(f[0], { headers: f[1] }) : new Response('not here', { status: 404 }));
});
