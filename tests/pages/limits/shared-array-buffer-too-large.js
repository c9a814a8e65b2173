// A SharedArrayBuffer the browser cannot allocate is a RangeError the page catches.
for (const [n, options] of [[2 ** 31, undefined], [2 ** 32, undefined]]) {
  try {
    const b = new SharedArrayBuffer(n, options);
    console.log(n + ': allocated ' + b.byteLength);
  } catch (e) {
    console.log(n + (options ? ' growable to ' + options.maxByteLength : '') + ': ' + e.name + ': ' + e.message);
  }
}
console.log('then 8: ' + new SharedArrayBuffer(8).byteLength);
