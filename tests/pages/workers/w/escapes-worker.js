// A module worker whose imports are written with characters a URL parser percent-encodes.
import { a } from './lib-export.js?x=1 2&y="3"';
const lib = await import('./lib-export.js?dynamic {4}');
postMessage('static ' + a + ', dynamic ' + lib.a);
