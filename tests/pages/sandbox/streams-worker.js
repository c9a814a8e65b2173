onmessage = async (e) => {
  const dec = new TextDecoder();
  let s = '';
  for await (const chunk of e.data) s += dec.decode(chunk);
  postMessage(s);
};
