// The NavigatorID members and their constant values, what the global's `self` is after assignments, and how
// the location interface stringifies.
function describeNavigator(where) {
  const lines = [];
  const proto = Object.getPrototypeOf(navigator);
  for (const k of ['appCodeName', 'appName', 'product', 'productSub', 'vendor', 'vendorSub', 'platform', 'language',
    'onLine', 'webdriver', 'taintEnabled', 'oscpu', 'javaEnabled', 'doNotTrack']) {
    const own = Object.prototype.hasOwnProperty.call(proto, k);
    const v = navigator[k];
    const shown = typeof v === 'function' ? 'function' : k === 'platform' || k === 'language' ? typeof v : JSON.stringify(v);
    lines.push(`${where} navigator.${k}: ${own ? 'on prototype' : 'absent from prototype'} ${shown}`);
  }
  lines.push(`${where} navigator.appVersion starts with 5.0: ${String(navigator.appVersion).startsWith('5.0 (')}`);
  lines.push(`${where} navigator.userAgent starts with Mozilla/5.0: ${String(navigator.userAgent).startsWith('Mozilla/5.0 (')}`);
  const loc = Object.getPrototypeOf(location).constructor;
  lines.push(`${where} String(${loc.name}): ${String(loc)}`);
  lines.push(`${where} String(location.toString): ${String(location.toString)}`);
  lines.push(`${where} String(Navigator getter): ${String(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(navigator), 'appName').get)}`);
  lines.push(`${where} String(setTimeout): ${String(setTimeout)}`);
  lines.push(`${where} String(EventTarget): ${String(EventTarget)}`);
  lines.push(`${where} String(structuredClone): ${String(structuredClone)}`);
  lines.push(`${where} String(Function.prototype.toString): ${String(Function.prototype.toString)}`);
  const original = self;
  let holder = globalThis;
  while (!Object.prototype.hasOwnProperty.call(holder, 'self')) holder = Object.getPrototypeOf(holder);
  const d = Object.getOwnPropertyDescriptor(holder, 'self');
  const at = holder === globalThis ? 'the global' : Object.prototype.toString.call(holder);
  lines.push(`${where} self on ${at}: get ${typeof d.get} set ${typeof d.set} configurable ${d.configurable} enumerable ${d.enumerable}`);
  (0, eval)('self = 1');
  lines.push(`${where} after self = 1: self is the global ${self === original}, ${typeof self}`);
  try {
    (0, eval)('"use strict"; self = 2');
    lines.push(`${where} strict self = 2: no error, ${typeof self}`);
  } catch (e) {
    lines.push(`${where} strict self = 2: ${e.name}`);
  }
  return lines.join('\n');
}
