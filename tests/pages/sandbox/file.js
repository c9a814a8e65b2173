// FileReader and FormData with the intrinsics they could use replaced: a page that replaces Function.prototype.apply,
// TypedArray.prototype.subarray/set, WeakMap.prototype.get/set or Array.prototype.push/splice/findIndex sees its hooks
// called only for its own values, never with a Blob's bytes or a reader's or FormData's internal record, and the
// objects keep working. The hooks record who called them (what kind of `this`); the page prints what they saw.
const seen = new Set();
const saw = (what) => seen.add(what);
const TA = Object.getPrototypeOf(Uint8Array.prototype);
const orig = { apply: Function.prototype.apply, subarray: TA.subarray, set: TA.set, wmGet: WeakMap.prototype.get,
  wmSet: WeakMap.prototype.set, push: Array.prototype.push, splice: Array.prototype.splice, findIndex: Array.prototype.findIndex,
  slice: TA.slice, buffer: Object.getOwnPropertyDescriptor(TA, 'buffer') };
const hook = (target, name, label) => {
  const f = target[name];
  Object.defineProperty(target, name, { configurable: true, writable: true, value: function (...args) {
    saw(label + ' on ' + Object.prototype.toString.call(this));
    return Reflect.apply(f, this, args);
  } });
};
const blob = new Blob(['hello, sandbox'], { type: 'text/plain;charset=utf-8' });
hook(TA, 'subarray', 'subarray'); hook(TA, 'set', 'set'); hook(TA, 'slice', 'slice');
Object.defineProperty(TA, 'buffer', { configurable: true, get() { saw('buffer of ' + Object.prototype.toString.call(this)); return Reflect.apply(orig.buffer.get, this, []); } });
hook(WeakMap.prototype, 'get', 'WeakMap get'); hook(WeakMap.prototype, 'set', 'WeakMap set');
hook(Array.prototype, 'push', 'push'); hook(Array.prototype, 'splice', 'splice'); hook(Array.prototype, 'findIndex', 'findIndex');
Object.defineProperty(Function.prototype, 'apply', { configurable: true, writable: true, value: function (thisArg, args) {
  saw('apply of ' + (args && Object.prototype.toString.call(args)));
  return Reflect.apply(this, thisArg, args);
} });
const fd = new FormData();
fd.append('a', '1'); fd.append('b', blob, 'b.txt'); fd.append('a', '2'); fd.set('a', '3'); fd.delete('b');
const r1 = new FileReader();
r1.onload = () => {
  const text = r1.result;
  const r2 = new FileReader();
  r2.onload = () => {
    const bytes = new Uint8Array(r2.result).length;
    const r3 = new FileReader();
    r3.onload = () => blob.slice(7).arrayBuffer().then((ab) => {
      Object.defineProperty(Function.prototype, 'apply', { configurable: true, writable: true, value: orig.apply });
      Object.assign(TA, { subarray: orig.subarray, set: orig.set, slice: orig.slice });
      Object.defineProperty(TA, 'buffer', orig.buffer);
      Object.assign(WeakMap.prototype, { get: orig.wmGet, set: orig.wmSet });
      Object.assign(Array.prototype, { push: orig.push, splice: orig.splice, findIndex: orig.findIndex });
      console.log('text: ' + text);
      console.log('array buffer: ' + bytes + ' bytes');
      console.log('binary string: ' + r3.result);
      console.log('form data: ' + JSON.stringify([...fd.keys()]) + ' ' + fd.get('a'));
      console.log('slice: ' + ab.byteLength + ' bytes');
      console.log('hooks saw: ' + JSON.stringify(Array.from(seen).sort()));
    });
    r3.readAsBinaryString(blob);
  };
  r2.readAsArrayBuffer(blob);
};
r1.readAsText(blob);
