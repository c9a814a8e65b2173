// capture: realtime
// Values postMessage cannot clone: a DataCloneError (name, message, code) thrown by postMessage itself,
// in the window and in a worker; nothing is sent.
const worker = new Worker('w/clone-errors-worker.js');
function attempt(label, f) {
  try {
    f();
    console.log(label + ': sent');
  } catch (e) {
    console.log(label + ': ' + e.constructor.name + ' ' + e.name + ' code=' + e.code + ': ' + e.message);
  }
}
const received = [];
worker.onmessage = (e) => received.push(e.data);
attempt('function', () => worker.postMessage(function named() { return 1; }));
attempt('arrow', () => worker.postMessage(() => 1));
attempt('symbol', () => worker.postMessage(Symbol('sym')));
attempt('nested function', () => worker.postMessage({ a: [1, { f() {} }] }));
attempt('nested symbol', () => worker.postMessage([Symbol.iterator]));
attempt('WeakMap', () => worker.postMessage(new WeakMap()));
attempt('WeakSet', () => worker.postMessage({ w: new WeakSet() }));
attempt('Promise', () => worker.postMessage(Promise.resolve()));
attempt('window', () => worker.postMessage(self));
attempt('Worker object', () => worker.postMessage(worker));
attempt('Event', () => worker.postMessage(new Event('x')));
attempt('AbortSignal', () => worker.postMessage(AbortSignal.abort()));
attempt('getter throws', () => worker.postMessage({ get boom() { throw new RangeError('getter threw'); } }));
attempt('no arguments', () => worker.postMessage());
attempt('bad transfer', () => worker.postMessage('x', { transfer: 5 }));
attempt('transfer not transferable', () => worker.postMessage('x', [{}]));
attempt('transfer a string', () => worker.postMessage('x', ['str']));
attempt('options a number', () => worker.postMessage('x', 5));
attempt('options a string', () => worker.postMessage('x', 'str'));
attempt('transfer string in options', () => worker.postMessage('x', { transfer: ['str'] }));
attempt('transfer object without iterator', () => worker.postMessage('x', { transfer: {} }));
attempt('transfer a Set of buffers', () => worker.postMessage('with a Set as transfer', { transfer: new Set() }));
attempt('options null', () => worker.postMessage('with null options', null));
attempt('options undefined', () => worker.postMessage('with undefined options', undefined));
attempt('options {}', () => worker.postMessage('with empty options', {}));
attempt('sequence options', () => worker.postMessage('with [] as transfer', []));
attempt('valid after failures', () => worker.postMessage('last'));
attempt('structuredClone function', () => structuredClone(() => 1));
attempt('structuredClone symbol', () => structuredClone(Symbol('s')));
attempt('structuredClone no args', () => structuredClone());
setTimeout(() => {
  worker.postMessage('report');
  worker.onmessage = (e) => {
    if (typeof e.data === 'string' && e.data.startsWith('worker')) {
      console.log(e.data);
      return;
    }
    console.log('the worker received: ' + JSON.stringify(e.data));
    worker.terminate();
  };
}, 500);
