// worker of waitasync.js: notifies the window's async waiters.
onmessage = (e) => {
  const { i32, what } = e.data;
  if (what === 'notify-one') {
    Atomics.store(i32, 0, 1);
    postMessage('worker: notify(i32, 0, 1) -> ' + Atomics.notify(i32, 0, 1));
  } else if (what === 'notify-all') {
    postMessage('worker: notify(i32, 1) -> ' + Atomics.notify(i32, 1));
  } else if (what === 'notify-none') {
    postMessage('worker: notify(i32, 3) -> ' + Atomics.notify(i32, 3));
  }
};
