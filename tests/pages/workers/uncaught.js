// capture: realtime
// A worker's error that nobody cancels is logged once for every agent it passes through (the worker, then each
// owner of a Worker object), as Chromium; canceled on the Worker object, it is not logged at all. A thrown non-Error
// is named by its string conversion. (The "Uncaught" lines are the harness's stderr: uncaught.expected-stderr.)
const plain = new Worker('w/throw-in-onmessage.js');
plain.postMessage('not canceled');
setTimeout(() => {
  const canceled = new Worker('w/throw-in-onmessage.js');
  canceled.onerror = (e) => { e.preventDefault(); console.log('canceled: ' + e.message); };
  canceled.postMessage('canceled');
}, 300);
setTimeout(() => {
  const obj = new Worker('w/throw-in-onmessage.js');
  obj.onerror = (e) => { console.log('object: ' + e.message); setTimeout(() => console.log('done'), 0); };
  obj.postMessage('object');
}, 600);
setTimeout(() => new Worker('w/nest-thrower.js'), 900);
