// capture: realtime
// An error in a nested worker that its parent's Worker object does not cancel becomes the parent worker's
// own exception: the parent's global `error` event, then the window's Worker object.
// (Chromium also logs "Uncaught Error: inner boom" as a console error at each level that does not cancel it:
// error lines, left out of the .expected, which holds console.log lines only.)
const outer = new Worker('w/error-nested-outer.js');
outer.onerror = (e) => {
  console.log('window saw the outer worker error: ' + e.message + ' at ' + e.filename.split(location.origin).join('ORIGIN') + ':' + e.lineno);
  e.preventDefault();
  outer.postMessage('again, canceled this time');
};
outer.onmessage = (e) => console.log('outer says: ' + e.data);
