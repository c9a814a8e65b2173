// node tests/js/events.test.js — tests js-shims/events.js in a bare vm context.
'use strict';
const vm = require('vm'), fs = require('fs'), path = require('path');
const assert = require('node:assert');

const shims = path.join(__dirname, '..', '..', 'js-shims');
function load(extra) {
  const ctx = vm.createContext({});
  const g = vm.runInContext('globalThis', ctx);
  const $ = {};
  vm.runInContext(fs.readFileSync(path.join(shims, 'webidl.js'), 'utf8'), ctx)(g, $);
  if (extra) extra(g, $, ctx);
  vm.runInContext(fs.readFileSync(path.join(shims, 'events.js'), 'utf8'), ctx)(g, $);
  const run = (code) => vm.runInContext(code, ctx);
  return { ctx, g, $, run };
}

let failures = 0, count = 0;
function test(name, fn) {
  count++;
  try { fn(); } catch (e) { failures++; console.error(`FAIL ${name}\n  ${e && e.stack || e}`); }
}
const asyncTests = [];
function testAsync(name, fn) { asyncTests.push([name, fn]); }

function throwsMsg(run, code, type, msg) {
  const r = run(`(() => { try { ${code}; return 'no throw'; } catch (e) { return [e.constructor.name, e.name, e.message]; } })()`);
  assert.notStrictEqual(r, 'no throw', `${code} should throw`);
  assert.strictEqual(r[1], type, code);
  if (msg !== undefined) assert.strictEqual(r[2], msg, code);
  return r;
}

// ---------------------------------------------------------------------------------------------
test('no helper leak on global', () => {
  const ctx = vm.createContext({});
  const before = new Set(vm.runInContext('Object.getOwnPropertyNames(globalThis)', ctx));
  const { run } = load();
  const added = run('Object.getOwnPropertyNames(globalThis)').filter((n) => !before.has(n)).sort();
  assert.deepStrictEqual([...added], ['AbortController', 'AbortSignal', 'CustomEvent', 'DOMException', 'ErrorEvent', 'Event',
    'EventTarget', 'MessageEvent', 'PromiseRejectionEvent']);
  const desc = run("Object.getOwnPropertyDescriptor(globalThis, 'Event')");
  assert.strictEqual(desc.enumerable, false);
  assert.strictEqual(desc.writable, true);
  assert.strictEqual(desc.configurable, true);
});

test('DOMException basics', () => {
  const { run, $ } = load();
  assert.strictEqual(run("String(new DOMException('m','NotFoundError'))"), 'NotFoundError: m');
  assert.strictEqual(run("new DOMException('m','NotFoundError').code"), 8);
  assert.strictEqual(run("new DOMException('m','Nope').code"), 0);
  assert.strictEqual(run('new DOMException().name'), 'Error');
  assert.strictEqual(run('new DOMException().message'), '');
  assert.strictEqual(run('new DOMException(null, null).name'), 'null');
  assert.strictEqual(run('new DOMException() instanceof Error'), true);
  assert.strictEqual(run('Object.prototype.toString.call(new DOMException())'), '[object DOMException]');
  assert.strictEqual(run('DOMException.ABORT_ERR + DOMException.prototype.DATA_CLONE_ERR'), 45);
  assert.strictEqual(run('DOMException.length'), 0);
  assert.strictEqual(run("new DOMException('x','TimeoutError').code"), 23);
  assert.strictEqual(run("new DOMException('x','DataCloneError').code"), 25);
  throwsMsg(run, 'DOMException()', 'TypeError',
    "Failed to construct 'DOMException': Please use the 'new' operator, this DOM object constructor cannot be called as a function.");
  throwsMsg(run, 'DOMException.prototype.code', 'TypeError', 'Illegal invocation');
  throwsMsg(run, 'new DOMException(Symbol())', 'TypeError');
  // script-created: no own stack (as Chromium); platform-created: own stack
  assert.strictEqual(run("Object.getOwnPropertyNames(new DOMException('a')).length"), 0);
  const e = new $.DOMException('boom', 'InvalidStateError');
  assert.strictEqual(typeof e.stack, 'string');
  assert.ok(run('(e) => e instanceof DOMException')(e));
  assert.strictEqual(e.code, 11);
  assert.strictEqual(e.name, 'InvalidStateError');
  assert.strictEqual($.DOMException.prototype, run('DOMException.prototype'));
  assert.strictEqual(run(`Object.getOwnPropertyNames(DOMException.prototype).slice(0, 4).join()`), 'code,name,message,INDEX_SIZE_ERR');
  assert.strictEqual(run(`Object.getOwnPropertyNames(DOMException.prototype).pop()`), 'constructor');
  // subclassing works
  assert.strictEqual(run("class D extends DOMException { constructor() { super('q', 'SyntaxError'); } }; new D().code"), 12);
});

