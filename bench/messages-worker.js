let expected = 0, seen = 0, echo = false;
onmessage = (e) => {
  const d = e.data;
  if (d.count !== undefined) { expected = d.count; seen = 0; echo = false; return; }
  if (d.echo) { echo = true; return; }
  if (echo) { postMessage(d); return; }
  if (++seen === expected) postMessage('done');
};
