export function greet(what) {
  return `hello, ${what}`;
}
