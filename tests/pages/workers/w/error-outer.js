const inner = new Worker('throw-at-load.js');
inner.onerror = (e) => {
  e.preventDefault();
  postMessage('outer caught: ' + e.message + ' at ' + e.filename.split(location.origin).join('ORIGIN') + ':' + e.lineno);
};
