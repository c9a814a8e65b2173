// capture: realtime
// Error.captureStackTrace(object, constructorOpt), V8's API that Chromium pages use: a non-enumerable configurable
// `stack` accessor on the object, "Name: message" from the object, then the caller's frames without those above and
// including constructorOpt's; the errors V8 gives for a primitive or a non-extensible object; a write replaces it.
// (Error.stackTraceLimit is not there: README, Known gaps.)
const log = (s) => console.log(String(s).split(location.origin).join('ORIGIN'));
log(typeof Error.captureStackTrace + ' ' + (typeof Error.captureStackTrace === 'function' ? Error.captureStackTrace.length : ''));
function inner(o, f) { Error.captureStackTrace(o, f); return o; }
function outer(o, f) { return inner(o, f); }
const o = outer({}, undefined);
const d = Object.getOwnPropertyDescriptor(o, 'stack');
log('descriptor: ' + Object.keys(d).join(',') + ' enumerable ' + d.enumerable + ' writable ' + d.writable + ' configurable ' + d.configurable + ' get ' + typeof d.get);
log(o.stack);
log(outer({ name: 'N', message: 'M' }, inner).stack);
log(outer({ message: 'only message' }, outer).stack);
class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; Error.captureStackTrace(this, MyError); } }
function make() { return new MyError('boom'); }
log(make().stack);
const e = new Error('x'); Error.captureStackTrace(e); log(e.stack);
try { Error.captureStackTrace(1); } catch (err) { log(err.name + ': ' + err.message); }
try { Error.captureStackTrace(); } catch (err) { log(err.name + ': ' + err.message); }
const frozen = Object.freeze({}); try { Error.captureStackTrace(frozen); log('frozen ok ' + frozen.stack); } catch (err) { log(err.name + ': ' + err.message); }
o.stack = 'replaced'; log(o.stack);
