// capture: realtime
// The ES2026 library Chromium ships, in a window and a worker: Array.fromAsync, Uint8Array base64/hex, Math.sumPrecise,
// Error.isError, Iterator.concat, JSON.rawJSON, Map.prototype.getOrInsert(Computed); and no String.dedent (a proposal).
async function probe(scope) {
  const out = [];
  const t = (name, f) => { try { out.push(scope + ' ' + name + ': ' + f()); } catch (e) { out.push(scope + ' ' + name + ': ' + e.name + ': ' + e.message); } };
  out.push(scope + ' Array.fromAsync: ' + JSON.stringify(await Array.fromAsync([1, Promise.resolve(2), 3])));
  t('toBase64', () => new Uint8Array([1, 2, 255]).toBase64() + ' ' + new Uint8Array([1, 2, 255]).toBase64({ alphabet: 'base64url', omitPadding: true }));
  t('fromBase64', () => Uint8Array.fromBase64('AQL/').join(','));
  t('fromBase64 bad', () => { try { Uint8Array.fromBase64('@@@'); return 'no error'; } catch (e) { return e.name; } }); // (GraalJS's message differs)
  t('toHex/fromHex', () => new Uint8Array([0, 171, 255]).toHex() + ' ' + Uint8Array.fromHex('00abff').join(','));
  t('setFromBase64', () => { const u = new Uint8Array(4); return JSON.stringify(u.setFromBase64('AQL/')) + ' ' + u.join(','); });
  t('Math.sumPrecise', () => Math.sumPrecise([1e20, 0.1, -1e20]) + ' ' + (1e20 + 0.1 - 1e20));
  t('Error.isError', () => Error.isError(new TypeError()) + ' ' + Error.isError({ __proto__: Error.prototype }));
  t('Iterator.concat', () => Iterator.concat([1, 2], new Set([3])).toArray().join(','));
  t('JSON.rawJSON', () => JSON.stringify({ big: JSON.rawJSON('12345678901234567890') }) + ' ' + JSON.isRawJSON(JSON.rawJSON('1')));
  t('getOrInsert', () => { const m = new Map([['a', 1]]); return m.getOrInsert('a', 5) + ' ' + m.getOrInsert('b', 2) + ' ' + m.getOrInsertComputed('c', (k) => k + '!'); });
  t('String.dedent', () => typeof String.dedent);
  return out;
}
(async () => {
  for (const l of await probe('window')) console.log(l);
  const w = new Worker(URL.createObjectURL(new Blob([probe.toString() + '; probe("worker").then(postMessage);'])));
  for (const l of await new Promise((r) => { w.onmessage = (e) => r(e.data); })) console.log(l);
})();
