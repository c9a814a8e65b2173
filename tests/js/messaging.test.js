'use strict';
// node tests/js/messaging.test.js
// The receiving side of js-shims/messaging.js: $.deliverMessage(id, data, kinds, refs), which Java calls for
// each message reaching an endpoint of this agent. A message that cannot be deserialized (corrupt data, an
// out-of-band reference that cannot be materialized) must fire `messageerror` (a MessageEvent, data null) and
// no `message`, and must not wedge later messages; an unknown endpoint id is ignored. Chromium only fires
// messageerror across agent clusters (service/shared workers), so no page test can trigger it: this unit test
// covers that path. Loads webidl, events, structured-clone and messaging (Shims.ORDER) into a bare vm context
// with a fake $.host holding only what those files call.
const vm = require('vm');
const fs = require('fs');
const path = require('path');
const assert = require('node:assert');

const shims = path.join(__dirname, '..', '..', 'js-shims');
const ctx = vm.createContext({});
const g = vm.runInContext('globalThis', ctx);
const $ = {};
let channels = 0;
const hostCalls = [];
$.host = {
  createChannel() { channels++; return [{ id: 'p1-' + channels }, { id: 'p2-' + channels }]; },
  startPort(ep) { hostCalls.push('start ' + ep.id); },
  closePort(ep) { hostCalls.push('close ' + ep.id); },
};
const reported = [];
$.reportException = (e) => { reported.push(e); };
for (const f of ['webidl', 'events', 'structured-clone', 'messaging']) {
  vm.runInContext(fs.readFileSync(path.join(shims, f + '.js'), 'utf8'), ctx, { filename: f + '.js' })(g, $);
}
$.shareMaterialize = (kind, ref) => { throw new Error('cannot share ' + kind); };

let failures = 0, passed = 0;
function test(name, fn) {
  try { fn(); passed++; } catch (e) { failures++; console.error('FAIL ' + name + '\n  ' + (e && e.stack || e)); }
}

/** Records every message/messageerror event (and handler-attribute call) reaching `target`. */
function recorder(target, withHandlers) {
  const log = [];
  const rec = (via) => function (e) {
    log.push({ via, type: e.type, data: e.data, isMessageEvent: e instanceof g.MessageEvent, trusted: e.isTrusted,
      target: e.target === target, ports: e.ports });
  };
  target.addEventListener('message', rec('listener'));
  target.addEventListener('messageerror', rec('listener'));
  if (withHandlers) target.onmessageerror = rec('handler'); // does not start the port (only onmessage does)
  return log;
}
const types = (log) => log.map((r) => r.via + ':' + r.type).join(',');
const good = () => $.serialize(vm.runInContext('({a: 1, b: [1, 2]})', ctx), [], '');

function assertMessageError(log, via) {
  assert.strictEqual(types(log), via.map((v) => v + ':messageerror').join(','));
  for (const r of log) {
    assert.strictEqual(r.data, null);
    assert.strictEqual(r.isMessageEvent, true);
    assert.strictEqual(r.trusted, true);
    assert.strictEqual(r.target, true);
  }
}

test('corrupt data fires messageerror on a MessagePort (listener + onmessageerror), no message', () => {
  const port = new g.MessageChannel().port1;
  const log = recorder(port, true);
  for (const data of ['not json{', '[999, 1]', '']) {
    log.length = 0;
    assert.strictEqual($.deliverMessage('p1-' + channels, data, '', null), undefined);
    assertMessageError(log, ['listener', 'handler']);
  }
  assert.strictEqual(reported.length, 0, 'a messageerror reports no exception');
});

test('corrupt data fires messageerror on a target registered with $.attachEndpoint', () => {
  const target = new g.EventTarget();
  $.attachEndpoint(target, { id: 'attached-1' });
  const log = recorder(target, false);
  $.deliverMessage('attached-1', 'not json{', '', null);
  assertMessageError(log, ['listener']);
});

