// FileReader: the four reads, the order and members of their events, states, abort and errors.
const out = (s) => console.log(s);
const blob = new Blob(['h\u00e9llo ', new Uint8Array([0xe2, 0x82, 0xac])], { type: 'text/plain' });
function read(method, arg, ...extra) {
  return new Promise((resolve) => {
    const r = new FileReader();
    const log = [];
    for (const type of ['loadstart', 'progress', 'load', 'loadend', 'error', 'abort']) {
      r.addEventListener(type, (e) => {
        log.push(`${type}(${e.constructor.name} ${e.lengthComputable} ${e.loaded}/${e.total} state ${r.readyState})`);
        if (type === 'loadend') {
          let result = r.result;
          if (result instanceof ArrayBuffer) result = `ArrayBuffer [${Array.from(new Uint8Array(result)).join(',')}]`;
          else if (typeof result === 'string') result = JSON.stringify(result);
          out(`${method}${extra.length ? '(' + extra.join(',') + ')' : ''}: ${log.join(' ')} | result ${result} | error ${r.error}`);
          resolve();
        }
      });
    }
    r[method](arg, ...extra);
    log.push(`sync state ${r.readyState} result ${r.result}`);
  });
}
(async () => {
  out(`constants ${FileReader.EMPTY} ${FileReader.LOADING} ${FileReader.DONE} initial state ${new FileReader().readyState} result ${new FileReader().result} error ${new FileReader().error}`);
  await read('readAsArrayBuffer', blob);
  await read('readAsText', blob);
  await read('readAsText', new Blob([new Uint8Array([0xe9, 0x80])]), 'windows-1252');
  await read('readAsText', new Blob([new Uint8Array([0xfe, 0xff, 0, 0x41])]));
  await read('readAsDataURL', blob);
  await read('readAsDataURL', new Blob(['a']));
  await read('readAsBinaryString', blob);
  await read('readAsText', new File(['file text'], 'f.txt'));
  await read('readAsArrayBuffer', new Blob([]));
  const r = new FileReader();
  r.readAsText(blob);
  try { r.readAsText(blob); } catch (e) { out('second read while loading: ' + e.name + ': ' + e.message); }
  r.onabort = (e) => out(`abort event, state ${r.readyState} result ${r.result}`);
  r.onloadend = () => out('loadend after abort');
  r.onload = () => out('load after abort (should not happen)');
  r.abort();
  out(`after abort: state ${r.readyState} result ${r.result}`);
  try { new FileReader().readAsText('not a blob'); } catch (e) { out('not a blob: ' + e.name + ': ' + e.message); }
  try { FileReader(); } catch (e) { out('without new: ' + e.name + ': ' + e.message); }
  await new Promise((res) => setTimeout(res, 50));
  out('done');
})();
