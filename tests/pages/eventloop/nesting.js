// capture: realtime
// HTML timer nesting: from the 6th nested setTimeout(0) on, each waits at least 4 ms (only lower bounds are
// printed, so a slow machine cannot change the output).
let level = 0;
let last = performance.now();
const clamped = [];
function tick() {
  const now = performance.now();
  level++;
  if (level > 6) clamped.push(now - last >= 3.9);
  last = now;
  if (level < 12) setTimeout(tick, 0);
  else console.log('levels 7-12 waited >= 4 ms: ' + clamped.join(' '));
}
setTimeout(tick, 0);
