// capture: realtime
// An error in a nested worker that its parent's Worker object does not cancel becomes the parent worker's
// own exception: the parent's global `error` event, then the window's Worker object.
// Chromium logs "Uncaught Error: inner boom" once per round (for the inner worker, whose error the outer worker's
// Worker object did not cancel; not for the outer worker, whose exception the window or its own onerror cancels):
// those are the harness's stderr lines, error-nested.expected-stderr.
const outer = new Worker('w/error-nested-outer.js');
outer.onerror = (e) => {
  console.log('window saw the outer worker error: ' + e.message + ' at ' + e.filename.split(location.origin).join('ORIGIN') + ':' + e.lineno);
  e.preventDefault();
  outer.postMessage('again, canceled this time');
};
outer.onmessage = (e) => console.log('outer says: ' + e.data);
