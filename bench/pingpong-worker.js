onmessage = (e) => {
  const { sab, role, rounds, repeat } = e.data;
  const turn = new Int32Array(sab);
  const me = role === 'ping' ? 0 : 1;
  const other = 1 - me;
  const times = [];
  for (let r = 0; r < repeat; r++) {
    const t0 = performance.now();
    for (let i = 0; i < rounds; i++) {
      while (Atomics.load(turn, 0) !== me) Atomics.wait(turn, 0, other);
      Atomics.store(turn, 0, other);
      Atomics.notify(turn, 0);
    }
    times.push(performance.now() - t0);
  }
  postMessage({ role, times });
  close();
};
