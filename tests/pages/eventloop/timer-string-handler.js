// A string handler is converted inside setTimeout/setInterval (WebIDL), before the delay, not when the timer fires.
const out = (s) => console.log(s);
const log = [];
globalThis.logger = (s) => { log.push(s); };
const handler = { toString() { log.push('toString'); setTimeout("logger('ONE')", 20); return "logger('TWO')"; } };
const delay = { valueOf() { log.push('valueOf'); return 20; } };
setTimeout(handler, delay);
out('after setTimeout: ' + log.join(' '));
const iv = setInterval({ toString() { log.push('interval toString'); return "logger('tick'); clearInterval(globalThis.iv)"; } }, 30);
globalThis.iv = iv;
out('after setInterval: ' + log.join(' '));
setTimeout("logger('syntax ok'); throw new TypeError('from a string handler')", 40);
globalThis.onerror = (message, source, line) => { log.push('onerror ' + message); return true; };
setTimeout(() => { out('at 80 ms: ' + log.join(' | ')); }, 80);
