// Worker spawn: from `new Worker()` to the worker's first message (ms, median of 30 after 10 warm-ups).
const WARMUP = 10, RUNS = 30;
const times = [];
function spawn(i) {
  const t0 = performance.now();
  const w = new Worker('spawn-worker.js');
  w.onmessage = () => {
    const ms = performance.now() - t0;
    w.terminate();
    if (i >= WARMUP) times.push(ms);
    if (i + 1 < WARMUP + RUNS) spawn(i + 1);
    else {
      times.sort((a, b) => a - b);
      console.log('RESULT worker-spawn-first-message-ms ' + times[times.length >> 1].toFixed(2));
    }
  };
}
spawn(0);
