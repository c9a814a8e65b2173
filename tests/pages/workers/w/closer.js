let count = 0;
onmessage = (e) => {
  count++;
  postMessage('got ' + e.data + ' #' + count);
  if (count === 1) {
    close();
    postMessage('still running the task after close(): ' + typeof close);
    setTimeout(() => postMessage('timer after close (should not run)'), 0);
    Promise.resolve().then(() => postMessage('microtask after close'));
  }
};