test('Event constructor and attributes', () => {
  const { run } = load();
  throwsMsg(run, 'new Event()', 'TypeError', "Failed to construct 'Event': 1 argument required, but only 0 present.");
  throwsMsg(run, "Event('x')", 'TypeError',
    "Failed to construct 'Event': Please use the 'new' operator, this DOM object constructor cannot be called as a function.");
  throwsMsg(run, "new Event('x', 5)", 'TypeError', "Failed to construct 'Event': The provided value is not of type 'EventInit'.");
  throwsMsg(run, "Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call({})", 'TypeError', 'Illegal invocation');
  throwsMsg(run, 'Event.prototype.bubbles', 'TypeError', 'Illegal invocation');
  throwsMsg(run, 'Event.prototype.preventDefault.call({})', 'TypeError', 'Illegal invocation');
  assert.strictEqual(run("String(new Event('x'))"), '[object Event]');
  assert.strictEqual(run("new Event(null).type"), 'null');
  const r = run("(() => { const e = new Event('t', {bubbles: 1, cancelable: 'y', composed: 0}); return [e.type, e.bubbles, e.cancelable, e.composed, e.defaultPrevented, e.isTrusted, e.target, e.currentTarget, e.srcElement, e.eventPhase, e.returnValue, e.cancelBubble, typeof e.timeStamp, e.composedPath().length]; })()");
  assert.deepStrictEqual([...r], ['t', true, true, false, false, false, null, null, null, 0, true, false, 'number', 0]);
  assert.strictEqual(run("Object.getOwnPropertyNames(new Event('x')).join()"), 'isTrusted');
  assert.strictEqual(run("Object.getOwnPropertyDescriptor(new Event('x'), 'isTrusted').get === Object.getOwnPropertyDescriptor(new Event('y'), 'isTrusted').get"), true);
  assert.strictEqual(run('Event.AT_TARGET + Event.prototype.BUBBLING_PHASE + Event.CAPTURING_PHASE + Event.NONE'), 6);
  assert.strictEqual(run("Object.getOwnPropertyNames(Event.prototype).join()"),
    'type,target,currentTarget,eventPhase,bubbles,cancelable,defaultPrevented,composed,timeStamp,srcElement,returnValue,cancelBubble,NONE,CAPTURING_PHASE,AT_TARGET,BUBBLING_PHASE,composedPath,initEvent,preventDefault,stopImmediatePropagation,stopPropagation,constructor');
  assert.strictEqual(run("Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.name"), 'get type');
  throwsMsg(run, 'new Event.prototype.preventDefault()', 'TypeError');
});

test('timeStamp uses performance.now', () => {
  const { run } = load((g) => { g.performance = { now: () => 42.5 }; });
  assert.strictEqual(run("new Event('x').timeStamp"), 42.5);
  const { run: run2 } = load();
  assert.strictEqual(run2("new Event('x').timeStamp"), 0);
});

test('preventDefault / returnValue / cancelBubble', () => {
  const { run } = load();
  assert.deepStrictEqual([...run("(() => { const e = new Event('x'); e.preventDefault(); const a = e.defaultPrevented; const e2 = new Event('x', {cancelable: true}); e2.returnValue = false; const b = e2.defaultPrevented; e2.returnValue = true; return [a, b, e2.defaultPrevented, e2.returnValue]; })()")],
    [false, true, true, false]);
  assert.deepStrictEqual([...run("(() => { const e = new Event('x'); e.cancelBubble = true; const a = e.cancelBubble; e.cancelBubble = false; return [a, e.cancelBubble]; })()")], [true, true]);
  assert.deepStrictEqual([...run("(() => { const e = new Event('x'); e.stopImmediatePropagation(); return [e.cancelBubble]; })()")], [true]);
});

test('initEvent', () => {
  const { run } = load();
  throwsMsg(run, "new Event('x').initEvent()", 'TypeError', "Failed to execute 'initEvent' on 'Event': 1 argument required, but only 0 present.");
  assert.deepStrictEqual([...run("(() => { const e = new Event('x', {cancelable: true}); e.preventDefault(); e.initEvent('y', true); return [e.type, e.bubbles, e.cancelable, e.defaultPrevented]; })()")],
    ['y', true, false, false]);
  // ignored while dispatching
  assert.strictEqual(run("(() => { const t = new EventTarget(); const e = new Event('x'); t.addEventListener('x', () => e.initEvent('z')); t.dispatchEvent(e); return e.type; })()"), 'x');
});

test('EventTarget listeners: order, duplicates, capture, once, handleEvent', () => {
  const { run } = load();
  const out = run(`(() => {
    const log = [];
    const t = new EventTarget();
    const f = (e) => log.push('f:' + (e.currentTarget === t) + e.eventPhase);
    t.addEventListener('x', f);
    t.addEventListener('x', f);           // duplicate ignored
    t.addEventListener('x', f, true);     // different capture -> separate
    t.addEventListener('x', f, {capture: true}); // dup of previous
    const obj = { handleEvent(e) { log.push('obj:' + (this === obj)); } };
    t.addEventListener('x', obj);
    t.addEventListener('x', () => log.push('once'), {once: true});
    t.addEventListener('x', null);
    t.addEventListener('x', undefined);
    t.addEventListener('x', {});
    t.addEventListener('x', {handleEvent: 5});
    t.dispatchEvent(new Event('x'));
    t.dispatchEvent(new Event('x'));
    t.removeEventListener('x', f, {capture: true});
    t.removeEventListener('x', f);
    t.dispatchEvent(new Event('x'));
    return log.join(' ');
  })()`);
  assert.strictEqual(out, 'f:true2 f:true2 obj:true once f:true2 f:true2 obj:true obj:true');
});

