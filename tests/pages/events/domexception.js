// DOMException: constructor, name/message/code, constants, brand checks.
function show(label, f) {
  try { console.log(label + ': ' + String(f())); } catch (e) { console.log(label + ' threw ' + e.name + ': ' + e.message); }
}
show('string', () => new DOMException('m', 'NotFoundError'));
show('default', () => JSON.stringify([new DOMException().name, new DOMException().message, new DOMException().code]));
show('undefined args', () => JSON.stringify([new DOMException(undefined, undefined).name, new DOMException(null, null).name]));
show('codes', () => ['IndexSizeError', 'HierarchyRequestError', 'WrongDocumentError', 'InvalidCharacterError',
  'NoModificationAllowedError', 'NotFoundError', 'NotSupportedError', 'InUseAttributeError', 'InvalidStateError',
  'SyntaxError', 'InvalidModificationError', 'NamespaceError', 'InvalidAccessError', 'TypeMismatchError',
  'SecurityError', 'NetworkError', 'AbortError', 'URLMismatchError', 'QuotaExceededError', 'TimeoutError',
  'InvalidNodeTypeError', 'DataCloneError', 'ValidationError', 'EncodingError', 'Error', 'notfounderror']
  .map((n) => new DOMException('', n).code).join(','));
show('constants', () => ['INDEX_SIZE_ERR', 'DOMSTRING_SIZE_ERR', 'VALIDATION_ERR', 'ABORT_ERR', 'DATA_CLONE_ERR']
  .map((k) => DOMException[k] + '/' + DOMException.prototype[k]).join(','));
show('const desc', () => JSON.stringify(Object.getOwnPropertyDescriptor(DOMException, 'ABORT_ERR')));
show('instanceof Error', () => new DOMException() instanceof Error);
show('proto chain', () => Object.getPrototypeOf(DOMException.prototype) === Error.prototype);
show('toString tag', () => Object.prototype.toString.call(new DOMException('x')));
show('own props', () => Object.getOwnPropertyNames(new DOMException('x', 'SyntaxError')).length);
show('length', () => DOMException.length);
show('call', () => DOMException('x'));
show('symbol', () => new DOMException(Symbol('s')));
show('code on proto', () => DOMException.prototype.code);
show('name getter on object', () => Object.getOwnPropertyDescriptor(DOMException.prototype, 'name').get.call({}));
show('proto names', () => Object.getOwnPropertyNames(DOMException.prototype).slice(0, 5).join(','));
show('subclass', () => { class MyErr extends DOMException { constructor() { super('sub', 'AbortError'); } } const e = new MyErr(); return [e.name, e.message, e.code, e instanceof DOMException, e.constructor.name].join(','); });
show('thrown by platform', () => { try { new EventTarget().dispatchEvent(new Event('x')); const e = new Event('y'); const t = new EventTarget(); let r; t.addEventListener('y', () => { try { t.dispatchEvent(e); } catch (err) { r = err; } }); t.dispatchEvent(e); return [r instanceof DOMException, r.name, r.code, typeof r.stack].join(','); } catch (e) { return 'unexpected ' + e; } });
