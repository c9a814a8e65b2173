onmessage = (e) => {
  switch (e.data) {
    case 'throw': throw new TypeError('thrown in onmessage');
    case 'throw-string': throw 'a string';
    case 'install-onerror':
      self.onerror = (message, filename, lineno, colno, error) => {
        postMessage('onerror(' + [message, String(filename).split(location.origin).join('ORIGIN'), lineno, colno > 0, error && error.constructor.name].join(', ') + ')');
        return true;
      };
      postMessage('onerror installed');
      break;
    case 'install-listener':
      self.onerror = null;
      self.addEventListener('error', (ev) => { ev.preventDefault(); postMessage('listener ' + ev.constructor.name + ' ' + ev.message); });
      postMessage('listener installed');
      break;
    default: postMessage('ok');
  }
};
setTimeout(() => postMessage('timer ran'), 0);
throw new Error('boom at load');
