// A shared worker that counts its connections and answers each with what it knows.
let connections = 0;
const started = Date.now() + Math.random();
onconnect = (e) => {
  connections++;
  e.ports[0].postMessage({ name: self.name, connections, started });
};
