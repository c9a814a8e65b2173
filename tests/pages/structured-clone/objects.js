// structuredClone of plain objects and arrays: identity, cycles, holes, property order, getters
const o = { b: 1, a: 'x', 2: 'two', 1: 'one', nested: { deep: [1, { deeper: true }] } };
o[Symbol('s')] = 'symbol keys are dropped';
Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
const c = structuredClone(o);
console.log('keys ' + JSON.stringify(Reflect.ownKeys(c).map(String)));
console.log('json ' + JSON.stringify(c));
console.log('distinct ' + (c !== o) + ' ' + (c.nested !== o.nested) + ' proto ' + (Object.getPrototypeOf(c) === Object.prototype));

const self = { name: 'self' };
self.me = self;
const shared = { v: 1 };
const graph = { self, list: [shared, shared, { shared }] };
const g = structuredClone(graph);
console.log('cycle ' + (g.self.me === g.self) + ' shared ' + (g.list[0] === g.list[1]) + ' ' + (g.list[2].shared === g.list[0]));

const a = [1, , 3];
a.length = 6;
a.extra = 'prop';
a[-1] = 'negative';
const ca = structuredClone(a);
console.log('array length ' + ca.length + ' keys ' + JSON.stringify(Object.keys(ca)) + ' hole ' + (1 in ca) + ' isArray ' + Array.isArray(ca));
const sparse = [];
sparse[100000] = 'far';
const cs = structuredClone(sparse);
console.log('sparse length ' + cs.length + ' keys ' + Object.keys(cs).length + ' ' + cs[100000]);
const selfArr = [];
selfArr.push(selfArr, 'x');
const csa = structuredClone(selfArr);
console.log('self array ' + (csa[0] === csa) + ' ' + csa[1]);

const log = [];
const withGetters = {
  get a() { log.push('a'); delete this.b; return 1; },
  b: 2,
  get c() { log.push('c'); this.d = 4; return 3; },
};
const cg = structuredClone(withGetters);
console.log('getters ' + log.join(',') + ' ' + JSON.stringify(cg) + ' ' + JSON.stringify(Object.getOwnPropertyDescriptor(cg, 'a')));
const nonEnum = { get a() { Object.defineProperty(this, 'b', { enumerable: false }); return 1; }, b: 2 };
console.log('enumerability checked first ' + JSON.stringify(structuredClone(nonEnum)));
const ag = [1, 2, 3, 4];
Object.defineProperty(ag, 0, { get() { ag.pop(); return 'g'; }, enumerable: true });
const cag = structuredClone(ag);
console.log('array getter ' + cag.length + ' ' + JSON.stringify(cag) + ' ' + (3 in cag));

const protoKey = JSON.parse('{"__proto__": {"x": 1}, "y": 2}');
const cp = structuredClone(protoKey);
console.log('__proto__ own ' + Object.hasOwn(cp, '__proto__') + ' realProto ' + (Object.getPrototypeOf(cp) === Object.prototype)
  + ' keys ' + JSON.stringify(Object.keys(cp)) + ' x ' + cp.x);
const nullProto = Object.create(null);
nullProto.k = 'v';
console.log('null proto becomes Object.prototype ' + (Object.getPrototypeOf(structuredClone(nullProto)) === Object.prototype));

class Point { constructor() { this.x = 1; this.y = 2; } get sum() { return this.x + this.y; } }
const cpt = structuredClone(new Point());
console.log('class instance ' + JSON.stringify(cpt) + ' ' + (cpt instanceof Point) + ' ' + cpt.sum);
const inherited = Object.create({ inheritedProp: 1 });
inherited.own = 2;
console.log('inherited ' + JSON.stringify(structuredClone(inherited)));
console.log('Math ' + JSON.stringify(structuredClone(Math)) + ' ' + Object.prototype.toString.call(structuredClone(Math)));
console.log('spoofed tag ' + Object.prototype.toString.call(structuredClone({ [Symbol.toStringTag]: 'Map', a: 1 })));
console.log('Map.prototype object ' + JSON.stringify(structuredClone(Object.assign(Object.create(Map.prototype), { a: 1 }))));