test('EventTarget argument checks', () => {
  const { run } = load();
  throwsMsg(run, "new EventTarget().addEventListener('x')", 'TypeError',
    "Failed to execute 'addEventListener' on 'EventTarget': 2 arguments required, but only 1 present.");
  throwsMsg(run, "new EventTarget().addEventListener('x', 5)", 'TypeError',
    "Failed to execute 'addEventListener' on 'EventTarget': parameter 2 is not of type 'Object'.");
  throwsMsg(run, "new EventTarget().addEventListener('x', null, {signal: null})", 'TypeError',
    "Failed to execute 'addEventListener' on 'EventTarget': Failed to read the 'signal' property from 'AddEventListenerOptions': Failed to convert value to 'AbortSignal'.");
  throwsMsg(run, "new EventTarget().removeEventListener('x')", 'TypeError',
    "Failed to execute 'removeEventListener' on 'EventTarget': 2 arguments required, but only 1 present.");
  throwsMsg(run, 'new EventTarget().dispatchEvent()', 'TypeError',
    "Failed to execute 'dispatchEvent' on 'EventTarget': 1 argument required, but only 0 present.");
  throwsMsg(run, 'new EventTarget().dispatchEvent({})', 'TypeError',
    "Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is not of type 'Event'.");
  throwsMsg(run, "EventTarget.prototype.addEventListener.call({}, 'x', null)", 'TypeError', 'Illegal invocation');
  throwsMsg(run, 'EventTarget()', 'TypeError',
    "Failed to construct 'EventTarget': Please use the 'new' operator, this DOM object constructor cannot be called as a function.");
  assert.strictEqual(run('String(new EventTarget())'), '[object EventTarget]');
  assert.strictEqual(run("Object.getOwnPropertyNames(EventTarget.prototype).join()"), 'addEventListener,dispatchEvent,removeEventListener,constructor');
  assert.strictEqual(run('[EventTarget.prototype.addEventListener.length, EventTarget.prototype.removeEventListener.length, EventTarget.prototype.dispatchEvent.length].join()'), '2,2,1');
});

test('dispatchEvent return value, re-dispatch, passive', () => {
  const { run } = load();
  assert.strictEqual(run("(() => { const t = new EventTarget(); t.addEventListener('x', e => e.preventDefault()); return t.dispatchEvent(new Event('x', {cancelable: true})); })()"), false);
  assert.strictEqual(run("(() => { const t = new EventTarget(); t.addEventListener('x', e => e.preventDefault()); return t.dispatchEvent(new Event('x')); })()"), true);
  assert.strictEqual(run("(() => { const t = new EventTarget(); t.addEventListener('x', e => e.preventDefault(), {passive: true}); return t.dispatchEvent(new Event('x', {cancelable: true})); })()"), true);
  const r = run(`(() => { const t = new EventTarget(); const e = new Event('x'); let msg;
    t.addEventListener('x', () => { try { t.dispatchEvent(e); } catch (err) { msg = [err instanceof DOMException, err.name, err.message, err.code]; } });
    t.dispatchEvent(e); return msg; })()`);
  assert.deepStrictEqual([...r], [true, 'InvalidStateError', "Failed to execute 'dispatchEvent' on 'EventTarget': The event is already being dispatched.", 11]);
  // after dispatch the event can be dispatched again
  assert.strictEqual(run("(() => { const t = new EventTarget(); const e = new Event('x'); let n = 0; t.addEventListener('x', () => n++); t.dispatchEvent(e); t.dispatchEvent(e); return n; })()"), 2);
  // state during/after dispatch
  const s = run(`(() => { const t = new EventTarget(); const e = new Event('x'); let during;
    t.addEventListener('x', (ev) => { during = [ev.target === t, ev.currentTarget === t, ev.srcElement === t, ev.eventPhase, ev.composedPath().length, ev.composedPath()[0] === t]; });
    t.dispatchEvent(e); return during.concat([e.target === t, e.currentTarget, e.eventPhase, e.composedPath().length]); })()`);
  assert.deepStrictEqual([...s], [true, true, true, 2, 1, true, true, null, 0, 0]);
});

