// fetch() of data: URLs.
async function show(label, url, init) {
  try {
    const r = await fetch(url, init);
    console.log(label + ': ' + [r.status, r.statusText, r.type, r.url, r.redirected, r.headers.get('content-type'), JSON.stringify(await r.text())].join(' | '));
  } catch (e) {
    console.log(label + ' rejected ' + e.name + ': ' + e.message);
  }
}
(async () => {
  await show('plain', 'data:,Hello%2C%20World!#frag');
  await show('html', 'data:text/html,<b>hi</b>');
  await show('base64', 'data:text/plain;base64,SGVsbG8=');
  await show('base64 charset', 'data:text/plain;Charset=UTF-8;base64,4oKs');
  await show('spaces', 'data: text/HTML ;FOO=bar ; base64 ,QQ==');
  await show('charset only', 'data:;charset=utf-8,%E2%82%AC');
  await show('invalid type', 'data:nonsense,x');
  await show('base64 not last', 'data:text/plain;base64;x=y,QQ');
  await show('quoted param', 'data:text/plain;a="b c",x');
  await show('bad base64', 'data:;base64,S=Gk');
  await show('no comma', 'data:text/plain');
  await show('POST', 'data:,posted', { method: 'POST', body: 'ignored' });
  await show('no-cors', 'data:,nc', { mode: 'no-cors' });
  const bytes = await (await fetch('data:application/octet-stream;base64,AAH/gA==')).bytes();
  console.log('bytes: ' + Array.from(bytes).join(','));
  const json = await (await fetch('data:application/json,{"a":[1,2,3]}')).json();
  console.log('json: ' + json.a.join('+'));
  const blob = await (await fetch('data:image/svg+xml;base64,PHN2Zy8+')).blob();
  console.log('blob: ' + blob.size + ' ' + blob.type);
})();
