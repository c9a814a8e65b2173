const got = [];
onmessage = (e) => {
  if (e.data !== 'report') { got.push(e.data); return; }
  for (const [label, value] of [['function', () => 1], ['symbol', Symbol('w')], ['global', self], ['error object ok', new Error('x')]]) {
    try {
      postMessage(value === self || typeof value === 'function' || typeof value === 'symbol' ? value : 'worker ' + label + ': sent');
      if (!(value instanceof Error)) postMessage('worker ' + label + ': sent (unexpected)');
    } catch (err) {
      postMessage('worker ' + label + ': ' + err.name + ': ' + err.message);
    }
  }
  postMessage(got);
};
