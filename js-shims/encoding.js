(function (g, $) {
  'use strict';
  const { ArrayBuffer, ArrayBufferIsView, ArrayBufferPrototype, ArrayFrom, ArrayPrototypePush, Error,
    FunctionPrototypeCall, Map, MathMin, ObjectDefineProperty, ObjectGetOwnPropertyDescriptor, ObjectGetPrototypeOf,
    RangeError, ReflectApply, SafeWeakMap, SafeWeakSet, SharedArrayBuffer, StringFromCharCode,
    StringPrototypeCharCodeAt, StringPrototypeReplace, SymbolToStringTag, TypeError, Uint16Array, Uint8Array,
    Uint8ArrayPrototype, SafeMap, StringPrototypeToLowerCase, TypedArrayPrototypeSubarray, hardenRegExp,
    TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetByteOffset, TypedArrayPrototypeGetByteLength,
    TypedArrayPrototypeGetSymbolToStringTag, DataViewPrototypeGetBuffer, DataViewPrototypeGetByteOffset,
    DataViewPrototypeGetByteLength } = $.primordials;
  const LABEL_SPACE = hardenRegExp(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g);
  // WHATWG Encoding: TextEncoder, TextDecoder (utf-8, utf-16le, utf-16be, windows-1252, x-user-defined here; the
  // other legacy encodings — ibm866, iso-8859-x, windows-125x, koi8, macintosh, gbk/gb18030, big5, euc-jp,
  // iso-2022-jp, shift_jis, euc-kr — through the JDK's charsets, ext/Encoding.java; streaming, fatal, ignoreBOM),
  // and the HTML atob()/btoa() (forgiving-base64). Not implemented: the "replacement" encoding.

  // ---------------------------------------------------------------- labels
  const LABELS = new SafeMap();
  const addLabels = (name, labels) => { for (const l of labels) LABELS.set(l, name); };
  addLabels('utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']);
  addLabels('utf-16be', ['unicodefffe', 'utf-16be']);
  addLabels('utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']);
  addLabels('windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1',
    'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii',
    'windows-1252', 'x-cp1252']);
  addLabels('x-user-defined', ['x-user-defined']);
  // the legacy encodings the JDK decodes (added only when this JVM has the charset)
  const LEGACY = {
    'ibm866': ['866', 'cp866', 'csibm866', 'ibm866'],
    'iso-8859-2': ['csisolatin2', 'iso-8859-2', 'iso-ir-101', 'iso8859-2', 'iso88592', 'iso_8859-2', 'iso_8859-2:1987', 'l2', 'latin2'],
    'iso-8859-3': ['csisolatin3', 'iso-8859-3', 'iso-ir-109', 'iso8859-3', 'iso88593', 'iso_8859-3', 'iso_8859-3:1988', 'l3', 'latin3'],
    'iso-8859-4': ['csisolatin4', 'iso-8859-4', 'iso-ir-110', 'iso8859-4', 'iso88594', 'iso_8859-4', 'iso_8859-4:1988', 'l4', 'latin4'],
    'iso-8859-5': ['csisolatincyrillic', 'cyrillic', 'iso-8859-5', 'iso-ir-144', 'iso8859-5', 'iso88595', 'iso_8859-5', 'iso_8859-5:1988'],
    'iso-8859-6': ['arabic', 'asmo-708', 'csiso88596e', 'csiso88596i', 'csisolatinarabic', 'ecma-114', 'iso-8859-6', 'iso-8859-6-e',
      'iso-8859-6-i', 'iso-ir-127', 'iso8859-6', 'iso88596', 'iso_8859-6', 'iso_8859-6:1987'],
    'iso-8859-7': ['csisolatingreek', 'ecma-118', 'elot_928', 'greek', 'greek8', 'iso-8859-7', 'iso-ir-126', 'iso8859-7', 'iso88597',
      'iso_8859-7', 'iso_8859-7:1987', 'sun_eu_greek'],
    'iso-8859-8': ['csiso88598e', 'csisolatinhebrew', 'hebrew', 'iso-8859-8', 'iso-8859-8-e', 'iso-ir-138', 'iso8859-8', 'iso88598',
      'iso_8859-8', 'iso_8859-8:1988', 'visual'],
    'iso-8859-8-i': ['csiso88598i', 'iso-8859-8-i', 'logical'],
    'iso-8859-10': ['csisolatin6', 'iso-8859-10', 'iso-ir-157', 'iso8859-10', 'iso885910', 'l6', 'latin6'],
    'iso-8859-13': ['iso-8859-13', 'iso8859-13', 'iso885913'],
    'iso-8859-14': ['iso-8859-14', 'iso8859-14', 'iso885914'],
    'iso-8859-15': ['csisolatin9', 'iso-8859-15', 'iso8859-15', 'iso885915', 'iso_8859-15', 'l9'],
    'iso-8859-16': ['iso-8859-16'],
    'koi8-r': ['cskoi8r', 'koi', 'koi8', 'koi8-r', 'koi8_r'],
    'koi8-u': ['koi8-ru', 'koi8-u'],
    'macintosh': ['csmacintosh', 'mac', 'macintosh', 'x-mac-roman'],
    'windows-874': ['dos-874', 'iso-8859-11', 'iso8859-11', 'iso885911', 'tis-620', 'windows-874'],
    'windows-1250': ['cp1250', 'windows-1250', 'x-cp1250'],
    'windows-1251': ['cp1251', 'windows-1251', 'x-cp1251'],
    'windows-1253': ['cp1253', 'windows-1253', 'x-cp1253'],
    'windows-1254': ['cp1254', 'csisolatin5', 'iso-8859-9', 'iso-ir-148', 'iso8859-9', 'iso88599', 'iso_8859-9', 'iso_8859-9:1989',
      'l5', 'latin5', 'windows-1254', 'x-cp1254'],
    'windows-1255': ['cp1255', 'windows-1255', 'x-cp1255'],
    'windows-1256': ['cp1256', 'windows-1256', 'x-cp1256'],
    'windows-1257': ['cp1257', 'windows-1257', 'x-cp1257'],
    'windows-1258': ['cp1258', 'windows-1258', 'x-cp1258'],
    'x-mac-cyrillic': ['x-mac-cyrillic', 'x-mac-ukrainian'],
    'gbk': ['chinese', 'csgb2312', 'csiso58gb231280', 'gb2312', 'gb_2312', 'gb_2312-80', 'gbk', 'iso-ir-58', 'x-gbk'],
    'gb18030': ['gb18030'],
    'big5': ['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5'],
    'euc-jp': ['cseucpkdfmtjapanese', 'euc-jp', 'x-euc-jp'],
    'iso-2022-jp': ['csiso2022jp', 'iso-2022-jp'],
    'shift_jis': ['csshiftjis', 'ms932', 'ms_kanji', 'shift-jis', 'shift_jis', 'sjis', 'windows-31j', 'x-sjis'],
    'euc-kr': ['cseuckr', 'csksc56011987', 'euc-kr', 'iso-ir-149', 'korean', 'ks_c_5601-1987', 'ks_c_5601-1989', 'ksc5601',
      'ksc_5601', 'windows-949'],
  };
  const legacy = new Set($.host ? $.host.legacyEncodings().split(',') : []); // no host: the shims' Node tests
  for (const name of Object.keys(LEGACY)) if (legacy.has(name)) addLabels(name, LEGACY[name]);

  const WINDOWS_1252_HIGH = [0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
    0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178];

  function getEncoding(label) {
    const key = StringPrototypeToLowerCase(StringPrototypeReplace(label, LABEL_SPACE, ''));
    return LABELS.has(key) ? LABELS.get(key) : null;
  }

  // ---------------------------------------------------------------- buffer sources
  const abByteLength = ObjectGetOwnPropertyDescriptor(ArrayBufferPrototype, 'byteLength').get;
  const typedArrayTag = ObjectGetOwnPropertyDescriptor(ObjectGetPrototypeOf(Uint8ArrayPrototype), SymbolToStringTag).get;

  function isArrayBuffer(v) {
    try { FunctionPrototypeCall(abByteLength, v); return true; } catch (e) { return false; }
  }
  // Chromium's TextDecoder and TextEncoder take no shared memory (not [AllowShared]): bytesOf says so with SHARED.
  const SHARED = { __proto__: null };
  // A Uint8Array over the bytes of a BufferSource, null if `v` is not one, SHARED if it is a view of shared memory.
  // (A view's buffer is an ArrayBuffer or a SharedArrayBuffer: asking the common case first throws, and pays for an
  // exception's stack trace, only for shared memory.)
  function bytesOf(v) {
    if (v === null || typeof v !== 'object') return null;
    if (ArrayBufferIsView(v)) { // the view's own slots, not getters the page can replace
      const typed = TypedArrayPrototypeGetSymbolToStringTag(v) !== undefined;
      const buffer = typed ? TypedArrayPrototypeGetBuffer(v) : DataViewPrototypeGetBuffer(v);
      if (!isArrayBuffer(buffer)) return SHARED;
      return typed
        ? new Uint8Array(buffer, TypedArrayPrototypeGetByteOffset(v), TypedArrayPrototypeGetByteLength(v))
        : new Uint8Array(buffer, DataViewPrototypeGetByteOffset(v), DataViewPrototypeGetByteLength(v));
    }
    return isArrayBuffer(v) ? new Uint8Array(v) : null;
  }

  function fromCodeUnits(units, n) {
    let out = '';
    for (let i = 0; i < n; i += 8192) out += ReflectApply(StringFromCharCode, null, TypedArrayPrototypeSubarray(units, i, MathMin(n, i + 8192)));
    return out;
  }

  // ---------------------------------------------------------------- decoders
  // Each decoder: decode(bytes, flush, fatal) -> string, or throws DecodeError when fatal.
  const DECODE_ERROR = {};

  function makeUTF8Decoder() {
    let cp = 0, needed = 0, seen = 0, lower = 0x80, upper = 0xBF;
    return function decode(bytes, flush, fatal) {
      const out = new Uint16Array(bytes.length + 4);
      let n = 0;
      const error = () => { if (fatal) throw DECODE_ERROR; out[n++] = 0xFFFD; };
      for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i];
        if (needed === 0) {
          if (b <= 0x7F) { out[n++] = b; continue; }
          if (b >= 0xC2 && b <= 0xDF) { needed = 1; cp = b & 0x1F; }
          else if (b >= 0xE0 && b <= 0xEF) {
            if (b === 0xE0) lower = 0xA0;
            if (b === 0xED) upper = 0x9F;
            needed = 2; cp = b & 0xF;
          } else if (b >= 0xF0 && b <= 0xF4) {
            if (b === 0xF0) lower = 0x90;
            if (b === 0xF4) upper = 0x8F;
            needed = 3; cp = b & 0x7;
          } else error();
          continue;
        }
        if (b < lower || b > upper) {
          cp = needed = seen = 0; lower = 0x80; upper = 0xBF;
          i--; // reprocess this byte
          error();
          continue;
        }
        lower = 0x80; upper = 0xBF;
        cp = (cp << 6) | (b & 0x3F);
        if (++seen === needed) {
          if (cp > 0xFFFF) {
            const c = cp - 0x10000;
            out[n++] = 0xD800 + (c >> 10);
            out[n++] = 0xDC00 + (c & 0x3FF);
          } else out[n++] = cp;
          cp = needed = seen = 0;
        }
      }
      if (flush && needed !== 0) {
        cp = needed = seen = 0; lower = 0x80; upper = 0xBF;
        error();
      }
      return fromCodeUnits(out, n);
    };
  }

  function makeUTF16Decoder(bigEndian) {
    let leadByte = null, leadSurrogate = null;
    return function decode(bytes, flush, fatal) {
      const out = new Uint16Array(bytes.length + 2);
      let n = 0;
      const error = () => { if (fatal) throw DECODE_ERROR; out[n++] = 0xFFFD; };
      for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i];
        if (leadByte === null) { leadByte = b; continue; }
        let unit = bigEndian ? (leadByte << 8) + b : leadByte + (b << 8);
        leadByte = null;
        if (leadSurrogate !== null) {
          const lead = leadSurrogate;
          leadSurrogate = null;
          if (unit >= 0xDC00 && unit <= 0xDFFF) { out[n++] = lead; out[n++] = unit; continue; }
          error();
          // the code unit is processed again below
        }
        if (unit >= 0xD800 && unit <= 0xDBFF) { leadSurrogate = unit; continue; }
        if (unit >= 0xDC00 && unit <= 0xDFFF) { error(); continue; }
        out[n++] = unit;
      }
      if (flush && (leadByte !== null || leadSurrogate !== null)) {
        leadByte = leadSurrogate = null;
        error();
      }
      return fromCodeUnits(out, n);
    };
  }

  function makeSingleByteDecoder(encoding) {
    return function decode(bytes) {
      const out = new Uint16Array(bytes.length);
      for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i];
        if (b < 0x80) out[i] = b;
        else if (encoding === 'x-user-defined') out[i] = 0xF780 + b - 0x80;
        else out[i] = b < 0xA0 ? WINDOWS_1252_HIGH[b - 0x80] : b;
      }
      return fromCodeUnits(out, bytes.length);
    };
  }

  /** A legacy encoding's decoder: the JDK's, fed a copy of the bytes in Java memory. */
  function makeJdkDecoder(encoding) {
    const java = $.host.legacyDecoder(encoding);
    return function decode(bytes, flush, fatal) {
      const bb = $.host.allocate(bytes.length);
      if (bytes.length) new Uint8Array(new ArrayBuffer(bb)).set(bytes);
      const s = java.decode(bb, flush, fatal);
      if (s === null) throw DECODE_ERROR;
      return s;
    };
  }

  function makeDecoder(encoding) {
    if (legacy.has(encoding)) return makeJdkDecoder(encoding);
    switch (encoding) {
      case 'utf-8': return makeUTF8Decoder();
      case 'utf-16le': return makeUTF16Decoder(false);
      case 'utf-16be': return makeUTF16Decoder(true);
      default: return makeSingleByteDecoder(encoding);
    }
  }

  // ---------------------------------------------------------------- TextDecoder
  const decoders = new SafeWeakMap();
  function D(obj) {
    const s = decoders.get(obj);
    if (!s) throw new TypeError('Illegal invocation');
    return s;
  }
  const isObjectLike = (v) => v !== null && (typeof v === 'object' || typeof v === 'function');

  function TextDecoder() {
    if (new.target === undefined) {
      throw new TypeError("Failed to construct 'TextDecoder': Please use the 'new' operator, this DOM object " +
        'constructor cannot be called as a function.');
    }
    const label = arguments.length > 0 && arguments[0] !== undefined ? `${arguments[0]}` : 'utf-8';
    const options = arguments[1];
    let fatal = false, ignoreBOM = false;
    if (options !== undefined && options !== null) {
      if (!isObjectLike(options)) {
        throw new TypeError("Failed to construct 'TextDecoder': The provided value is not of type 'TextDecoderOptions'.");
      }
      fatal = !!options.fatal;
      ignoreBOM = !!options.ignoreBOM;
    }
    const encoding = getEncoding(label);
    if (encoding === null) {
      throw new RangeError(`Failed to construct 'TextDecoder': The encoding label provided ('${label}') is invalid.`);
    }
    $.markPlatformObject(this);
    decoders.set(this, {
      encoding, fatal, ignoreBOM, bomSeen: false, doNotFlush: false, decoder: makeDecoder(encoding),
    });
  }

  $.defineMethods(TextDecoder.prototype, {
    decode() {
      const st = D(this);
      const input = arguments[0], options = arguments[1];
      let bytes = new Uint8Array(0);
      if (input !== undefined) {
        bytes = bytesOf(input);
        if (bytes === null) {
          throw new TypeError("Failed to execute 'decode' on 'TextDecoder': parameter 1 is not of type 'ArrayBuffer'.");
        }
        if (bytes === SHARED) {
          throw new TypeError("Failed to execute 'decode' on 'TextDecoder': The provided ArrayBufferView value must not be shared.");
        }
      }
      let stream = false;
      if (options !== undefined && options !== null) {
        if (!isObjectLike(options)) {
          throw new TypeError("Failed to execute 'decode' on 'TextDecoder': The provided value is not of type " +
            "'TextDecodeOptions'.");
        }
        stream = !!options.stream;
      }
      if (!st.doNotFlush) {
        st.decoder = makeDecoder(st.encoding);
        st.bomSeen = false;
      }
      st.doNotFlush = stream;
      let out;
      try {
        out = st.decoder(bytes, !stream, st.fatal);
      } catch (e) {
        if (e !== DECODE_ERROR) throw e;
        st.decoder = makeDecoder(st.encoding);
        st.bomSeen = false;
        st.doNotFlush = false;
        throw new TypeError("Failed to execute 'decode' on 'TextDecoder': The encoded data was not valid.");
      }
      if (!st.ignoreBOM && !st.bomSeen && out.length > 0 &&
          (st.encoding === 'utf-8' || st.encoding === 'utf-16le' || st.encoding === 'utf-16be')) {
        st.bomSeen = true;
        if (StringPrototypeCharCodeAt(out, 0) === 0xFEFF) out = out.slice(1);
      }
      return out;
    },
  });
  $.defineGetters(TextDecoder.prototype, {
    encoding: function () { return D(this).encoding; },
    fatal: function () { return D(this).fatal; },
    ignoreBOM: function () { return D(this).ignoreBOM; },
  });
  $.toStringTag(TextDecoder, 'TextDecoder');

  // ---------------------------------------------------------------- TextEncoder
  const encoders = new SafeWeakSet();
  function E(obj) { if (!encoders.has(obj)) throw new TypeError('Illegal invocation'); }

  function toUSVString(v) {
    const s = `${v}`;
    return /[\uD800-\uDFFF]/.test(s)
      ? StringPrototypeReplace(s, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
      : s;
  }

  function TextEncoder() {
    if (new.target === undefined) {
      throw new TypeError("Failed to construct 'TextEncoder': Please use the 'new' operator, this DOM object " +
        'constructor cannot be called as a function.');
    }
    encoders.add(this);
    $.markPlatformObject(this);
  }

  function utf8Length(s) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const c = StringPrototypeCharCodeAt(s, i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xD800 && c <= 0xDBFF) { n += 4; i++; } // s is a USVString: a trail follows
      else n += 3;
    }
    return n;
  }

  $.defineMethods(TextEncoder.prototype, {
    encode() {
      E(this);
      const s = arguments.length > 0 && arguments[0] !== undefined ? toUSVString(arguments[0]) : '';
      const out = new Uint8Array(utf8Length(s));
      let j = 0;
      for (let i = 0; i < s.length; i++) {
        let c = StringPrototypeCharCodeAt(s, i);
        if (c < 0x80) out[j++] = c;
        else if (c < 0x800) { out[j++] = 0xC0 | (c >> 6); out[j++] = 0x80 | (c & 63); }
        else if (c >= 0xD800 && c <= 0xDBFF) {
          c = 0x10000 + ((c - 0xD800) << 10) + (StringPrototypeCharCodeAt(s, ++i) - 0xDC00);
          out[j++] = 0xF0 | (c >> 18); out[j++] = 0x80 | ((c >> 12) & 63);
          out[j++] = 0x80 | ((c >> 6) & 63); out[j++] = 0x80 | (c & 63);
        } else { out[j++] = 0xE0 | (c >> 12); out[j++] = 0x80 | ((c >> 6) & 63); out[j++] = 0x80 | (c & 63); }
      }
      return out;
    },
    encodeInto(source, destination) {
      E(this);
      $.requireArgs(arguments, 2, 'TextEncoder', 'encodeInto');
      const s = toUSVString(source);
      let isU8 = false;
      try { isU8 = FunctionPrototypeCall(typedArrayTag, destination) === 'Uint8Array'; } catch (e) { isU8 = false; }
      if (!isU8) {
        throw new TypeError("Failed to execute 'encodeInto' on 'TextEncoder': parameter 2 is not of type 'Uint8Array'.");
      }
      if (bytesOf(destination) === SHARED) {
        throw new TypeError("Failed to execute 'encodeInto' on 'TextEncoder': The provided Uint8Array value must not be shared.");
      }
      const dest = destination;
      const cap = dest.length;
      let read = 0, written = 0;
      for (let i = 0; i < s.length; i++) {
        let c = StringPrototypeCharCodeAt(s, i);
        if (c < 0x80) {
          if (written + 1 > cap) break;
          dest[written++] = c;
        } else if (c < 0x800) {
          if (written + 2 > cap) break;
          dest[written++] = 0xC0 | (c >> 6); dest[written++] = 0x80 | (c & 63);
        } else if (c >= 0xD800 && c <= 0xDBFF) {
          if (written + 4 > cap) break;
          c = 0x10000 + ((c - 0xD800) << 10) + (StringPrototypeCharCodeAt(s, i + 1) - 0xDC00);
          dest[written++] = 0xF0 | (c >> 18); dest[written++] = 0x80 | ((c >> 12) & 63);
          dest[written++] = 0x80 | ((c >> 6) & 63); dest[written++] = 0x80 | (c & 63);
          i++; read++;
        } else {
          if (written + 3 > cap) break;
          dest[written++] = 0xE0 | (c >> 12); dest[written++] = 0x80 | ((c >> 6) & 63); dest[written++] = 0x80 | (c & 63);
        }
        read++;
      }
      return { read, written };
    },
  });
  $.defineGetters(TextEncoder.prototype, {
    encoding: function () { E(this); return 'utf-8'; },
  });
  $.toStringTag(TextEncoder, 'TextEncoder');

  for (const [C, names] of [[TextDecoder, ['encoding', 'fatal', 'ignoreBOM']], [TextEncoder, ['encoding']]]) {
    for (const name of names) {
      ObjectDefineProperty(ObjectGetOwnPropertyDescriptor(C.prototype, name).get, 'name', { value: 'get ' + name });
    }
  }

  $.defineGlobal('TextEncoder', TextEncoder);
  $.defineGlobal('TextDecoder', TextDecoder);

  // ---------------------------------------------------------------- atob / btoa
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const B64_INDEX = new SafeMap(ArrayFrom(B64, (c, i) => [c, i]));
  const ifaceName = () => ($.agentKind === 'window' ? 'Window' : 'WorkerGlobalScope');

  function invalidCharacterError(message) {
    if (typeof $.DOMException === 'function') return new $.DOMException(message, 'InvalidCharacterError');
    const e = new Error(message);
    ObjectDefineProperty(e, 'name', { value: 'InvalidCharacterError', configurable: true, writable: true });
    ObjectDefineProperty(e, 'code', { value: 5, configurable: true });
    return e;
  }

  // forgiving-base64 decode; returns a binary string or null on failure
  function forgivingBase64Decode(data) {
    data = StringPrototypeReplace(data, /[\t\n\f\r ]/g, '');
    if (data.length % 4 === 0) data = StringPrototypeReplace(data, /==?$/, '');
    if (data.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(data)) return null;
    let out = '';
    let buffer = 0, bits = 0;
    const chunk = [];
    for (let i = 0; i < data.length; i++) {
      buffer = (buffer << 6) | B64_INDEX.get(data[i]);
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        ArrayPrototypePush(chunk, (buffer >> bits) & 0xFF);
        buffer &= (1 << bits) - 1;
        if (chunk.length === 8192) { out += ReflectApply(StringFromCharCode, null, chunk); chunk.length = 0; }
      }
    }
    return out + ReflectApply(StringFromCharCode, null, chunk);
  }

  function base64Encode(s) {
    let out = '';
    let i = 0;
    for (; i + 2 < s.length; i += 3) {
      const n = (StringPrototypeCharCodeAt(s, i) << 16) | (StringPrototypeCharCodeAt(s, i + 1) << 8) | StringPrototypeCharCodeAt(s, i + 2);
      out += B64[n >> 18] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63] + B64[n & 63];
    }
    if (s.length - i === 1) {
      const n = StringPrototypeCharCodeAt(s, i) << 16;
      out += B64[n >> 18] + B64[(n >> 12) & 63] + '==';
    } else if (s.length - i === 2) {
      const n = (StringPrototypeCharCodeAt(s, i) << 16) | (StringPrototypeCharCodeAt(s, i + 1) << 8);
      out += B64[n >> 18] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63] + '=';
    }
    return out;
  }

  $.defineMethods(g, {
    atob(data) {
      $.requireArgs(arguments, 1, ifaceName(), 'atob');
      const out = forgivingBase64Decode(`${data}`);
      if (out === null) {
        throw invalidCharacterError(`Failed to execute 'atob' on '${ifaceName()}': The string to be decoded is not correctly encoded.`);
      }
      return out;
    },
    btoa(data) {
      $.requireArgs(arguments, 1, ifaceName(), 'btoa');
      const s = `${data}`;
      if (/[^\x00-\xFF]/.test(s)) { // eslint-disable-line no-control-regex
        throw invalidCharacterError(`Failed to execute 'btoa' on '${ifaceName()}': The string to be encoded contains characters outside of the Latin1 range.`);
      }
      return base64Encode(s);
    },
  });

  // internals for other shims (fetch/Blob text(), etc.)
  const privateEncoder = new TextEncoder();
  const encodeFn = TextEncoder.prototype.encode;
  $.utf8Encode = (s) => FunctionPrototypeCall(encodeFn, privateEncoder, s);
  // UTF-8 decode (replacement on errors, no BOM handling) of a Uint8Array
  $.utf8Decode = (bytes) => makeUTF8Decoder()(bytes, true, false);
  $.getEncodingName = getEncoding;
  $.forgivingBase64Decode = forgivingBase64Decode;
  $.base64Encode = base64Encode;
});
