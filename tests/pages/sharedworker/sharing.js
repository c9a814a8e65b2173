// capture: realtime
// One shared worker per (URL, name) in a page: a second constructor call with the same key connects to the
// running worker (a new port each time), another name starts another one; the connect event's fields.
const log = (s) => console.log(s);
const first = (w) => new Promise((resolve) => { w.port.onmessage = (e) => resolve(e.data); });
(async () => {
  const a = new SharedWorker('w/counter.js', { name: 'one' });
  const b = new SharedWorker('w/counter.js', 'one');
  const c = new SharedWorker('w/counter.js', { name: 'two' });
  const d = new SharedWorker('w/counter.js');
  const [ra, rb, rc, rd] = await Promise.all([first(a), first(b), first(c), first(d)]);
  log('a: name=' + ra.name + ' connections=' + ra.connections);
  log('b: name=' + rb.name + ' connections=' + rb.connections + ' same worker as a: ' + (ra.started === rb.started));
  log('c: name=' + rc.name + ' connections=' + rc.connections + ' same worker as a: ' + (ra.started === rc.started));
  log('d: name=' + JSON.stringify(rd.name) + ' connections=' + rd.connections);
  log('distinct objects and ports: ' + (a !== b) + ' ' + (a.port !== b.port));
  const e = new SharedWorker('w/event.js');
  e.port.start();
  const fields = await new Promise((resolve) => e.port.addEventListener('message', (m) => resolve(m.data)));
  log('connect event: ' + fields);
  const again = new SharedWorker('w/event.js');
  log('second connect: ' + await first(again));
  log('done');
})();
