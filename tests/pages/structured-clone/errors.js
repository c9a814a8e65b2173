// structuredClone errors: DataCloneError messages and argument conversion
function t(label, f) {
  try {
    f();
    console.log(label + ': no error');
  } catch (e) {
    console.log(label + ': ' + e.name + ' ' + (e instanceof DOMException ? 'DOMException code=' + e.code : 'not DOMException')
      + ' | ' + e.message);
  }
}
t('function', () => structuredClone(function () {}));
t('arrow', () => structuredClone(() => 1));
t('class', () => structuredClone(class A {}));
t('native function', () => structuredClone(Array.prototype.push));
t('bound function', () => structuredClone(function f() {}.bind(null)));
t('nested function', () => structuredClone({ a: [1, { b: function foo() { return 1; } }] }));
t('long function', () => structuredClone(function aVeryLongFunctionName(a, b, c) { return a + b + c + 1234567890 + 'some string that is long enough to be truncated maybe' + 'more and more text to see whether V8 truncates the message in any way at all'; }));
t('symbol', () => structuredClone(Symbol('foo')));
t('symbol no description', () => structuredClone({ s: Symbol() }));
t('well-known symbol', () => structuredClone([Symbol.iterator]));
t('symbol wrapper', () => structuredClone(Object(Symbol('x'))));
t('WeakMap', () => structuredClone(new WeakMap()));
t('WeakSet', () => structuredClone(new WeakSet()));
t('WeakRef', () => structuredClone(new WeakRef({})));
t('FinalizationRegistry', () => structuredClone(new FinalizationRegistry(() => {})));
t('Promise', () => structuredClone(Promise.resolve(1)));
t('WeakMap subclass', () => { class W extends WeakMap {} structuredClone(new W()); });
t('WeakMap own toString', () => { const w = new WeakMap(); w.toString = () => 'X'; structuredClone(w); });
t('arguments', () => structuredClone((function () { return arguments; })(1, 2)));
t('generator', () => structuredClone((function* () {})()));
t('Intl.Collator', () => structuredClone(new Intl.Collator()));
t('error with bad cause', () => structuredClone(new Error('x', { cause: Object(Symbol('q')) })));
t('detached buffer', () => { const b = new ArrayBuffer(8); structuredClone(0, { transfer: [b] }); structuredClone({ b }); });
t('view on detached buffer', () => { const b = new ArrayBuffer(8); const u = new Uint8Array(b); structuredClone(0, { transfer: [b] }); structuredClone(u); });
t('out of bounds typed array', () => { const b = new ArrayBuffer(8, { maxByteLength: 16 }); const u = new Uint8Array(b, 4, 4); b.resize(2); structuredClone(u); });
t('out of bounds DataView', () => { const b = new ArrayBuffer(8, { maxByteLength: 16 }); const u = new DataView(b, 4, 4); b.resize(2); structuredClone(u); });
t('duplicate transfer', () => { const b = new ArrayBuffer(1); structuredClone(1, { transfer: [b, b] }); });
t('duplicate before bad value', () => { const b = new ArrayBuffer(1); structuredClone(1, { transfer: [b, b, {}] }); });
t('not transferable', () => structuredClone(1, { transfer: [{}] }));
t('detached in transfer list', () => { const b = new ArrayBuffer(1); structuredClone(0, { transfer: [b] }); structuredClone(b, { transfer: [b] }); });
t('detached in transfer list, bad value', () => { const b = new ArrayBuffer(1); structuredClone(0, { transfer: [b] }); structuredClone(() => 1, { transfer: [b] }); });
t('no arguments', () => structuredClone());
t('options number', () => structuredClone(1, 5));
t('options string', () => structuredClone(1, 'x'));
t('options null', () => structuredClone(1, null));
t('options function', () => structuredClone(1, function () {}));
t('transfer number', () => structuredClone(1, { transfer: 5 }));
t('transfer null', () => structuredClone(1, { transfer: null }));
t('transfer string', () => structuredClone(1, { transfer: 'ab' }));
t('transfer plain object', () => structuredClone(1, { transfer: {} }));
t('transfer primitive item', () => structuredClone(1, { transfer: [1] }));
t('transfer null item', () => structuredClone(1, { transfer: [null] }));
t('transfer undefined', () => structuredClone(1, { transfer: undefined }));
try { new structuredClone(1); } catch (e) { console.log('new: ' + e.name); }  // (the message text is the engine's)
t('other this', () => structuredClone.call({}, 1));
t('window this', () => structuredClone.call(window, 1));
const order = [];
t('options read before value', () => structuredClone({ get a() { order.push('value'); return 1; } }, { get transfer() { order.push('transfer'); return []; } }));
console.log('order ' + order.join(','));
console.log('structuredClone ' + typeof structuredClone + ' ' + structuredClone.length + ' ' + structuredClone.name + ' '
  + JSON.stringify(Object.getOwnPropertyDescriptor(window, 'structuredClone')) + ' ' + ('prototype' in structuredClone));
