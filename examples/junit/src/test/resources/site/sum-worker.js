onmessage = (e) => {
  let s = 0;
  for (let i = 0; i < e.data.length; i++) s += Atomics.load(e.data, i);
  postMessage(s);
};
