// capture: realtime
// navigator's NavigatorID members, `self` assignment and interface stringification, in the window and in a worker.
const load = new Worker('w/navigator-worker.js');
load.onmessage = (e) => {
  for (const line of e.data.split('\n')) console.log(line);
  load.terminate();
};
