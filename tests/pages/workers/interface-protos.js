// Location/Navigator and WorkerLocation/WorkerNavigator inherit from nothing: their interface objects are plain
// functions (Function.prototype), their prototypes plain objects.
// capture: realtime
for (const C of [Location, Navigator]) {
  console.log(C.name, Object.getPrototypeOf(C) === Function.prototype, Object.getPrototypeOf(C.prototype) === Object.prototype, String(Object.getPrototypeOf(C)), Object.prototype.toString.call(C.prototype));
}
console.log(Object.prototype.toString.call(location), Object.prototype.toString.call(navigator), location instanceof Location, navigator instanceof Navigator);
const w = new Worker(URL.createObjectURL(new Blob(["postMessage([Object.getPrototypeOf(WorkerLocation) === Function.prototype, Object.getPrototypeOf(WorkerNavigator) === Function.prototype, location instanceof WorkerLocation, Object.prototype.toString.call(navigator)].join(' '))"])));
w.onmessage = (e) => console.log('worker ' + e.data);
