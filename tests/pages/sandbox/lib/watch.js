// watch.js — the attacker's notebook, shared by the sandbox pages (window and workers). Loaded first, before any
// trap is set, it keeps its own copies of what it needs. Every trap hands what it sees (its receiver and its
// arguments) to watch(); a value "leaks" if it is something a browser never hands to page code:
//   - an object whose prototype is null (the shims' internal records, arrays, `$`) or a foreign object;
//   - an object with the shims' private members (host, agentKind, primordials, postTask, ...);
//   - a function that is one of the shims' private helpers (by name).
// report(label) prints "<label> leaked: false" (or what leaked), as Chromium prints for the same page.
(function () {
  const getProto = Object.getPrototypeOf, ownKeys = Reflect.ownKeys, getOwnDesc = Object.getOwnPropertyDescriptor;
  const PRIVATE = ['agentKind', 'primordials', 'postTask', 'reportException', 'deliverMessage', 'serialize',
    'deserialize', 'beginOp', 'endOp', 'createWorker', 'attachEndpoint', 'setUnhandledRejectionHandler', 'unstart'];
  const PRIVATE_FUNCTIONS = ['postTask', 'reportException', 'deliverMessage', 'serialize', 'deserialize',
    'attachEndpoint', 'postMessageVia', 'movePort', 'setLocation', 'startWorkerScope', 'runWorkerModule',
    'inspect', 'formatConsoleArgs', 'dispatchTrusted', 'createEvent', 'setEventTrusted', 'makeBlob', 'blobBytes',
    'shareRef', 'shareMaterialize', 'hostKind', 'setUnhandledRejectionHandler', 'fire'];
  const seen = [];
  let busy = false;
  function has(list, x) {
    for (let i = 0; i < list.length; i++) if (list[i] === x) return true;
    return false;
  }
  function why(v) {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return null;
    let proto;
    try { proto = getProto(v); } catch (e) { return 'an object whose prototype cannot be read'; }
    if (proto === null && v !== Object.prototype) return 'an object with a null prototype';
    let keys;
    try { keys = ownKeys(v); } catch (e) { return 'an object whose keys cannot be read'; }
    for (let i = 0; i < keys.length; i++) if (has(PRIVATE, keys[i])) return 'an object with a private member ' + String(keys[i]);
    if (typeof v === 'function') {
      const d = getOwnDesc(v, 'name');
      if (d && typeof d.value === 'string' && has(PRIVATE_FUNCTIONS, d.value)) return 'a private function ' + d.value;
    }
    return null;
  }
  self.watch = function (trap, thisArg, args) {
    if (busy) return;
    busy = true;
    try {
      const w = why(thisArg);
      if (w !== null && seen.length < 5) seen[seen.length] = trap + ' saw ' + w;
      if (args !== undefined) {
        for (let i = 0; i < args.length; i++) {
          const a = why(args[i]);
          if (a !== null && seen.length < 5) seen[seen.length] = trap + ' got ' + a;
        }
      }
    } finally {
      busy = false;
    }
  };
  self.leakReport = function (label) {
    return label + ' leaked: ' + (seen.length === 0 ? 'false' : seen.join('; '));
  };
})();
