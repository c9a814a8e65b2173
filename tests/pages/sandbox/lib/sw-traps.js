// sw-traps.js — the traps of the service-worker sandbox page (serviceworker.html), in the window, a dedicated worker
// and the service worker. installSwTraps() replaces the methods a shim would use on its own records, maps, lists and
// promises (WeakMap/Map get/set/has/delete, Array push/map/filter/every/slice/concat, Promise then/catch/finally and
// the Promise statics) by wrappers that count every call and otherwise behave as the original. The page itself
// never calls them after this point (it uses await, index writes and string concatenation), so in a browser nothing
// does: a call means the browser's own code handed its insides to the page. A record a trapped get returns is also
// tampered with (its `state` and `scope` overwritten), which a page that reached a shim's record would see printed.
// swTrapReport(label) prints "<label> browser calls: none" (or the first calls seen).
(function () {
  const apply = Reflect.apply, construct = Reflect.construct, defineProperty = Object.defineProperty;
  const getOwnDesc = Object.getOwnPropertyDescriptor, hasOwn = Object.prototype.hasOwnProperty;
  const seen = [];
  function note(label) {
    for (let i = 0; i < seen.length; i++) if (seen[i] === label) return;
    if (seen.length < 6) seen[seen.length] = label;
  }
  function tamper(r) {
    if (r === null || typeof r !== 'object') return;
    if (apply(hasOwn, r, ['state'])) r.state = 'forged by the page';
    if (apply(hasOwn, r, ['scope'])) r.scope = 'forged by the page';
  }
  function trap(obj, where, key) {
    const d = getOwnDesc(obj, key);
    if (!d || typeof d.value !== 'function') return;
    const original = d.value;
    const label = where + '.' + key;
    const w = function (...args) {
      note(label);
      const r = new.target ? construct(original, args, new.target) : apply(original, this, args);
      tamper(r);
      return r;
    };
    defineProperty(obj, key, { value: w, writable: true, enumerable: false, configurable: true });
  }
  const TARGETS = [
    [WeakMap.prototype, 'WeakMap.prototype', ['get', 'set', 'has', 'delete']],
    [Map.prototype, 'Map.prototype', ['get', 'set', 'has', 'delete']],
    [Array.prototype, 'Array.prototype', ['push', 'map', 'filter', 'every', 'slice', 'concat']],
    [Promise.prototype, 'Promise.prototype', ['then', 'catch', 'finally']],
    [Promise, 'Promise', ['resolve', 'reject', 'all', 'allSettled', 'race', 'any']],
  ];
  self.installSwTraps = function () {
    for (let i = 0; i < TARGETS.length; i++) {
      const keys = TARGETS[i][2];
      for (let j = 0; j < keys.length; j++) trap(TARGETS[i][0], TARGETS[i][1], keys[j]);
    }
  };
  self.swTrapReport = function (label) {
    let s = '';
    for (let i = 0; i < seen.length; i++) s += (i === 0 ? '' : ', ') + seen[i];
    return label + ' browser calls: ' + (seen.length === 0 ? 'none' : s);
  };
})();