test('stopPropagation / stopImmediatePropagation', () => {
  const { run } = load();
  assert.strictEqual(run(`(() => { const t = new EventTarget(); const log = [];
    t.addEventListener('x', (e) => { log.push(1); e.stopImmediatePropagation(); });
    t.addEventListener('x', () => log.push(2));
    t.dispatchEvent(new Event('x'));
    t.dispatchEvent(new Event('x'));
    return log.join(); })()`), '1,1');
  assert.strictEqual(run(`(() => { const t = new EventTarget(); const log = [];
    t.addEventListener('x', (e) => { log.push(1); e.stopPropagation(); });
    t.addEventListener('x', () => log.push(2));
    const e = new Event('x'); t.dispatchEvent(e);
    return log.join() + ':' + e.cancelBubble; })()`), '1,2:true'); // Chromium keeps the flag on non-Node targets
  // non-Node target (Chromium): stop propagation flag set before dispatch does not prevent listeners,
  // stopImmediatePropagation does; listeners run in registration order whatever their capture flag.
  assert.strictEqual(run(`(() => { const t = new EventTarget(); let n = 0; t.addEventListener('x', () => n++);
    const e = new Event('x'); e.stopPropagation(); t.dispatchEvent(e); const e2 = new Event('x'); e2.stopImmediatePropagation(); t.dispatchEvent(e2); return n; })()`), 1);
  assert.strictEqual(run(`(() => { const t = new EventTarget(); const log = [];
    t.addEventListener('a', () => log.push('bub1'));
    t.addEventListener('a', (e) => { log.push('cap' + e.eventPhase); e.stopPropagation(); }, true);
    t.addEventListener('a', () => log.push('bub2'));
    t.dispatchEvent(new Event('a')); return log.join(' '); })()`), 'bub1 cap2 bub2');
});

test('listener added/removed during dispatch', () => {
  const { run } = load();
  assert.strictEqual(run(`(() => { const t = new EventTarget(); const log = [];
    const b = () => log.push('b');
    t.addEventListener('x', () => { log.push('a'); t.addEventListener('x', () => log.push('late')); t.removeEventListener('x', b); });
    t.addEventListener('x', b);
    t.dispatchEvent(new Event('x'));
    return log.join(); })()`), 'a');
});

test('listener exceptions are reported and do not stop others', () => {
  const reported = [];
  const { run, $ } = load((g, $) => { $.reportException = (e) => reported.push(e); });
  assert.strictEqual(run(`(() => { const t = new EventTarget(); const log = [];
    t.addEventListener('x', () => { throw new Error('boom'); });
    t.addEventListener('x', {get handleEvent() { throw new RangeError('getter'); }});
    t.addEventListener('x', () => log.push('after'));
    return t.dispatchEvent(new Event('x')) + log.join(); })()`), 'trueafter');
  assert.strictEqual(reported.length, 2);
  assert.strictEqual(reported[0].message, 'boom');
  assert.strictEqual(reported[1].message, 'getter');
  // without $.reportException: stored
  const { run: run2, $: $2 } = load();
  run2("(() => { const t = new EventTarget(); t.addEventListener('x', () => { throw new TypeError('zz'); }); t.dispatchEvent(new Event('x')); })()");
  assert.strictEqual($2.lastListenerError.message, 'zz');
  // $.reportException defined later (at call time) is used
  const { run: run3, $: $3 } = load();
  const got = [];
  $3.reportException = (e) => got.push(e.message);
  run3("(() => { const t = new EventTarget(); t.addEventListener('x', () => { throw new Error('late'); }); t.dispatchEvent(new Event('x')); })()");
  assert.deepStrictEqual(got, ['late']);
});

test('subclassing EventTarget and Event', () => {
  const { run } = load();
  assert.strictEqual(run(`(() => { class X extends EventTarget { constructor() { super(); this.n = 0; } }
    const x = new X(); x.addEventListener('y', function () { this.n++; }); x.dispatchEvent(new Event('y'));
    class E extends Event { constructor(t) { super(t, {bubbles: true}); this.extra = 1; } }
    const e = new E('z'); return [x.n, x instanceof EventTarget, String(x), e.bubbles, e.extra, e instanceof Event].join(); })()`),
  '1,true,[object EventTarget],true,1,true');
});

test('AbortSignal option on addEventListener', () => {
  const { run } = load();
  assert.strictEqual(run(`(() => { const t = new EventTarget(); const c = new AbortController(); let n = 0;
    t.addEventListener('x', () => n++, {signal: c.signal});
    t.dispatchEvent(new Event('x')); c.abort(); t.dispatchEvent(new Event('x'));
    t.addEventListener('x', () => n += 10, {signal: c.signal});
    t.dispatchEvent(new Event('x'));
    return n; })()`), 1);
});

