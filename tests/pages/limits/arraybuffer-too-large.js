// An ArrayBuffer the browser cannot allocate is a RangeError the page catches, and the page goes on.
for (const n of [2 ** 31, 2 ** 32, 2 ** 33]) {
  try {
    const b = new ArrayBuffer(n);
    console.log(n + ': allocated ' + b.byteLength);
  } catch (e) {
    console.log(n + ': ' + e.name + ': ' + e.message + ' (' + (e instanceof RangeError) + ')');
  }
}
const small = new ArrayBuffer(1024);
console.log('then 1024: ' + small.byteLength);
