// capture: realtime
// requestAnimationFrame / cancelAnimationFrame in a window and a dedicated worker (Chromium has them there, not in
// shared or service workers): callbacks requested before a frame run in that frame, in order, with the same
// timestamp (not later than performance.now() in the callback) — in a window with a microtask checkpoint after each,
// in a worker only after the last (Chromium runs a worker's frame callbacks in one go); one requested during a frame
// runs in the next; a callback canceled before its turn does not run; an
// exception is reported and the next callback still runs (with no this); frames come at the display's rate
// (about 60 a second).
const log = (s) => console.log(String(s));
function check(scope) {
  const out = [];
  out.push(scope + ': ' + typeof requestAnimationFrame + ' ' + typeof cancelAnimationFrame + ' length ' + requestAnimationFrame.length);
  try { requestAnimationFrame(); } catch (e) { out.push(e.name + ': ' + e.message); }
  try { requestAnimationFrame(1); } catch (e) { out.push(e.name + ': ' + e.message); }
  return new Promise((resolve) => {
    let stamp1, frames = 0;
    const h1 = requestAnimationFrame((t) => {
      stamp1 = t;
      out.push('cb1: not after now ' + (t <= performance.now()));
      Promise.resolve().then(() => out.push('microtask of cb1'));
      cancelAnimationFrame(h3);
      requestAnimationFrame((t2) => {
        const gap = t2 - stamp1;
        out.push('next frame: a later frame ' + (gap > 10));
        const start = performance.now();
        const count = (t3) => {
          frames++;
          if (t3 - start < 500) requestAnimationFrame(count);
          else { out.push('frames in 0.5 s: 20 to 40 ' + (frames >= 20 && frames <= 40)); resolve(out); }
        };
        requestAnimationFrame(count);
      });
    });
    const h2 = requestAnimationFrame((t) => { out.push('cb2: same timestamp ' + (t === stamp1)); throw new Error('thrown by cb2'); });
    const h3 = requestAnimationFrame(() => out.push('cb3 ran (canceled!)'));
    requestAnimationFrame(function () { 'use strict'; out.push('cb4 ran after the exception, this ' + typeof this); });
    out.push('handles increase ' + (h1 > 0 && h2 === h1 + 1 && h3 === h2 + 1));
    cancelAnimationFrame(12345); // unknown: nothing happens
  });
}
self.addEventListener('error', (e) => { e.preventDefault(); log('error event: ' + e.message); });
(async () => {
  for (const l of await check('window')) log(l);
  const code = 'self.onerror = (m) => { postMessage(["worker error event: " + m]); return true; };' + check.toString() + 'check("worker").then(postMessage);';
  const w = new Worker(URL.createObjectURL(new Blob([code])));
  await new Promise((r) => {
    w.onmessage = (e) => {
      for (const l of e.data) log(l);
      if (e.data[0].startsWith('worker:')) r();
    };
  });
  const s = new SharedWorker(URL.createObjectURL(new Blob(['onconnect = (e) => e.ports[0].postMessage(typeof requestAnimationFrame)'])));
  log('shared worker: ' + await new Promise((r) => { s.port.onmessage = (e) => r(e.data); }));
})();
