// The worker of error-stack.js.
function inner() { return new Error('in worker').stack; }
postMessage(inner());
