// capture: realtime
// A hostile page against reportError and Error.captureStackTrace: getters on Object.prototype named like a property
// descriptor's fields, and Error[Symbol.hasInstance], must not be run by them nor change how reportError names a
// value (V8 names it without running page code) or which frames captureStackTrace keeps.
let steered = 0;
for (const k of ['value', 'get', 'set', 'writable', 'enumerable', 'configurable']) {
  Object.defineProperty(Object.prototype, k, { __proto__: null, get() { steered++; return 'page'; }, configurable: true });
}
Object.defineProperty(Error, Symbol.hasInstance, { __proto__: null, value: () => { steered++; return true; }, configurable: true });
self.addEventListener('error', (e) => { console.log('event: ' + e.message); e.preventDefault(); });
reportError({ get toString() { steered++; return () => 'x'; } });
reportError(Object.create({ get constructor() { steered++; return Error; } }));
reportError('a string');
function make() { const o = { message: 'm' }; Error.captureStackTrace(o, make); return o; }
console.log(make().stack.split('\n').length + ' lines, first: ' + make().stack.split('\n')[0]);
console.log('page getters run: ' + steered);
