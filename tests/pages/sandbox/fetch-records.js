// Request and Response copies (new Request(request), clone()) with setters and getters on Object.prototype for the
// names of their internal fields: the page's accessors must never run (before, the copy was a plain object whose
// fields were set through Object.prototype, so a setter received the internal body record and headers).
const caught = [];
for (const name of ['body', 'headers', 'signal', 'urlList', 'method', 'url', 'status', 'type', 'mode']) {
  Object.defineProperty(Object.prototype, name, {
    configurable: true,
    set(v) { caught.push('set ' + name); },
    get() { caught.push('get ' + name); return undefined; },
  });
}
const req = new Request('http://localhost/x', { method: 'POST', body: 'payload', headers: { 'x-a': '1' } });
const copy = new Request(req);
const res = new Response('answer', { status: 201, headers: { 'x-b': '2' } });
const clone = res.clone();
Promise.all([copy.text(), clone.text()]).then(([a, b]) => {
  for (const name of ['body', 'headers', 'signal', 'urlList', 'method', 'url', 'status', 'type', 'mode']) delete Object.prototype[name];
  console.log('request copy: ' + copy.method + ' ' + a + ' ' + copy.headers.get('x-a'));
  console.log('response clone: ' + clone.status + ' ' + b + ' ' + clone.headers.get('x-b'));
  console.log('page accessors ran: ' + JSON.stringify(caught));
});
