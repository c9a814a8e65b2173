// worker of three.js: writes its marker, counts, then waits until all three have written and reports what it sees.
onmessage = (e) => {
  const { sab, id } = e.data;
  const i32 = new Int32Array(sab);
  Atomics.store(i32, 4 + id, 100 + id);
  for (let k = 0; k < 1000; k++) Atomics.add(i32, 1, 1);
  Atomics.add(i32, 0, 1);
  Atomics.notify(i32, 0);
  let c;
  while ((c = Atomics.load(i32, 0)) < 3) Atomics.wait(i32, 0, c);
  postMessage('worker ' + id + ' sees markers ' + [4, 5, 6].map((k) => Atomics.load(i32, k)).join(',') + ', ready ' + Atomics.load(i32, 0));
};
