let n = 0;
export function greet(who) { return 'hello ' + who; }
export function counter() { return ++n; }
