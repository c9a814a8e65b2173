// timers.js — setTimeout/setInterval/clearTimeout/clearInterval, queueMicrotask, performance.
// Java half: AgentBridge.setTimer/clearTimer (the agent's EventLoop keeps the timer list, applies the HTML
// nesting clamp and turns a due timer into a task).
(function (g, $) {
  'use strict';
  const { Number, ObjectCreate, ObjectDefineProperty, ObjectEntries, PromisePrototypeThen, PromiseResolve, ReflectApply,
    SafeMap, String, TypeError, InternalArray } = $.primordials;
  const indirectEval = $.primordials.eval; // a string handler runs in global scope, whatever the page did to `eval`
  const host = $.host;
  const timers = new SafeMap(); // id -> { handler, args, repeat, ms } (null prototype)
  let nextId = 1;
  $.nextTimerId = () => nextId++;

  function fire(id) {
    const t = timers.get(id);
    if (t === undefined) return;
    if (!t.repeat) timers.delete(id);
    try {
      if (typeof t.handler === 'function') ReflectApply(t.handler, g, t.args);
      else indirectEval(t.handler);
    } catch (e) {
      $.reportException(e);
    }
    // setInterval re-arms after its callback, unless the callback cleared it.
    if (t.repeat && timers.get(id) === t) host.setTimer(id, t.ms, fire);
  }

  function start(handler, timeout, args, repeat) {
    // WebIDL: TimerHandler is (Function or DOMString); a non-function is converted now, before the delay.
    if (typeof handler !== 'function') handler = `${handler}`;
    let ms = Number(timeout);
    const id = nextId++;
    if (!(ms > 0)) ms = 0;
    if (ms > 2147483647) ms = 1; // as browsers: an overflowing delay fires at once
    timers.set(id, { __proto__: null, handler, args, repeat, ms });
    host.setTimer(id, ms, fire);
    return id;
  }

  /** A timer for the other shims (AbortSignal.timeout): not the page's setTimeout, which it may have replaced. */
  $.startTimer = (fn, ms) => start(fn, ms, InternalArray(), false);

  function clear(id) {
    id = Number(id);
    if (timers.delete(id)) host.clearTimer(id);
  }

  const methods = {
    setTimeout(handler, timeout = 0, ...args) { return start(handler, timeout, args, false); },
    setInterval(handler, timeout = 0, ...args) { return start(handler, timeout, args, true); },
    clearTimeout(id = 0) { clear(id); },
    clearInterval(id = 0) { clear(id); },
    queueMicrotask(callback) {
      $.requireArgs(arguments, 1, $.globalInterfaceName(), 'queueMicrotask');
      if (typeof callback !== 'function') {
        throw new TypeError(`Failed to execute 'queueMicrotask' on '${$.globalInterfaceName()}': parameter 1 is not of type 'Function'.`);
      }
      PromisePrototypeThen(PromiseResolve(), () => {
        try { callback(); } catch (e) { $.reportException(e); }
      });
    },
  };
  $.globalInterfaceName = () => ($.agentKind === 'window' ? 'Window' : 'WorkerGlobalScope');
  const entries = ObjectEntries(methods);
  for (let i = 0; i < entries.length; i++) {
    ObjectDefineProperty(g, entries[i][0], { __proto__: null, value: entries[i][1], writable: true, configurable: true, enumerable: true });
  }

  // performance: now() relative to the agent's time origin; timeOrigin in ms since the epoch.
  const timeOrigin = host.timeOrigin();
  function Performance() { throw new TypeError('Illegal constructor'); }
  const performance = $.markPlatformObject(ObjectCreate(Performance.prototype));
  $.defineMethods(Performance.prototype, {
    now() { return host.now(); },
    toJSON() { return { timeOrigin }; },
  });
  $.defineGetters(Performance.prototype, { timeOrigin() { return timeOrigin; } });
  $.toStringTag(Performance, 'Performance');
  $.defineGlobal('Performance', Performance);
  ObjectDefineProperty(g, 'performance', { __proto__: null, get() { return performance; }, set(v) {}, configurable: true, enumerable: true });
});
