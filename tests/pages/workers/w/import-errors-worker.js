// Each case runs importScripts from its own task; the global's error event says where the error came from.
const strip = (s) => String(s).split(location.origin).join('ORIGIN');
function doImport(url) {
  importScripts(url);
}
const cases = [
  ['syntax error in an imported script', () => doImport('import-syntax-error.js')],
  ['exception while an imported script runs', () => doImport('import-thrower.js')],
  ['imported script missing (NetworkError)', () => doImport('no-such-script.js')],
  ['invalid URL (SyntaxError DOMException)', () => doImport('http://[bad')],
];
let i = 0;
self.addEventListener('error', (e) => {
  e.preventDefault();
  const err = e.error;
  // V8's parser words a syntax error otherwise than GraalJS's: only the start of such a message is compared
  const message = err instanceof SyntaxError ? e.message.slice(0, e.message.indexOf(':', 30) + 1) + ' ...' : strip(e.message);
  const errorMessage = err instanceof SyntaxError ? err.message.slice(0, err.message.indexOf(':') + 1) + ' ...' : strip(err.message);
  const label = name === 'top-level' ? 'importScripts of a missing script while the worker script runs' : cases[i][0];
  postMessage(`${label}: ${message} | ${strip(e.filename)}:${e.lineno} | error ${err && err.constructor.name} ${err && err.name}: ${errorMessage}`);
  if (name === 'top-level') { postMessage('top-level done'); return; }
  i++;
  if (i < cases.length) setTimeout(cases[i][1], 0); else postMessage('done');
});
if (name !== 'top-level') setTimeout(cases[0][1], 0);
if (name === 'top-level') doImport('no-such-script.js');
