// The .expected file holds what a user of Chromium DevTools sees for these console calls (written from
// the DevTools formatting rules implemented in js-shims/console.js and checked against real Chromium
// previews); it cannot be captured from Chromium stderr, which only shows arguments stringified.
console.log('%s is %d years old', 'Bob', 42);
console.log('%d|%i|%f', '12px', 4.9, '1.5e3x');
console.log('%d', 'abc');
console.log('%d', 7n);
console.log('%s', { a: 1 });
console.log('%s', [1, 2]);
console.log('%s and %s', 'only one');
console.log('%c styled', 'color: red', 'after');
console.log('%o / %O', { a: 1 }, { a: 1 });
console.log('%O', [1, 2, 3]);
console.log('100%% sure', 1);
console.log('%_%s', 'skipped', 'shown');
console.log('a', 'b', 1, { x: 'y' }, [1]);
console.log(1, 'quoted', "it's");
