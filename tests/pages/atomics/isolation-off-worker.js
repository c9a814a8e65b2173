onmessage = (e) => {
  postMessage('worker: got ' + e.data + ', crossOriginIsolated ' + crossOriginIsolated + ', typeof SharedArrayBuffer ' + typeof SharedArrayBuffer);
};
