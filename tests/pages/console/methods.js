// The .expected file holds what a user of Chromium DevTools sees for these console calls (written from
// the DevTools formatting rules implemented in js-shims/console.js and checked against real Chromium
// previews); it cannot be captured from Chromium stderr, which only shows arguments stringified.
console.count();
console.count();
console.count('x');
console.countReset();
console.count();
console.countReset('nope');
console.time('t');
console.time('t');
console.timeEnd('missing');
console.timeLog('missing');
console.assert(true, 'not shown');
console.assert(false);
console.assert(false, 'x is %d', 5);
console.group();
console.log('inside');
console.groupCollapsed('level %d', 2);
console.warn({ deep: true });
console.groupEnd();
console.groupEnd();
console.log('outside');
console.dir({ a: 1 });
console.dir([1, 2]);
console.table([{ a: 1, b: 'x' }, { a: 2, c: true }, 3]);
console.table({ r1: { a: 1, b: 2 }, r2: { b: 3 } }, ['b']);
console.clear();
function outer() {
  console.trace('trace %s', 'here');
}
outer();