test('dispatchTrusted / fireEvent / getTheParent', () => {
  const { run, $, g } = load();
  const t = run('new EventTarget()');
  const e = run("new Event('x')");
  let trusted;
  t.addEventListener('x', (ev) => { trusted = ev.isTrusted; });
  assert.strictEqual($.dispatchTrusted(t, e), true);
  assert.strictEqual(trusted, true);
  assert.strictEqual(e.isTrusted, true);
  t.dispatchEvent(e);
  assert.strictEqual(trusted, false);
  // fireEvent with a subclass
  let detail;
  t.addEventListener('c', (ev) => { detail = [ev.detail, ev.isTrusted]; });
  $.fireEvent(t, 'c', { detail: 7 }, g.CustomEvent);
  assert.deepStrictEqual(detail, [7, true]);
  // parent chain: capture then bubble
  const a = run('new EventTarget()'), b = run('new EventTarget()');
  $.isNodeEventTarget = (x) => x === a || x === b;
  const prev = $.getTheParent;
  $.getTheParent = (x, ev) => (x === a ? b : prev(x, ev));
  const log = [];
  b.addEventListener('p', (ev) => log.push('b-cap' + ev.eventPhase + (ev.target === a)), true);
  b.addEventListener('p', (ev) => log.push('b-bub' + ev.eventPhase));
  a.addEventListener('p', (ev) => log.push('a-bub' + ev.eventPhase));
  a.addEventListener('p', (ev) => log.push('a-cap' + ev.eventPhase + ev.composedPath().length), true);
  a.dispatchEvent(new g.Event('p', { bubbles: true }));
  a.dispatchEvent(new g.Event('p'));
  // at target, capture listeners run first (current DOM spec / Chromium 89+)
  assert.strictEqual(log.join(' '), 'b-cap1true a-cap22 a-bub2 b-bub3 b-cap1true a-cap22 a-bub2');
  // stopPropagation in capture stops the rest
  log.length = 0;
  b.addEventListener('q', (ev) => { log.push('b'); ev.stopPropagation(); }, true);
  a.addEventListener('q', () => log.push('a'));
  a.dispatchEvent(new g.Event('q', { bubbles: true }));
  assert.strictEqual(log.join(), 'b');
  // Node dispatch: a pre-set stop flag prevents everything and is cleared afterwards
  log.length = 0;
  const pe = new g.Event('q', { bubbles: true });
  pe.stopPropagation();
  a.dispatchEvent(pe);
  assert.strictEqual(log.join() + pe.cancelBubble, 'false');
});

test('legacy webkit event types for trusted events', () => {
  const { run, $ } = load();
  const t = run('new EventTarget()');
  const log = [];
  t.addEventListener('webkitTransitionEnd', (e) => log.push(e.type));
  $.fireEvent(t, 'transitionend');
  t.dispatchEvent(new (run('Event'))('transitionend'));
  assert.deepStrictEqual(log, ['webkitTransitionEnd']);
  run('0');
  assert.strictEqual(log.length, 1);
});

test('defineEventHandler', () => {
  const { run, $, g } = load();
  const proto = run('(class T extends EventTarget {}).prototype');
  $.defineEventHandler(proto, 'foo');
  const T = proto.constructor;
  g.T = T;
  const r = run(`(() => { const t = new T(); const log = [];
    const d = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(t), 'onfoo');
    const init = [String(t.onfoo), d.enumerable, d.configurable, d.get.name, d.set.name];
    t.addEventListener('foo', () => log.push('a'));
    t.onfoo = () => log.push('h1');
    t.addEventListener('foo', () => log.push('b'));
    t.onfoo = function (e) { log.push('h2:' + (this === t)); };
    t.dispatchEvent(new Event('foo'));
    t.onfoo = null;
    t.dispatchEvent(new Event('foo'));
    t.onfoo = function () { log.push('h3:' + (this === t)); };
    t.dispatchEvent(new Event('foo'));
    t.onfoo = 5; const five = t.onfoo;
    const o = {}; t.onfoo = o; const obj = t.onfoo === o;
    t.dispatchEvent(new Event('foo'));
    t.onfoo = () => false;
    const ret = t.dispatchEvent(new Event('foo', {cancelable: true}));
    return [init.join(), log.join(' '), five, obj, ret]; })()`);
  assert.deepStrictEqual([...r], [
    'null,true,true,get onfoo,set onfoo',
    'a h2:true b a b a b h3:true a b a b',
    null, true, false]);
  throwsMsg(run, "Object.getOwnPropertyDescriptor(T.prototype, 'onfoo').get.call({})", 'TypeError', 'Illegal invocation');
  // handler exceptions reported
  const errs = [];
  $.reportException = (e) => errs.push(e.message);
  run("(() => { const t = new T(); t.onfoo = () => { throw new Error('hx'); }; t.addEventListener('foo', () => {}); t.dispatchEvent(new Event('foo')); })()");
  assert.deepStrictEqual(errs, ['hx']);
  // AbortSignal.onabort exists
  assert.strictEqual(run("(() => { const c = new AbortController(); let n = 0; c.signal.onabort = (e) => n += e.isTrusted ? 1 : 100; c.abort(); return n; })()"), 1);
});

