// structuredClone of Date, RegExp, Map, Set and Error objects
function desc(v) { return Object.prototype.toString.call(v); }
const d = new Date(1234567890123);
d.extra = 1;
const cd = structuredClone(d);
console.log('date ' + desc(cd) + ' ' + cd.getTime() + ' ' + (cd !== d) + ' extra=' + cd.extra);
console.log('invalid date ' + desc(structuredClone(new Date(NaN))) + ' ' + structuredClone(new Date(NaN)).getTime());
class MyDate extends Date {}
console.log('date subclass ' + (Object.getPrototypeOf(structuredClone(new MyDate(0))) === Date.prototype));

const re = /a+b/gimsuy;
re.lastIndex = 3;
re.extra = 1;
const cre = structuredClone(re);
console.log('regexp ' + cre.source + ' ' + cre.flags + ' lastIndex=' + cre.lastIndex + ' extra=' + cre.extra);
const cre2 = structuredClone(/[\p{L}--\p{Lu}]/dv);
console.log('regexp v ' + cre2.source + ' ' + cre2.flags + ' ' + structuredClone(new RegExp('')).source);

const key = { k: 1 };
const m = new Map([[3, 'a'], [1, 'b'], [key, key], [NaN, -0], ['1', 'str']]);
m.set(m, m);
m.extra = 1;
const cm = structuredClone(m);
console.log('map ' + desc(cm) + ' size=' + cm.size + ' order=' + [...cm.keys()].map((k) => typeof k).join(','));
const ck = [...cm.keys()][2];
console.log('map key identity ' + (cm.get(ck) === ck) + ' self ' + (cm.get(cm) === cm) + ' NaN ' + Object.is(cm.get(NaN), -0) + ' extra=' + cm.extra);
const st = new Set([3, 1, 2, 'x', undefined, key]);
const cst = structuredClone([st, key]);
console.log('set ' + desc(cst[0]) + ' ' + [...cst[0]].map(String).join(',') + ' shared ' + cst[0].has(cst[1]));
const mutating = new Set([1, { get a() { mutating.add(99); return 1; } }, 3]);
console.log('set snapshot ' + structuredClone(mutating).size + ' ' + mutating.size);

function err(e) {
  return desc(e) + ' ' + Object.getPrototypeOf(e).constructor.name + ' name=' + e.name + ' message=' + JSON.stringify(e.message)
    + ' ownMessage=' + Object.hasOwn(e, 'message') + ' ownCause=' + Object.hasOwn(e, 'cause')
    + ' stackType=' + typeof e.stack + ' keys=' + JSON.stringify(Object.keys(e));
}
for (const E of [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]) {
  console.log(err(structuredClone(new E('msg of ' + E.name))));
}
console.log(err(structuredClone(new RangeError())));
console.log(err(structuredClone(new AggregateError([1], 'agg'))));
const named = new Error('x');
named.name = 'TypeError';
console.log('name from property: ' + err(structuredClone(named)));
const unknown = new TypeError('x');
unknown.name = 'Foo';
console.log('unknown name: ' + err(structuredClone(unknown)));
class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; this.extra = 1; } }
console.log('subclass: ' + err(structuredClone(new MyErr('q'))));
const numMsg = new Error('x');
numMsg.message = 42;
console.log('number message: ' + err(structuredClone(numMsg)) + ' ' + typeof structuredClone(numMsg).message);
const getterMsg = new Error('x');
Object.defineProperty(getterMsg, 'message', { get() { return 'g'; } });
console.log('accessor message: ' + err(structuredClone(getterMsg)));
const withStack = new Error('x');
withStack.stack = 'custom stack';
console.log('stack kept: ' + JSON.stringify(structuredClone(withStack).stack));
const cause = { data: [1, 2] };
const ce = structuredClone([new Error('outer', { cause }), cause]);
console.log('cause ' + JSON.stringify(ce[0].cause) + ' shared ' + (ce[0].cause === ce[1]) + ' '
  + JSON.stringify(Object.getOwnPropertyDescriptor(ce[0], 'cause')));
const selfCause = new Error('self');
selfCause.cause = selfCause;
const csc = structuredClone(selfCause);
console.log('self cause ' + (csc.cause === csc));
console.log('message descriptor ' + JSON.stringify(Object.getOwnPropertyDescriptor(structuredClone(new Error('m')), 'message')));
const log = [];
const ordered = new Error('x', { cause: 1 });
Object.defineProperty(ordered, 'stack', { get() { log.push('stack'); return 'st'; } });
Object.defineProperty(ordered, 'name', { get() { log.push('name'); return 'RangeError'; } });
Object.defineProperty(ordered, 'message', { value: { toString() { log.push('message'); return 'mm'; } } });
Object.defineProperty(ordered, 'cause', { value: { get a() { log.push('cause.a'); return 1; } } });
const co = structuredClone(ordered);
console.log('error reads ' + log.join(',') + ' -> ' + co.name + ' ' + co.message + ' ' + co.stack + ' ' + JSON.stringify(co.cause));
console.log('not an error ' + desc(structuredClone(Object.create(Error.prototype))));
