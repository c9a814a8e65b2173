// importScripts from data: and blob: URLs of several MIME types: which run, which are a NetworkError.
const results = [];
function tryImport(label, url) {
  try {
    importScripts(url);
    results.push(`${label}: ran`);
  } catch (e) {
    results.push(`${label}: ${e.name}`);
  }
}
self.ran = 0;
tryImport('data: text/javascript, empty', 'data:text/javascript,');
tryImport('data: text/javascript', 'data:text/javascript,self.ran++');
tryImport('data: application/javascript;charset=utf-8', 'data:application/javascript;charset=utf-8,self.ran++');
tryImport('data: TEXT/JavaScript', 'data:TEXT/JavaScript,self.ran++');
tryImport('data: base64', 'data:text/javascript;base64,' + btoa('self.ran++'));
tryImport('data: percent-encoded', 'data:text/javascript,self.ran%2B%2B');
tryImport('data: text/plain', 'data:text/plain,self.ran++');
tryImport('data: no type', 'data:,self.ran++');
tryImport('data: text/html', 'data:text/html,self.ran++');
for (const type of ['', 'text/javascript', 'text/plain', 'application/octet-stream']) {
  tryImport(`blob: type '${type}'`, URL.createObjectURL(new Blob(['self.ran++'], { type })));
}
tryImport('a .txt file', 'script.txt');
results.push(`scripts that ran: ${self.ran}`);
postMessage(results.join('\n'));
