import { greet, counter } from './mod-a.js';
import * as b from './sub/mod-b.js';

const topThis = this;
self.onmessage = async (e) => {
  let r;
  try {
    switch (e.data) {
      case 'static': r = greet('static') + ' ' + counter() + ' ' + b.where; break;
      case 'dynamic': {
        const m = await import('./sub/mod-b.js');
        const a = await import('./mod-a.js');
        r = (m === b) + ' ' + m.where + ' ' + a.counter() + ' ' + Object.prototype.toString.call(m);
        break;
      }
      case 'importScripts': importScripts('lib-a.js'); r = 'no throw'; break;
      case 'this': r = String(topThis); break;
      case 'name': r = self.name; break;
      case 'scope': r = (self instanceof DedicatedWorkerGlobalScope) + ' ' + typeof window + ' ' + typeof importScripts; break;
    }
  } catch (err) {
    r = err.constructor.name + ': ' + err.message.split(location.origin).join('ORIGIN');
  }
  postMessage(r);
};
postMessage('module worker ready, ' + greet('top-level'));
