// A MessagePort transferred away (before, or by a getter while the message is serialized) is refused after the
// message is serialized, as Blink does: a getter's own error comes first; the duplicate and source-port checks before.
const t = (f) => { try { f(); return 'ok'; } catch (e) { return e === custom ? 'custom error' : e.name + ': ' + e.message; } };
const custom = new Error('hi');
const mc = () => new MessageChannel().port1;
let p = mc(); self.postMessage(null, '*', [p]);
console.log(t(() => self.postMessage({ get x() { throw custom; } }, '*', [p])));
console.log(t(() => self.postMessage(null, '*', [p])));
p = mc();
console.log(t(() => self.postMessage({ get a() { self.postMessage(null, '*', [p]); } }, '*', [p])));
p = mc();
const { port1, port2 } = new MessageChannel();
console.log(t(() => port1.postMessage({ get a() { const c = new MessageChannel(); c.port1.postMessage(null, [p]); } }, [p])));
p = mc();
console.log(t(() => port1.postMessage({ get x() { throw custom; } }, [p, p])));
console.log(t(() => port1.postMessage(null, [port1])));
console.log(t(() => structuredClone({ get a() { new MessageChannel().port1.postMessage(null, [p]); } }, { transfer: [p] })));
