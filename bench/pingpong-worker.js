onmessage = (e) => {
  const { sab, role, rounds, warmup } = e.data;
  const turn = new Int32Array(sab);
  const me = role === 'ping' ? 0 : 1;
  const other = 1 - me;
  const run = (n) => {
    for (let i = 0; i < n; i++) {
      while (Atomics.load(turn, 0) !== me) Atomics.wait(turn, 0, other);
      Atomics.store(turn, 0, other);
      Atomics.notify(turn, 0);
    }
  };
  run(warmup);
  const t0 = performance.now();
  run(rounds);
  postMessage({ role, rounds, ms: performance.now() - t0 });
  close();
};
