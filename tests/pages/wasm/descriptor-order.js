// WebAssembly.Memory/Table/Global read their descriptor's members in WebIDL's order (lexicographic), each
// converted right after it is read.
function traced(log, fields) {
  const d = {};
  for (const [k, v] of Object.entries(fields)) {
    Object.defineProperty(d, k, {
      get() {
        log.push(k);
        if (typeof v !== 'number') return v;
        return { valueOf() { log.push(k + ' valueOf'); return v; } };
      },
      enumerable: true,
    });
  }
  return d;
}
function attempt(label, f) {
  const log = [];
  let result;
  try { result = f(log); } catch (e) { result = e.name + ': ' + e.message; }
  console.log(label + ': ' + log.join(', ') + ' -> ' + result);
}
attempt('Memory', (log) => String(new WebAssembly.Memory(traced(log, { initial: 1, maximum: 2 })).buffer.byteLength));
attempt('Memory shared', (log) => Object.prototype.toString.call(new WebAssembly.Memory(traced(log, { initial: 1, maximum: 2, shared: true })).buffer));
attempt('Memory shared without maximum', (log) => new WebAssembly.Memory(traced(log, { initial: 1, shared: true })));
attempt('Memory initial > maximum', (log) => new WebAssembly.Memory(traced(log, { initial: 3, maximum: 2, shared: true })));
attempt('Memory without initial', (log) => new WebAssembly.Memory(traced(log, { maximum: 2 })));
attempt('Table', (log) => new WebAssembly.Table(traced(log, { element: 'anyfunc', initial: 1, maximum: 2 })).length);
attempt('Global', (log) => new WebAssembly.Global(traced(log, { value: 'i32', mutable: true }), 5).value);
console.log('Memory.length ' + WebAssembly.Memory.length + ', name ' + WebAssembly.Memory.name);
console.log('prototype.constructor is Memory: ' + (WebAssembly.Memory.prototype.constructor === WebAssembly.Memory));
const pd = Object.getOwnPropertyDescriptor(WebAssembly.Memory, 'prototype');
console.log(`prototype: writable ${pd.writable} enumerable ${pd.enumerable} configurable ${pd.configurable}`);
try { WebAssembly.Memory({ initial: 1 }); } catch (e) { console.log('called without new: ' + e.name); }
class Sub extends WebAssembly.Memory {}
const sub = new Sub({ initial: 1 });
console.log('subclass: ' + (sub instanceof Sub) + ' ' + (sub instanceof WebAssembly.Memory) + ' ' + sub.buffer.byteLength);
console.log('toString tag: ' + Object.prototype.toString.call(new WebAssembly.Memory({ initial: 0 })));
