import { greet } from './mod-a.js';
greet('x');
throw new RangeError('module evaluation failed');
