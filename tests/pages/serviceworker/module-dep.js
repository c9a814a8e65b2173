export const greeting = 'hello from module-dep.js';
