// A module worker whose script is a data: URL, written the way pages write them: spaces, quotes, braces,
// a '%' that is not an escape, percent-escapes and a fragment in the URL's body.
const body = `const o = { text: "50% off", 'q': \`a b\` };
const s = decodeURIComponent('%41');
postMessage(JSON.stringify(o) + ' ' + s + ' ' + (typeof importScripts) + ' ' + self.location.href.length);`;
const w = new Worker('data:text/javascript,' + body + '#frag', { type: 'module' });
w.onmessage = (e) => {
  console.log('module data: worker says ' + e.data);
  const b64 = new Worker('data:text/javascript;base64,' + btoa('postMessage("base64 " + (1 + 1))'), { type: 'module' });
  b64.onmessage = (e2) => console.log('base64 module data: worker says ' + e2.data);
};
w.onerror = (e) => console.log('error: ' + e.message);
