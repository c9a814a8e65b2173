// worker of uncaught.js: throws what it is told to, from onmessage
onmessage = (e) => {
  if (e.data === 'object') throw { toString() { return 'a thrown object'; } };
  throw new Error('boom ' + e.data);
};
