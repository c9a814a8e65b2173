// timers.js — setTimeout/setInterval/clearTimeout/clearInterval, queueMicrotask, performance.
// Java half: AgentBridge.setTimer/clearTimer (the agent's EventLoop keeps the timer list, applies the HTML
// nesting clamp and turns a due timer into a task).
(function (g, $) {
  'use strict';
  const { Number, ObjectCreate, ObjectDefineProperty, ObjectEntries, PromisePrototypeThen, PromiseResolve, ReflectApply,
    SafeMap, SafeWeakMap, String, TypeError, InternalArray, ArrayPrototypeFilter, ArrayPrototypePush, ArrayPrototypeSlice,
    ArrayPrototypeSort, ArrayPrototypeSplice, MathFloor } = $.primordials;
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

  // ---- requestAnimationFrame / cancelAnimationFrame (windows and dedicated workers, as in Chromium) ----------
  // The "update the rendering" step of a 60 Hz display with nothing to paint: a frame comes at the next tick of a
  // 1000/60 ms clock after a callback was requested, and runs the callbacks requested before it, in order, with the
  // frame's start time (new requests wait for the next frame; a canceled one does not run). In a window each callback
  // is a call of its own from Java (a microtask checkpoint after each); a worker's run in one go, as Chromium's do.
  // A requested frame is a pending timer: the page is not idle until it has run.
  if ($.agentKind === 'window' || $.agentKind === 'dedicatedworker') {
    const FRAME_MS = 1000 / 60;
    const scope = $.agentKind === 'window' ? 'Window' : 'DedicatedWorkerGlobalScope';
    const frameCallbacks = new SafeMap(); // handle -> callback, in request order
    let nextHandle = 1, frameScheduled = false, frameTick = 0, frameTime = 0;

    /** The frame begins: its time (the clock tick it was due at, as a display's vsync), the callbacks it runs. */
    const prepareFrame = () => {
      frameScheduled = false;
      const now = host.now();
      frameTime = frameTick < now ? frameTick : now;
      const handles = InternalArray();
      for (const e of frameCallbacks) ArrayPrototypePush(handles, e[0]);
      return handles;
    };
    const runFrameCallback = (handle) => {
      const callback = frameCallbacks.get(handle);
      if (callback === undefined) return; // canceled by an earlier callback of this frame
      frameCallbacks.delete(handle);
      try {
        ReflectApply(callback, undefined, [frameTime]); // a callback function: no this (setTimeout's handler gets the global)
      } catch (e) {
        $.reportException(e);
      }
    };
    const runFrame = () => {
      const handles = prepareFrame();
      for (let i = 0; i < handles.length; i++) runFrameCallback(handles[i]);
    };

    $.defineMethods(g, {
      requestAnimationFrame(callback) {
        $.requireArgs(arguments, 1, scope, 'requestAnimationFrame');
        if (typeof callback !== 'function') {
          throw new TypeError(`Failed to execute 'requestAnimationFrame' on '${scope}': parameter 1 is not of type 'Function'.`);
        }
        const handle = nextHandle++;
        frameCallbacks.set(handle, callback);
        if (!frameScheduled) {
          frameScheduled = true;
          const now = host.now();
          frameTick = (MathFloor(now / FRAME_MS) + 1) * FRAME_MS;
          if ($.agentKind === 'window') host.setFrameTimer($.nextTimerId(), frameTick - now, prepareFrame, runFrameCallback);
          else host.setTimer($.nextTimerId(), frameTick - now, runFrame);
        }
        return handle;
      },
      cancelAnimationFrame(handle) {
        $.requireArgs(arguments, 1, scope, 'cancelAnimationFrame');
        frameCallbacks.delete(Number(handle) >>> 0);
      },
    });
  }

  // performance: now() relative to the agent's time origin; timeOrigin in ms since the epoch.
  let timeOrigin = 0;
  $.onBind(() => { timeOrigin = host.timeOrigin(); });
  function Performance() { throw new TypeError('Illegal constructor'); }
  const performance = $.markPlatformObject(ObjectCreate(Performance.prototype));
  $.defineMethods(Performance.prototype, {
    now() { return host.now(); },
    toJSON() { return { timeOrigin }; },
  });
  $.defineGetters(Performance.prototype, { timeOrigin() { return timeOrigin; } });
  $.toStringTag(Performance, 'Performance');
  $.defineGlobal('Performance', Performance);

  // ---- User Timing: performance.mark / measure, the entry buffer and its getters -------------------------
  // Entries are PerformanceMark / PerformanceMeasure objects whose state is a null-prototype record; the buffer
  // keeps marks and measures in insertion order, and getEntries* sorts by startTime (stable, as Chromium).
  const entryState = new SafeWeakMap(); // entry -> { name, entryType, startTime, duration, detail }
  const buffer = InternalArray(); // every mark and measure of this agent
  const KEY = Symbol('entry');
  const stateOf = (e) => {
    const s = entryState.get(e);
    if (s === undefined) throw new TypeError('Illegal invocation');
    return s;
  };
  function defineEntryInterface(name, Parent, ctor) {
    const C = ctor;
    if (Parent) {
      Object.setPrototypeOf(C, Parent);
      Object.defineProperty(C, 'prototype', { value: Object.create(Parent.prototype, { constructor: { value: C, writable: true, configurable: true } }) });
    }
    Object.defineProperty(C, 'prototype', { writable: false });
    $.toStringTag(C, name);
    $.defineGlobal(name, C);
    return C;
  }
  const illegalCtor = (name) => new TypeError(`Failed to construct '${name}': Illegal constructor`);
  const PerformanceEntry = defineEntryInterface('PerformanceEntry', null, function PerformanceEntry() { throw illegalCtor('PerformanceEntry'); });
  $.defineGetters(PerformanceEntry.prototype, {
    name() { return stateOf(this).name; },
    entryType() { return stateOf(this).entryType; },
    startTime() { return stateOf(this).startTime; },
    duration() { return stateOf(this).duration; },
  });
  $.defineMethods(PerformanceEntry.prototype, {
    toJSON() {
      const s = stateOf(this);
      return { name: s.name, entryType: s.entryType, startTime: s.startTime, duration: s.duration };
    },
  });
  const cloneDetail = (detail, prefix) => (detail === undefined || detail === null ? null
    : $.deserialize($.serialize(detail, [], prefix).data, [])); // a detail holding buffers is not supported
  function newEntry(C, record) {
    const e = Object.create(C.prototype);
    entryState.set(e, record);
    return $.markPlatformObject(e);
  }
  function markEntry(name, options, prefix, newTarget) {
    const n = $.toDOMString(name);
    const o = options === undefined || options === null ? {} : options;
    const detail = o.detail;
    const st = o.startTime;
    let startTime;
    if (st !== undefined) {
      startTime = Number(st);
      if (startTime < 0) throw new TypeError(`${prefix}'${n}' cannot have a negative start time.`);
    } else {
      startTime = host.now();
    }
    const record = { __proto__: null, name: n, entryType: 'mark', startTime, duration: 0, detail: cloneDetail(detail, prefix) };
    const e = Object.create(newTarget.prototype);
    entryState.set(e, record);
    return $.markPlatformObject(e);
  }
  const PerformanceMark = defineEntryInterface('PerformanceMark', PerformanceEntry, function PerformanceMark(markName, markOptions) {
    const prefix = "Failed to construct 'PerformanceMark': ";
    if (new.target === undefined) throw new TypeError(`${prefix}Please use the 'new' operator, this DOM object constructor cannot be called as a function.`);
    $.requireArgs(arguments, 1, 'PerformanceMark');
    return markEntry(markName, markOptions, prefix, new.target);
  });
  $.defineGetters(PerformanceMark.prototype, { detail() { return stateOf(this).detail; } });
  const PerformanceMeasure = defineEntryInterface('PerformanceMeasure', PerformanceEntry, function PerformanceMeasure() { throw illegalCtor('PerformanceMeasure'); });
  $.defineGetters(PerformanceMeasure.prototype, { detail() { return stateOf(this).detail; } });

  /** User Timing's "convert a mark to a timestamp". */
  function markTime(mark, prefix) {
    if (typeof mark === 'number') {
      if (mark < 0) throw new TypeError(`${prefix}'${mark}' cannot be negative.`);
      return mark;
    }
    for (let i = buffer.length - 1; i >= 0; i--) {
      const s = entryState.get(buffer[i]);
      if (s.entryType === 'mark' && s.name === mark) return s.startTime;
    }
    throw new $.DOMException(`${prefix}The mark '${mark}' does not exist.`, 'SyntaxError');
  }
  const startOrEnd = (v) => (v === undefined || typeof v === 'number' ? v : $.toDOMString(v));
  const byStartTime = (list) => {
    const sorted = ArrayPrototypeSlice(list);
    ArrayPrototypeSort(sorted, (a, b) => entryState.get(a).startTime - entryState.get(b).startTime); // Array sort is stable
    return sorted;
  };
  $.defineMethods(Performance.prototype, {
    mark(markName, markOptions) {
      if (this !== performance) throw new TypeError('Illegal invocation');
      $.requireArgs(arguments, 1, 'Performance', 'mark');
      const e = markEntry(markName, markOptions, "Failed to execute 'mark' on 'Performance': ", PerformanceMark);
      ArrayPrototypePush(buffer, e);
      return e;
    },
    measure(measureName, startOrMeasureOptions = undefined, endMark = undefined) {
      if (this !== performance) throw new TypeError('Illegal invocation');
      const prefix = "Failed to execute 'measure' on 'Performance': ";
      $.requireArgs(arguments, 1, 'Performance', 'measure');
      const name = $.toDOMString(measureName);
      let options = null, startName;
      const som = startOrMeasureOptions;
      if (som === undefined || som === null || typeof som === 'object' || typeof som === 'function') {
        const o = som === undefined || som === null ? {} : som;
        // PerformanceMeasureOptions, read in order: detail, duration, end, start
        const detail = o.detail;
        const duration = o.duration === undefined ? undefined : Number(o.duration);
        const end = startOrEnd(o.end);
        const start = startOrEnd(o.start);
        if (detail !== undefined || duration !== undefined || end !== undefined || start !== undefined) {
          options = { __proto__: null, detail, duration, end, start };
        }
      } else {
        startName = $.toDOMString(som);
      }
      const endName = endMark === undefined ? undefined : $.toDOMString(endMark);
      if (options !== null) {
        if (endName !== undefined) throw new TypeError(`${prefix}If a non-empty PerformanceMeasureOptions object was passed, |end_mark| must not be passed.`);
        if (options.start === undefined && options.end === undefined) {
          throw new TypeError(`${prefix}If a non-empty PerformanceMeasureOptions object was passed, at least one of its 'start' or 'end' properties must be present.`);
        }
        if (options.start !== undefined && options.duration !== undefined && options.end !== undefined) {
          throw new TypeError(`${prefix}If a non-empty PerformanceMeasureOptions object was passed, it must not have all of its 'start', 'duration', and 'end' properties defined`);
        }
      }
      let endTime;
      if (endName !== undefined) endTime = markTime(endName, prefix);
      else if (options !== null && options.end !== undefined) endTime = markTime(options.end, prefix);
      else if (options !== null && options.start !== undefined && options.duration !== undefined) endTime = markTime(options.start, prefix) + options.duration;
      else endTime = host.now();
      let startTime;
      if (options !== null && options.start !== undefined) startTime = markTime(options.start, prefix);
      else if (options !== null && options.duration !== undefined && options.end !== undefined) startTime = endTime - options.duration;
      else if (startName !== undefined) startTime = markTime(startName, prefix);
      else startTime = 0;
      const detail = options === null ? null : cloneDetail(options.detail, prefix);
      const e = newEntry(PerformanceMeasure, { __proto__: null, name, entryType: 'measure', startTime, duration: endTime - startTime, detail });
      ArrayPrototypePush(buffer, e);
      return e;
    },
    clearMarks(markName = undefined) { clearEntries('mark', markName); },
    clearMeasures(measureName = undefined) { clearEntries('measure', measureName); },
    getEntries() { return byStartTime(buffer); },
    getEntriesByType(type) {
      $.requireArgs(arguments, 1, 'Performance', 'getEntriesByType');
      const t = $.toDOMString(type);
      return byStartTime(ArrayPrototypeFilter(buffer, (e) => entryState.get(e).entryType === t));
    },
    getEntriesByName(name, type = undefined) {
      $.requireArgs(arguments, 1, 'Performance', 'getEntriesByName');
      const n = $.toDOMString(name);
      const t = type === undefined ? undefined : $.toDOMString(type);
      return byStartTime(ArrayPrototypeFilter(buffer, (e) => {
        const s = entryState.get(e);
        return s.name === n && (t === undefined || s.entryType === t);
      }));
    },
  });
  function clearEntries(type, name) {
    const n = name === undefined ? undefined : $.toDOMString(name);
    for (let i = buffer.length - 1; i >= 0; i--) {
      const s = entryState.get(buffer[i]);
      if (s.entryType === type && (n === undefined || s.name === n)) ArrayPrototypeSplice(buffer, i, 1);
    }
  }
  ObjectDefineProperty(g, 'performance', { __proto__: null, get() { return performance; }, set(v) {}, configurable: true, enumerable: true });
});
