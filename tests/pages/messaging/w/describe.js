// describe(value): a deterministic text for a structured-clone result (shared by the window and workers).
function describe(v, seen = new Map(), path = '$') {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'undefined': return 'undefined';
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint': return v + 'n';
    case 'string': return JSON.stringify(v);
    case 'boolean': return String(v);
    case 'symbol': return 'symbol';
    case 'function': return 'function';
  }
  if (seen.has(v)) return '<ref ' + seen.get(v) + '>';
  seen.set(v, path);
  const tag = Object.prototype.toString.call(v).slice(8, -1);
  const d = (x, p) => describe(x, seen, p);
  switch (tag) {
    case 'Array': {
      const parts = [];
      for (let i = 0; i < v.length; i++) parts.push(i in v ? d(v[i], path + '[' + i + ']') : '<hole>');
      const extra = Object.keys(v).filter((k) => !/^\d+$/.test(k)).map((k) => k + ': ' + d(v[k], path + '.' + k));
      return '[' + parts.concat(extra).join(', ') + ']';
    }
    case 'Date': return 'Date(' + v.getTime() + ')';
    case 'RegExp': return 'RegExp(' + v.source + ', ' + v.flags + ', lastIndex=' + v.lastIndex + ')';
    case 'Map': return 'Map{' + [...v].map(([k, x], i) => d(k, path + '<k' + i + '>') + ' => ' + d(x, path + '<v' + i + '>')).join(', ') + '}';
    case 'Set': return 'Set{' + [...v].map((x, i) => d(x, path + '<' + i + '>')).join(', ') + '}';
    case 'Error': {
      const own = Object.getOwnPropertyNames(v).filter((k) => k !== 'stack').sort();
      return Object.getPrototypeOf(v).constructor.name + '(name=' + v.name + ', message=' + JSON.stringify(v.message) +
        ', own=' + own.join('|') + ('cause' in v ? ', cause=' + d(v.cause, path + '.cause') : '') + ', stack is ' + typeof v.stack + ')';
    }
    case 'DOMException': return 'DOMException(' + v.name + ', ' + JSON.stringify(v.message) + ', code=' + v.code + ')';
    case 'Number': case 'String': case 'Boolean': case 'BigInt':
      return tag + 'Object(' + d(v.valueOf(), path) + ')';
    case 'ArrayBuffer': return 'ArrayBuffer(' + v.byteLength + ': ' + Array.from(new Uint8Array(v)).join(' ') + ')';
    case 'DataView': return 'DataView(' + d(v.buffer, path + '.buffer') + ', off=' + v.byteOffset + ', len=' + v.byteLength + ')';
    case 'Blob': case 'File': return tag + '(size=' + v.size + ', type=' + JSON.stringify(v.type) + (tag === 'File' ? ', name=' + v.name : '') + ')';
    case 'Object': {
      const proto = Object.getPrototypeOf(v);
      const p = proto === Object.prototype ? '' : proto === null ? '<null proto> ' : '<other proto> ';
      return p + '{' + Object.keys(v).map((k) => k + ': ' + d(v[k], path + '.' + k)).join(', ') + '}';
    }
  }
  if (ArrayBuffer.isView(v)) {
    return tag + '(' + d(v.buffer, path + '.buffer') + ', off=' + v.byteOffset + ', len=' + v.length + ': ' + Array.from(v).join(' ') + ')';
  }
  return '<' + tag + '>';
}
