import { nothing } from './module-not-there.js';
self.x = nothing;
