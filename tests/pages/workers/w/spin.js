postMessage('spinning');
for (;;) {}
