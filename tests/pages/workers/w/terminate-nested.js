const inner = new Worker('spin.js');
inner.onmessage = (e) => {
  inner.terminate();
  setTimeout(() => postMessage('inner said "' + e.data + '", terminated it, my timers still run'), 10);
};