test('an out-of-band reference that cannot be materialized fires messageerror', () => {
  const target = new g.EventTarget();
  $.attachEndpoint(target, { id: 'attached-2' });
  const log = recorder(target, false);
  const sab = $.serialize(new g.SharedArrayBuffer(4), [], '');
  assert.strictEqual(sab.refs.length, 1);
  $.deliverMessage('attached-2', sab.data, 'SharedArrayBuffer', [{ handle: 1 }]); // $.shareMaterialize throws
  assertMessageError(log, ['listener']);
  const ab = $.serialize(new g.ArrayBuffer(4), [], '');
  log.length = 0;
  $.deliverMessage('attached-2', ab.data, 'ArrayBuffer', [-1]); // not a buffer: new ArrayBuffer(-1) throws
  assertMessageError(log, ['listener']);
  // a view on a buffer that came back too short (the ref was not a ByteBuffer: a 0-byte ArrayBuffer)
  const view = $.serialize(new g.Uint8Array(4), [], '');
  log.length = 0;
  $.deliverMessage('attached-2', view.data, 'ArrayBuffer', [{ notA: 'ByteBuffer' }]);
  assertMessageError(log, ['listener']);
  assert.strictEqual(reported.length, 0);
});

test('a good message is delivered, also right after a messageerror', () => {
  const port = new g.MessageChannel().port1;
  const id = 'p1-' + channels;
  const log = recorder(port, true);
  const { data, refs } = good();
  assert.strictEqual(typeof data, 'string');
  assert.strictEqual(refs.length, 0);
  $.deliverMessage(id, data, '', null);
  assert.strictEqual(types(log), 'listener:message');
  assert.deepStrictEqual(JSON.parse(JSON.stringify(log[0].data)), { a: 1, b: [1, 2] });
  // deepStrictEqual compares prototypes, which differ across realms: compare a JSON copy, check protos here
  assert.strictEqual(vm.runInContext('(v) => Object.getPrototypeOf(v) === Object.prototype && Array.isArray(v.b)', ctx)(log[0].data), true);
  assert.strictEqual(log[0].isMessageEvent && log[0].trusted && log[0].target, true);
  assert.strictEqual(log[0].ports.length, 0);
  log.length = 0;
  $.deliverMessage(id, 'not json{', '', null);
  $.deliverMessage(id, data, '', null);
  $.deliverMessage(id, data, '', null);
  assert.strictEqual(types(log), 'listener:messageerror,handler:messageerror,listener:message,listener:message');
  assert.notStrictEqual(log[2].data, log[3].data, 'each delivery deserializes a fresh value');
  for (const r of log.slice(2)) assert.deepStrictEqual(JSON.parse(JSON.stringify(r.data)), { a: 1, b: [1, 2] });
  assert.strictEqual(reported.length, 0);
});

test('a message for an unknown endpoint id is ignored', () => {
  const port = new g.MessageChannel().port1;
  const log = recorder(port, true);
  for (const id of ['nope', 'p2-' + channels, undefined, 42]) {
    assert.doesNotThrow(() => $.deliverMessage(id, good().data, '', null));
    assert.doesNotThrow(() => $.deliverMessage(id, 'not json{', 'SharedArrayBuffer', [{}]));
  }
  assert.strictEqual(log.length, 0);
  assert.strictEqual(reported.length, 0);
  assert.deepStrictEqual(hostCalls, [], 'no port was started or closed');
});

test('data naming an out-of-band reference the message did not carry fires messageerror', () => {
  const target = new g.EventTarget();
  $.attachEndpoint(target, { id: 'attached-missing-ref' });
  const log = recorder(target, false);
  $.deliverMessage('attached-missing-ref', $.serialize(new g.ArrayBuffer(1), [], '').data, '', null);
  assertMessageError(log, ['listener']);
});

test('ports made before a reference failed are closed, not left entangled', () => {
  const target = new g.EventTarget();
  $.attachEndpoint(target, { id: 'attached-ports' });
  const log = recorder(target, false);
  hostCalls.length = 0;
  $.deliverMessage('attached-ports', '[16,0]', 'MessagePort,SharedArrayBuffer', [{ id: 'moved-port' }, {}]);
  assertMessageError(log, ['listener']);
  assert.strictEqual(log[0].ports.length, 0);
  assert.deepStrictEqual(hostCalls, ['close moved-port']);
});

console.log(passed + ' passed, ' + failures + ' failed');
if (failures) process.exit(1);