test('onerror special signature on global scope', () => {
  const { run, $, g } = load();
  const proto = run('(class G extends EventTarget {}).prototype');
  $.defineEventHandler(proto, 'error');
  const gl = run('new (Object.getPrototypeOf(new EventTarget()).constructor)()');
  const target = new proto.constructor();
  $.isGlobalScope = (t) => t === target;
  let args;
  target.onerror = function (...a) { args = a; return true; };
  const err = new g.Error('E');
  const ev = new g.ErrorEvent('error', { message: 'm', filename: 'f.js', lineno: 3, colno: 4, error: err, cancelable: true });
  assert.strictEqual($.dispatchTrusted(target, ev), false);
  assert.deepStrictEqual(args, ['m', 'f.js', 3, 4, err]);
  // returning false does not cancel for the special form
  target.onerror = () => false;
  assert.strictEqual($.dispatchTrusted(target, new g.ErrorEvent('error', { cancelable: true })), true);
  // non-global target gets the event object, returning false cancels
  const other = new proto.constructor();
  let got;
  other.onerror = (e) => { got = e; return false; };
  const ev2 = new g.ErrorEvent('error', { cancelable: true });
  assert.strictEqual(other.dispatchEvent(ev2), false);
  assert.strictEqual(got, ev2);
  // a plain Event named error on the global: ordinary processing
  let got2;
  target.onerror = (e) => { got2 = e; };
  const pe = new g.Event('error');
  target.dispatchEvent(pe);
  assert.strictEqual(got2, pe);
  assert.ok(gl);
});

test('CustomEvent', () => {
  const { run } = load();
  assert.strictEqual(run("String(new CustomEvent('x').detail)"), 'null');
  assert.deepStrictEqual([...run("(() => { const e = new CustomEvent('x', {detail: {a: 1}, bubbles: true}); const r = [e.detail.a, e.bubbles]; e.initCustomEvent('y', false, true, 9); return r.concat([e.type, e.bubbles, e.cancelable, e.detail, String(e), e instanceof Event]); })()")],
    [1, true, 'y', false, true, 9, '[object CustomEvent]', true]);
  throwsMsg(run, "new CustomEvent('x').initCustomEvent()", 'TypeError', "Failed to execute 'initCustomEvent' on 'CustomEvent': 1 argument required, but only 0 present.");
  throwsMsg(run, "Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x'))", 'TypeError', 'Illegal invocation');
  throwsMsg(run, "new CustomEvent()", 'TypeError', "Failed to construct 'CustomEvent': 1 argument required, but only 0 present.");
  assert.strictEqual(run('Object.getPrototypeOf(CustomEvent) === Event && CustomEvent.length === 1'), true);
  assert.strictEqual(run("Object.getOwnPropertyNames(CustomEvent.prototype).join()"), 'detail,initCustomEvent,constructor');
});

test('ErrorEvent', () => {
  const { run } = load();
  assert.deepStrictEqual([...run("(() => { const e = new ErrorEvent('x'); return [e.message, e.filename, e.lineno, e.colno, e.error]; })()")],
    ['', '', 0, 0, undefined]);
  assert.strictEqual(run("(() => { const e = new ErrorEvent('x', {message: {toString() { return 'M'; }}, lineno: -1, colno: 3.9, error: 0}); return [e.message, e.lineno, e.colno, e.error].join('|'); })()"),
    'M|4294967295|3|0');
  assert.strictEqual(run("Object.getOwnPropertyNames(ErrorEvent.prototype).join()"), 'message,filename,lineno,colno,error,constructor');
  // dictionary members read in lexicographic order, base first
  assert.strictEqual(run(`(() => { const order = []; const p = new Proxy({}, { get(t, k) { if (typeof k === 'string') order.push(k); return undefined; } });
    new ErrorEvent('x', p); return order.join(); })()`), 'bubbles,cancelable,composed,colno,error,filename,lineno,message');
});

test('PromiseRejectionEvent', () => {
  const { run } = load();
  throwsMsg(run, "new PromiseRejectionEvent('x')", 'TypeError', "Failed to construct 'PromiseRejectionEvent': 2 arguments required, but only 1 present.");
  throwsMsg(run, "new PromiseRejectionEvent('x', {})", 'TypeError',
    "Failed to construct 'PromiseRejectionEvent': Failed to read the 'promise' property from 'PromiseRejectionEventInit': Required member is undefined.");
  assert.strictEqual(run("(() => { const p = Promise.resolve(1); const e = new PromiseRejectionEvent('x', {promise: p, reason: 5}); return e.promise === p && e.reason === 5; })()"), true);
  assert.strictEqual(run("new PromiseRejectionEvent('x', {promise: 5}).promise instanceof Promise"), true);
  assert.strictEqual(run("new PromiseRejectionEvent('x', {promise: Promise.resolve()}).reason"), undefined);
  assert.strictEqual(run('PromiseRejectionEvent.length'), 2);
});

