// setTimeout/setInterval semantics: arguments, `this`, clearing, ordering by delay, intervals, ids.
const out = (s) => console.log(s);
const id1 = setTimeout((a, b) => out('args ' + a + ' ' + b), 0, 'x', 'y');
out('ids are positive integers: ' + (Number.isInteger(id1) && id1 > 0));
const cleared = setTimeout(() => out('never'), 0);
clearTimeout(cleared);
clearTimeout(123456);
clearTimeout();
setTimeout(function () { out('this is globalThis: ' + (this === globalThis)); }, 0);
const ids = new Set([setTimeout(() => {}), setTimeout(() => {}), setInterval(() => {}, 1000)]);
out('distinct ids: ' + ids.size);
for (const id of ids) clearTimeout(id);
out('clearTimeout also clears an interval');

// Phase 2: timers fire in order of their delays, not of their creation.
setTimeout(() => {
  setTimeout(() => { out('delay 60'); phase3(); }, 60);
  setTimeout(() => out('delay 20'), 20);
  setTimeout(() => out('delay 40'), 40);
}, 5);

// Phase 3: an interval repeats until cleared from its own callback.
function phase3() {
  let n = 0;
  const iv = setInterval((tag) => {
    n++;
    out('interval ' + tag + ' ' + n);
    if (n === 3) {
      clearInterval(iv);
      setTimeout(() => out('after interval cleared, n=' + n), 50);
    }
  }, 5, 'tick');
}
