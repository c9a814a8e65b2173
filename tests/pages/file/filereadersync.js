// FileReaderSync in a dedicated worker: the four reads, encodings, errors; absent in the window.
// capture: realtime
console.log('window: ' + typeof FileReaderSync);
const w = new Worker('w/filereadersync-worker.js');
w.onmessage = (e) => console.log(e.data);