test('MessageEvent', () => {
  const { run, $ } = load((g, $) => { $.agentKind = 'window'; });
  assert.deepStrictEqual([...run("(() => { const e = new MessageEvent('message'); return [e.data, e.origin, e.lastEventId, e.source, e.ports.length, Object.isFrozen(e.ports), e.ports === e.ports, e.userActivation]; })()")],
    [null, '', '', null, 0, true, true, null]);
  throwsMsg(run, "new MessageEvent('x', {source: 5})", 'TypeError',
    "Failed to construct 'MessageEvent': Failed to read the 'source' property from 'MessageEventInit': Failed to convert value to 'EventTarget'.");
  throwsMsg(run, "new MessageEvent('x', {source: new EventTarget()})", 'TypeError',
    "Failed to construct 'MessageEvent': The optional 'source' property is neither a Window nor MessagePort.");
  throwsMsg(run, "new MessageEvent('x', {ports: 5})", 'TypeError',
    "Failed to construct 'MessageEvent': Failed to read the 'ports' property from 'MessageEventInit': The provided value cannot be converted to a sequence.");
  throwsMsg(run, "new MessageEvent('x', {ports: [5]})", 'TypeError',
    "Failed to construct 'MessageEvent': Failed to read the 'ports' property from 'MessageEventInit': Failed to convert value to 'MessagePort'.");
  $.initEventTarget(run('globalThis'));
  assert.strictEqual(run("new MessageEvent('x', {source: globalThis}).source === globalThis"), true);
  assert.deepStrictEqual([...run("(() => { const e = new MessageEvent('x', {data: 1}); e.initMessageEvent('y', true, true, 2, 'o', 'l', null, []); return [e.type, e.bubbles, e.data, e.origin, e.lastEventId, e.ports.length, Object.isFrozen(e.ports)]; })()")],
    ['y', true, 2, 'o', 'l', 0, true]);
  throwsMsg(run, "new MessageEvent('x').initMessageEvent('y', true, true, 1, 'o', 'l', 5)", 'TypeError',
    "Failed to execute 'initMessageEvent' on 'MessageEvent': parameter 7 is not of type 'EventTarget'.");
  throwsMsg(run, "new MessageEvent('x').initMessageEvent('y', true, true, 1, 'o', 'l', null, 5)", 'TypeError',
    "Failed to execute 'initMessageEvent' on 'MessageEvent': The provided value cannot be converted to a sequence.");
  throwsMsg(run, "new MessageEvent('x').initMessageEvent()", 'TypeError',
    "Failed to execute 'initMessageEvent' on 'MessageEvent': 1 argument required, but only 0 present.");
  assert.strictEqual(run("Object.getOwnPropertyNames(MessageEvent.prototype).join()"),
    'data,origin,lastEventId,source,ports,userActivation,initMessageEvent,constructor');
  // ports with a MessagePort hook
  const port = run('new EventTarget()');
  $.isMessagePort = (v) => v === port;
  const e = run('(p) => new MessageEvent("x", {ports: [p], source: p})')(port);
  assert.strictEqual(e.ports[0], port);
  assert.strictEqual(e.source, port);
});

test('AbortController / AbortSignal', () => {
  const { run } = load();
  throwsMsg(run, 'new AbortSignal()', 'TypeError', "Failed to construct 'AbortSignal': Illegal constructor");
  throwsMsg(run, 'AbortController()', 'TypeError',
    "Failed to construct 'AbortController': Please use the 'new' operator, this DOM object constructor cannot be called as a function.");
  assert.deepStrictEqual([...run(`(() => { const c = new AbortController(); const s = c.signal; const log = [];
    s.addEventListener('abort', (e) => log.push(e.type + e.isTrusted + (e.target === s)));
    const before = [s.aborted, s.reason, c.signal === s];
    c.abort(); c.abort('again');
    return before.concat([s.aborted, s.reason.name, s.reason.message, s.reason.code, s.reason instanceof DOMException, log.join()]); })()`)],
  [false, undefined, true, true, 'AbortError', 'signal is aborted without reason', 20, true, 'aborttruetrue']);
  assert.strictEqual(run('(() => { const c = new AbortController(); c.abort(5); c.abort(6); return c.signal.reason; })()'), 5);
  throwsMsg(run, 'AbortSignal.abort().throwIfAborted()', 'AbortError', 'signal is aborted without reason');
  assert.strictEqual(run('(() => { try { AbortSignal.abort(7).throwIfAborted(); } catch (e) { return e; } })()'), 7);
  assert.strictEqual(run('new AbortController().signal.throwIfAborted()'), undefined);
  assert.strictEqual(run('String(AbortSignal.abort()) + String(new AbortController())'), '[object AbortSignal][object AbortController]');
  assert.strictEqual(run('AbortSignal.abort() instanceof EventTarget'), true);
  assert.strictEqual(run("Object.getOwnPropertyNames(AbortSignal.prototype).join()"), 'aborted,reason,onabort,throwIfAborted,constructor');
  assert.strictEqual(run("Object.getOwnPropertyNames(AbortSignal).join()"), 'length,name,prototype,abort,any,timeout');
  // any
  assert.deepStrictEqual([...run(`(() => { const a = new AbortController(), b = new AbortController();
    const s = AbortSignal.any([a.signal, b.signal]); const s2 = AbortSignal.any([s]); const log = [];
    s.onabort = () => log.push('s'); s2.onabort = () => log.push('s2');
    b.abort('R'); return [s.aborted, s.reason, s2.aborted, s2.reason, log.join()]; })()`)],
  [true, 'R', true, 'R', 's,s2']);
  assert.deepStrictEqual([...run('(() => { const s = AbortSignal.any([AbortSignal.abort(3)]); return [s.aborted, s.reason]; })()')], [true, 3]);
  assert.strictEqual(run('AbortSignal.any([]).aborted'), false);
  throwsMsg(run, 'AbortSignal.any(5)', 'TypeError', "Failed to execute 'any' on 'AbortSignal': The provided value cannot be converted to a sequence.");
  throwsMsg(run, 'AbortSignal.any([5])', 'TypeError', "Failed to execute 'any' on 'AbortSignal': Failed to convert value to 'AbortSignal'.");
  throwsMsg(run, 'AbortSignal.any()', 'TypeError', "Failed to execute 'any' on 'AbortSignal': 1 argument required, but only 0 present.");
  throwsMsg(run, 'AbortSignal.timeout(-1)', 'TypeError', "Failed to execute 'timeout' on 'AbortSignal': Value is outside the 'unsigned long long' value range.");
  throwsMsg(run, 'AbortSignal.timeout(NaN)', 'TypeError', "Failed to execute 'timeout' on 'AbortSignal': Value is not of type 'unsigned long long'.");
  throwsMsg(run, 'AbortSignal.timeout(Infinity)', 'TypeError', "Failed to execute 'timeout' on 'AbortSignal': Value is infinite and not of type 'unsigned long long'.");
  throwsMsg(run, 'AbortSignal.timeout()', 'TypeError', "Failed to execute 'timeout' on 'AbortSignal': 1 argument required, but only 0 present.");
  throwsMsg(run, "Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call(new EventTarget())", 'TypeError', 'Illegal invocation');
});

