// Chromium keeps the tabs and newlines of a URL that begins with exactly "data:" (percent-encoded), and drops
// them from every other input, as the URL standard says for all. A multi-line data: script relies on it.
const inputs = ['foo:a\nb', 'DATA:x,a\nb', ' data:,a\rb\t ', 'data:text/\nplain,x\ty', 'javascript:a\nb',
  'data:,a%0Ab\nc#f\ng', 'dat\na:,x\ny', 'blob:http://h/a\nb', 'http://h/a\nb?c d\te'];
for (const s of inputs) console.log(JSON.stringify(s) + ' -> ' + JSON.stringify(new URL(s).href));
fetch('data:text/plain,a\nb\tc').then((r) => r.text()).then((t) => console.log('fetch ' + JSON.stringify(t)));
const src = 'const a = 1\nconst b = 2\npostMessage(a + b)';
const classic = new Worker('data:text/javascript,' + src);
classic.onmessage = (e) => {
  console.log('classic worker ' + e.data);
  const module = new Worker('data:text/javascript,' + src, { type: 'module' });
  module.onmessage = (e2) => console.log('module worker ' + e2.data);
};
