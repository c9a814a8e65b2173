// capture: realtime
// new SharedWorker(): exposure (windows only), Chromium's exceptions for bad arguments, URLs and origins, the
// (DOMString or WorkerOptions) forms of the options, and the object's shape (port, onerror, no postMessage).
const log = (s) => console.log(s);
const strip = (s) => String(s).split(location.origin).join('ORIGIN');
const t = (f) => { try { return strip(f()); } catch (e) { return e.name + ': ' + strip(e.message); } };
log('typeof SharedWorker: ' + typeof SharedWorker + ', length ' + SharedWorker.length);
log('called as a function: ' + t(() => SharedWorker('w/counter.js')));
log('no arguments: ' + t(() => new SharedWorker()));
log('invalid URL: ' + t(() => new SharedWorker('http://[')));
log('cross-origin: ' + t(() => new SharedWorker('http://example.com/w.js')));
log('about:blank: ' + t(() => new SharedWorker('about:blank')));
log('javascript: ' + t(() => new SharedWorker('javascript:1')));
log('bad type: ' + t(() => new SharedWorker('w/counter.js', { type: 'bogus' })));
log('bad credentials: ' + t(() => new SharedWorker('w/counter.js', { credentials: 'bogus' })));
let read = [];
const spy = { get type() { read.push('type'); return 'classic'; }, get name() { read.push('name'); return 'spy'; }, get credentials() { read.push('credentials'); return 'omit'; } };
log('options read: ' + t(() => { new SharedWorker('w/counter.js', spy); return read.join(); }));
const w = new SharedWorker('w/counter.js', 'by-string');
log('object: ' + Object.prototype.toString.call(w) + ' ' + (Object.getPrototypeOf(SharedWorker.prototype) === EventTarget.prototype));
log('port: ' + Object.prototype.toString.call(w.port) + ' same each time ' + (w.port === w.port));
log('keys: ' + Object.keys(SharedWorker.prototype).join());
log('postMessage in it: ' + ('postMessage' in w) + ', terminate: ' + ('terminate' in w));
const d = Object.getOwnPropertyDescriptor(SharedWorker.prototype, 'port');
log('port getter only: ' + (typeof d.get) + ' ' + (typeof d.set) + ' ' + d.enumerable + ' ' + d.configurable);
log('port getter on another object: ' + t(() => d.get.call({})));
const dw = new Worker(URL.createObjectURL(new Blob(["postMessage(typeof SharedWorker)"])));
dw.onmessage = (e) => {
  log('typeof SharedWorker in a dedicated worker: ' + e.data);
  w.port.onmessage = (m) => { log('by-string name: ' + m.data.name); log('done'); };
};
