// Describes each connect event (listened to with addEventListener) to the port it brings.
let n = 0;
addEventListener('connect', (e) => {
  n++;
  const p = e.ports[0];
  p.postMessage(n > 1 ? 'connections=' + n : [e.constructor.name, e.type, JSON.stringify(e.data), JSON.stringify(e.origin),
    JSON.stringify(e.lastEventId), 'source is ports[0]: ' + (e.source === p), e.ports.length, 'frozen: ' + Object.isFrozen(e.ports),
    e.bubbles, e.cancelable, e.isTrusted, 'target is self: ' + (e.target === self), Object.prototype.toString.call(p)].join(' '));
});
