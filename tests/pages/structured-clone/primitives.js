// structuredClone of primitives and primitive wrapper objects
function show(v) {
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return v + 'n';
  return String(v);
}
const values = [undefined, null, true, false, 0, -0, NaN, Infinity, -Infinity, 1.5e300, 5e-324, -42,
  '', 'hello', 'a\uD800b', '\uDFFF\uD800', '\u0000"\\', 0n, 123456789012345678901234567890n, -1n];
for (const v of values) {
  const c = structuredClone(v);
  console.log(typeof c + ' ' + show(c) + ' same=' + Object.is(c, v));
}
const wrappers = [new Boolean(false), new Number(-0), new Number(NaN), new String('ab\uD800'), Object(10n)];
for (const w of wrappers) {
  const c = structuredClone(w);
  console.log(Object.prototype.toString.call(c) + ' ' + typeof c + ' ' + show(c.valueOf()) + ' distinct=' + (c !== w)
    + ' proto=' + (Object.getPrototypeOf(c) === Object.getPrototypeOf(w)));
}
const s = new String('xy');
s.extra = 1;
const cs = structuredClone(s);
console.log('string wrapper keys=' + Object.keys(cs).join(',') + ' extra=' + cs.extra + ' length=' + cs.length);
const arr = structuredClone([-0, NaN, undefined, 'a\uD800', 7n]);
console.log('in array: ' + arr.map(show).join(' '));
const obj = structuredClone({ '\uD800': '\uDC00', z: -0 });
console.log('lone surrogate key: ' + JSON.stringify(Object.keys(obj)) + ' ' + show(obj['\uD800']) + ' ' + show(obj.z));
