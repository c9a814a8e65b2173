loaded.push('a');
function libA() { return 'libA()'; }
