// capture: realtime (wasm compiles off the main thread; virtual time would end the page early)
// While a wasm stack is suspended the agent runs on: microtasks, timers, messages and other promising calls.
// Each stack resumes when its own promise settles, in whatever order they settle.
(async () => {
  const log = (...a) => console.log(a.join(' '));
  const bytes = await (await fetch('jspi.wasm')).arrayBuffer();
  let awaited = (x) => Promise.resolve(x);
  const { instance } = await WebAssembly.instantiate(bytes, {
    env: { suspend: new WebAssembly.Suspending((x) => awaited(x)), plain: (x) => x, log: (x) => log('wasm', x) },
  });
  const once = WebAssembly.promising(instance.exports.once);
  const loop = WebAssembly.promising(instance.exports.loop);

  // Resumption against other promise jobs: an already-resolved promise resumes on the next microtask.
  let p = once(1);
  Promise.resolve().then(() => log('tick 1')).then(() => log('tick 2')).then(() => log('tick 3')).then(() => log('tick 4'));
  p.then((v) => log('once(1) settled', v));
  log('once(1) returned');
  await new Promise((r) => setTimeout(r, 0));

  // Three stacks settled in the order 3, 1, 2.
  const resolvers = [];
  awaited = (x) => new Promise((r) => resolvers.push(() => r(x * 10)));
  const all = [1, 2, 3].map((x) => once(x).then((v) => log('stack', x, 'settled with', v)));
  log('three stacks suspended');
  resolvers[2](); resolvers[0]();
  await null; await null;
  log('two resolved');
  resolvers[1]();
  await Promise.all(all);

  // A timer, a message and another promising call run while a stack waits (for a timer set by the message).
  let release;
  awaited = (x) => new Promise((r) => { release = () => { log('releasing stack', x); r(x); }; });
  const slow = once(7).then((v) => log('once(7) settled', v));
  setTimeout(() => log('a 0 ms timer ran while suspended'), 0);
  const ch = new MessageChannel();
  ch.port1.onmessage = (e) => { log('message while suspended:', e.data); setTimeout(release, 0); };
  ch.port2.postMessage('hello');
  awaited = (x) => Promise.resolve(x + 1000);
  log('another call:', await once(8));
  await slow;
  awaited = (x) => new Promise((r) => setTimeout(() => r(x), 5 * (4 - x)));
  const sums = await Promise.all([loop(3), loop(2)]);
  log('two stacks with several suspensions each:', sums.join(' '));
  log('done');
})().catch((e) => console.log('page failed: ' + e + ' ' + e.stack));
