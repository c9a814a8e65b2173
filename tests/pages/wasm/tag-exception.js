// WebAssembly.Tag, WebAssembly.Exception and WebAssembly.JSTag from JS: descriptors, payload conversion to the tag's
// wasm types, getArg/is, traceStack, identity when thrown, V8's TypeError/RangeError messages (GraalWasm compiles no
// module that uses exception handling, so no tag reaches wasm here).
const t = (f) => { try { const r = f(); return 'ok ' + (typeof r === 'bigint' ? r + 'n' : String(r)); } catch (e) { return e.name + ': ' + e.message; } };
const W = WebAssembly;
console.log(['JSTag' in W, typeof W.Tag, W.Tag.length, W.Exception.length, W.Tag.name, W.Exception.name].join(' '));
console.log(Object.getOwnPropertyNames(W.Tag.prototype).join(), Object.getOwnPropertyNames(W.Exception.prototype).join());
console.log(t(() => W.Tag({parameters: []})));
console.log(t(() => new W.Tag()));
console.log(t(() => new W.Tag(1)));
console.log(t(() => new W.Tag({})));
console.log(t(() => new W.Tag({parameters: 1})));
console.log(t(() => new W.Tag({parameters: ['i16']})));
for (const ty of ['i32','i64','f32','f64','v128','externref','anyfunc','funcref','exnref','anyref','eqref'])
  console.log(ty, t(() => new W.Tag({parameters: [ty]})));
const tag = new W.Tag({parameters: ['i32', 'i64', 'f32', 'externref']});
console.log(Object.prototype.toString.call(tag), String(tag));
console.log(t(() => W.Exception(tag)));
console.log(t(() => new W.Exception()));
console.log(t(() => new W.Exception({})));
console.log(t(() => new W.Exception(tag)));
console.log(t(() => new W.Exception(tag, [1])));
console.log(t(() => new W.Exception(tag, 5)));
console.log(t(() => new W.Exception(tag, [1n, 1n, 1, null])));
console.log(t(() => new W.Exception(tag, [1, 1, 1, null])).split(":")[0]);
console.log(t(() => new W.Exception(tag, [Symbol(), 1n, 1, null])));
console.log(t(() => new W.Exception(tag, ['7', '8', 1.1, null])));
const e = new W.Exception(tag, ['7', true, 1.1, {a: 1}], {traceStack: true});
console.log(Object.prototype.toString.call(e), String(e), typeof e.stack, Object.getOwnPropertyNames(e).join(), e instanceof Error);
console.log(t(() => e.getArg(tag, 0)), t(() => e.getArg(tag, 1)), t(() => e.getArg(tag, 2)), t(() => JSON.stringify(e.getArg(tag, 3))));
console.log(t(() => e.getArg(tag, 4)), t(() => e.getArg(tag)), t(() => e.getArg()), t(() => e.getArg({}, 0)), t(() => e.getArg(new W.Tag({parameters: []}), 0)));
console.log(t(() => e.getArg(tag, -1)), t(() => e.getArg(tag, NaN)), t(() => e.getArg(tag, 2**32)), t(() => e.getArg(tag, '1')));
console.log(t(() => e.is(tag)), t(() => e.is(new W.Tag({parameters: []}))), t(() => e.is()), t(() => e.is({})));
console.log(t(() => W.Exception.prototype.is.call({}, tag)), t(() => W.Exception.prototype.getArg.call({}, tag, 0)));
const e2 = new W.Exception(new W.Tag({parameters: []}), []);
console.log(typeof e2.stack, 'stack' in e2);
const fe = new W.Tag({parameters: ['anyfunc']});
console.log(t(() => new W.Exception(fe, [null])), t(() => new W.Exception(fe, [() => 1])), t(() => new W.Exception(fe, [1])));
const v = new W.Tag({parameters: ['v128']});
console.log(t(() => new W.Exception(v, [1])));
console.log(t(() => new W.Exception(tag, [1, 1n, 1, null], null)), t(() => new W.Exception(tag, [1, 1n, 1, null], 5)));
try { throw e; } catch (x) { console.log(x === e); }
if (W.JSTag) console.log(Object.prototype.toString.call(W.JSTag), t(() => new W.Exception(W.JSTag, [1])));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(W.Exception.prototype, 'stack')), typeof Object.getOwnPropertyDescriptor(W.Exception.prototype, 'stack').get);
const traced = new W.Exception(new W.Tag({parameters: []}), [], {traceStack: true});
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(traced, 'stack')).replace(/"value":"[^"]*"/, '"value":S'), traced.stack.split('\n')[0]);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(W, 'Tag')), JSON.stringify(Object.getOwnPropertyDescriptor(W, 'JSTag')), JSON.stringify(Object.getOwnPropertyDescriptor(W.Exception.prototype, 'is')));
for (const ty of ['i31ref','structref','arrayref','nullref','nullexternref','nullfuncref','exnref','eqref','anyref','externref','stringref','shared'])
  for (const v of [null, 1, 2**31, {}, undefined])
    console.log(ty, String(v), t(() => new W.Exception(new W.Tag({parameters: [ty]}), [v]).getArg(W.Tag.prototype === null ? 0 : undefined, 0)));
const tg = new W.Tag({parameters: ['anyref', 'externref', 'i31ref']});
console.log(t(() => new W.Exception(tg, [{a: 1}, undefined, 5]).getArg(tg, 0)), t(() => new W.Exception(tg, [3.5, undefined, 5]).getArg(tg, 0)), t(() => String(new W.Exception(tg, [3.5, undefined, 5]).getArg(tg, 1))), t(() => new W.Exception(tg, [3.5, undefined, 5]).getArg(tg, 2)));
console.log(t(() => new W.Exception(new W.Tag({parameters: []}), [], {traceStack: 0}).stack), t(() => new W.Exception(new W.Tag({parameters: []}), [], {get traceStack() { throw new Error('x'); }})));
console.log(t(() => new W.Tag({parameters: {length: 1, 0: 'i32'}})), t(() => new W.Tag({parameters: new Set(['i32'])})), t(() => new W.Exception(new W.Tag({parameters: ['i32']}), new Set([5])).getArg(undefined)));
console.log(t(() => WebAssembly.Exception.prototype.stack), t(() => Object.getOwnPropertyDescriptor(WebAssembly.Exception.prototype, 'stack').get.call({})));
console.log(t(() => structuredClone(new WebAssembly.Tag({parameters: []}))));
console.log(t(() => structuredClone(new WebAssembly.Exception(new WebAssembly.Tag({parameters: []}), []))));
class T2 extends WebAssembly.Tag {}; console.log(t(() => Object.getPrototypeOf(new T2({parameters: []})) === T2.prototype));
console.log(String(WebAssembly.Tag), String(WebAssembly.Exception.prototype.getArg));
