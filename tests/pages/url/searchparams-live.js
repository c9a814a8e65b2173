// A URL's searchParams follows its query (search and href setters), and its edits write the query back; the object is
// the same every time it is read.
const u = new URL('http://h/p?a=1&b=2');
u.search = '?x=1 2&y=%zz+';
console.log(u.href + ' ' + [...u.searchParams].join('|'));
const v = new URL('http://h/p?a=1');
const sp = v.searchParams;
v.search = 'c=3';
console.log([...sp].join('|') + ' ' + v.href);
sp.append('d', 'é');
console.log(v.href + ' ' + v.search);
v.href = 'http://h/?z=9';
console.log([...sp].join('|') + ' ' + [...v.searchParams].join('|') + ' ' + (sp === v.searchParams));
const w = new URL('http://h/?q=1');
w.search = '';
console.log([...w.searchParams].length + ' ' + w.href);
const x = new URL('http://h/?q=1');
x.search = '?';
x.searchParams.set('k', 'v w');
console.log(x.href);
