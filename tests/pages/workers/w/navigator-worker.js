postMessage(self.describeNavigator ? '' : (() => {
  importScripts('navigator-describe.js');
  return describeNavigator('worker');
})());
