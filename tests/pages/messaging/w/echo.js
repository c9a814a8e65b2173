// Echo worker: answers each message with [describe(data as received), data].
importScripts('describe.js');
onmessage = (e) => {
  let d;
  try { d = describe(e.data); } catch (err) { d = 'describe failed: ' + err; }
  try {
    postMessage([d, e.data]);
  } catch (err) {
    postMessage([d, 'cannot echo: ' + err.name + ': ' + err.message]);
  }
};