test("AbortSignal.timeout uses timers.js's $.startTimer, not the page's setTimeout", () => {
  const { run, g, $ } = load();
  const timers = [];
  $.startTimer = (fn, ms) => { timers.push([fn, ms]); return 1; };
  let pageTimers = 0;
  g.setTimeout = () => { pageTimers++; };
  const s = run('AbortSignal.timeout(25)');
  assert.strictEqual(pageTimers, 0);
  assert.strictEqual(timers.length, 1);
  assert.strictEqual(timers[0][1], 25);
  assert.strictEqual(s.aborted, false);
  let fired = 0;
  s.addEventListener('abort', () => fired++);
  timers[0][0]();
  assert.strictEqual(s.aborted, true);
  assert.strictEqual(s.reason.name, 'TimeoutError');
  assert.strictEqual(s.reason.message, 'signal timed out');
  assert.strictEqual(s.reason.code, 23);
  assert.strictEqual(fired, 1);
});

test('$ helpers for other shims', () => {
  const { run, $ } = load();
  const o = run('Object.create(EventTarget.prototype)');
  $.initEventTarget(o);
  let n = 0;
  o.addEventListener('x', () => n++);
  $.fireEvent(o, 'x');
  assert.strictEqual(n, 1);
  const s = $.createAbortSignal();
  let algo = 0;
  $.addAbortAlgorithm(s, () => algo++);
  const removed = $.addAbortAlgorithm(s, () => { algo += 100; });
  $.removeAbortAlgorithm(s, removed);
  $.signalAbort(s, 'why');
  assert.strictEqual(algo, 1);
  assert.strictEqual(s.reason, 'why');
  assert.strictEqual($.isAbortSignal(s), true);
  assert.strictEqual($.isEvent(run("new Event('x')")), true);
  assert.strictEqual($.isEventTarget(o), true);
  // defineEventInterface for another family
  const ProgressEvent = $.defineEventInterface({
    name: 'ProgressEvent', dict: 'ProgressEventInit',
    members: [
      { name: 'lengthComputable', conv: (v) => !!v, def: () => false },
      { name: 'loaded', conv: (v) => Number(v), def: () => 0 },
      { name: 'total', conv: (v) => Number(v), def: () => 0 },
    ],
    attributes: ['lengthComputable', 'loaded', 'total'],
  });
  assert.strictEqual(run("new ProgressEvent('p', {loaded: 3}).loaded"), 3);
  assert.strictEqual(ProgressEvent.name, 'ProgressEvent');
  assert.strictEqual(run("String(new ProgressEvent('p'))"), '[object ProgressEvent]');
  // current event tracking
  let cur;
  const t = run('new EventTarget()');
  t.addEventListener('x', () => { cur = $.currentEvent; });
  const e = run("new Event('x')");
  t.dispatchEvent(e);
  assert.strictEqual(cur, e);
  assert.strictEqual($.currentEvent, undefined);
});

(async () => {
  for (const [name, fn] of asyncTests) {
    count++;
    try { await fn(); } catch (e) { failures++; console.error(`FAIL ${name}\n  ${e && e.stack || e}`); }
  }
  if (failures) { console.error(`${failures}/${count} failed`); process.exit(1); }
  console.log(`events.test.js: ${count} tests passed`);
})();
