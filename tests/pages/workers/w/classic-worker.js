// Worker side of classic.js.
var loaded = [];
postMessage('hello from ' + typeof self);
onmessage = function (e) {
  const q = e.data;
  let r;
  try {
    switch (q) {
      case 'echo': r = 'echo ' + (e.target === self) + ' ' + e.constructor.name; break;
      case 'name': r = self.name; break;
      case 'href': r = self.location.href + ' ' + Object.prototype.toString.call(self.location) + ' ' + String(location); break;
      case 'scope':
        r = [self instanceof WorkerGlobalScope, self instanceof DedicatedWorkerGlobalScope, self instanceof EventTarget,
          Object.prototype.toString.call(self), self === globalThis, typeof WorkerGlobalScope,
          typeof importScripts, typeof postMessage, typeof close].join(' ');
        break;
      case 'window': r = typeof window + ' ' + typeof document + ' ' + typeof Window; break;
      case 'import-one':
        importScripts('lib-a.js');
        r = 'after import: ' + loaded.join(',') + ' ' + libA();
        break;
      case 'import-many':
        loaded = [];
        importScripts('lib-a.js', './sub/lib-b.js', new URL('lib-a.js', location.href).href);
        r = loaded.join(',');
        break;
      case 'import-missing':
        loaded = [];
        importScripts('lib-a.js', 'missing.js', './sub/lib-b.js');
        r = 'no throw';
        break;
      case 'import-bad-url': importScripts('http://[bad'); r = 'no throw'; break;
      case 'import-none': r = String(importScripts()); break;
      case 'import-throws': importScripts('lib-throws.js'); r = 'no throw'; break;
      case 'navigator': r = Object.prototype.toString.call(navigator) + ' ' + typeof navigator.userAgent; break;
      case 'location-parts': r = [location.pathname, location.origin === self.origin, location.search].join(' '); break;
      default: r = q;
    }
  } catch (err) {
    r = (err && err.constructor && err.constructor.name) + ' ' + err.name + ': ' + err.message.split(location.origin).join('ORIGIN') + (q === 'import-missing' ? ' loaded=' + loaded.join(',') : '');
  }
  postMessage(typeof r === 'string' ? r.split(location.origin).join('ORIGIN') : r);
};
