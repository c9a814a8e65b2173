import { nothing } from './no-such-module.js';
postMessage('ran ' + nothing);
