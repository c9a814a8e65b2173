self.onunhandledrejection = (e) => { postMessage('unhandledrejection in worker: ' + e.reason.message); e.preventDefault(); };
Promise.reject(new Error('nobody catches me'));
