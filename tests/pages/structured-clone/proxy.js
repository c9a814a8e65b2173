// A Proxy is not cloneable: structuredClone and postMessage throw DataCloneError before any trap runs (V8 checks
// the object's kind, not its properties); the message names the proxy as V8 does.
const log = [];
const traps = { get(t, k) { log.push('get ' + String(k)); return t[k]; }, ownKeys(t) { log.push('ownKeys'); return Reflect.ownKeys(t); }, getPrototypeOf(t) { log.push('getPrototypeOf'); return Reflect.getPrototypeOf(t); } };
function run(label, f) {
  log.length = 0;
  try { f(); console.log(label + ' -> cloned; traps: ' + log.join(',')); } catch (e) { console.log(label + ' threw ' + e.name + ': ' + e.message + '; traps: ' + log.join(',')); }
}
run('proxy of object', () => structuredClone(new Proxy({ a: 1 }, traps)));
run('proxy of array', () => structuredClone(new Proxy([1, 2], traps)));
run('proxy of Date', () => structuredClone(new Proxy(new Date(0), traps)));
run('proxy nested', () => structuredClone({ x: 1, p: new Proxy({}, traps) }));
run('revoked proxy', () => { const r = Proxy.revocable({}, {}); r.revoke(); structuredClone(r.proxy); });
run('proxy of function', () => structuredClone(new Proxy(function f() {}, traps)));
const w = new Worker(URL.createObjectURL(new Blob([''])));
run('postMessage proxy', () => w.postMessage(new Proxy({}, traps)));
w.terminate();
