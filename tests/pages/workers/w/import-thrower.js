// throws when imported, from line 3
function helper() {
  throw new RangeError('thrown by an imported script');
}
helper();
