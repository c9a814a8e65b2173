postMessage('up');
