// capture: realtime
// Globals an engine may add that a browser does not have (GraalJS's shell, Nashorn and Java package globals, the
// script's `arguments`), in a window and in a worker: none may be there. (A window has print(): Chromium's.)
const NAMES = ['arguments', 'javafx', 'Java', 'Packages', 'java', 'javax', 'com', 'org', 'edu', 'net', 'Graal',
  'Polyglot', 'printErr', 'load', 'loadWithNewGlobal', 'quit', 'exit', 'read', 'readbuffer', 'readline',
  'global', 'console_', 'setTimeoutJava', 'JavaImporter', 'JSAdapter', 'Realm', 'Debug', 'Intl_', 'primordials', '$'];
const present = (names) => names.filter((n) => n in globalThis || Object.getOwnPropertyNames(globalThis).includes(n));
console.log('window: ' + JSON.stringify(present(NAMES)));
const src = `const NAMES = ${JSON.stringify(NAMES)};
  postMessage(JSON.stringify(NAMES.filter((n) => n in globalThis || Object.getOwnPropertyNames(globalThis).includes(n))));`;
const w = new Worker(URL.createObjectURL(new Blob([src], { type: 'text/javascript' })));
w.onmessage = (e) => { console.log('worker: ' + e.data); w.terminate(); };
