(function (g, $) {
  'use strict';
  const { InternalArray, ArrayIsArray, ArrayPrototypeFilter, ArrayPrototypeFind, ArrayPrototypeFindIndex,
    ArrayPrototypeJoin, ArrayPrototypeMap, ArrayPrototypePop, ArrayPrototypePush, ArrayPrototypeSome,
    ArrayPrototypeSort, ArrayPrototypeSplice, ArrayPrototypeUnshift, Function, FunctionPrototypeCall, Map, MathFloor,
    ObjectCreate, ObjectDefineProperty, ObjectGetOwnPropertyDescriptor, ObjectGetPrototypeOf, ObjectKeys,
    ReflectGetOwnPropertyDescriptor, ReflectOwnKeys, SafeWeakMap, Set, String, StringFromCharCode,
    StringFromCodePoint, StringPrototypeCharCodeAt, StringPrototypeCodePointAt, StringPrototypeEndsWith,
    StringPrototypeReplace, StringPrototypeSplit, StringPrototypeStartsWith, StringPrototypeToLowerCase,
    SymbolIterator, SymbolToStringTag, TypeError, parseInt, SafeMap, SafeSet, SafeArrayIterator, SafeStringIterator,
    ReflectApply, ArrayPrototypeSlice,
    RegExpPrototypeExec, StringPrototypeSlice, StringPrototypeLastIndexOf, StringPrototypeIndexOf, StringPrototypeIncludes,
    StringPrototypeNormalize, hardenRegExp } = $.primordials;
  // the regular expressions of replace() calls, hardened once (see hardenRegExp in webidl.js)
  const REPLACE_RE_1 = hardenRegExp(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g);
  const REPLACE_RE_2 = hardenRegExp(/[\t\n\r]/g);
  const REPLACE_RE_3 = hardenRegExp(/\|/g);
  const REPLACE_RE_4 = hardenRegExp(/\+/g);

  // WHATWG URL Standard: URL, URLSearchParams, the basic URL parser, host parsing (IPv4, IPv6, opaque,
  // domains with punycode), serializers, and application/x-www-form-urlencoded.
  //
  // Chromium deviations reproduced on purpose (checked against Chromium 156):
  //  - '|' is in the path percent-encode set (GURL escapes it; the standard does not); "'" is in the query set of
  //    every URL (not only special ones) and in the userinfo set.
  //  - trailing spaces of an opaque path are never stripped (data:space ?x, then search = '').
  //  - file: URLs as on Linux: no Windows drive letters (C| stays C%7C, ".." may pop "C:"), "localhost" is kept as
  //    the host, and extra slashes after "file://" are collapsed (file:////x is file:///x); the origin of a file:
  //    URL serializes as "file://".
  //  - domain hosts: a space is allowed and becomes %20, '*' becomes %2A; ASCII labels are not punycode-validated;
  //    a '%' produced by the mapping (fullwidth %41, U+FF05 U+FF14 U+FF11) is percent-decoded once more.
  //  - search = '?' removes the query; protocol may change a non-special scheme into a special one (the URL is
  //    re-parsed with the new scheme), but not the other way round.
  // Domain to ASCII: UTS #46 mapping is approximated by NFKC + lowercase (+ the IDNA full stops); labels are then
  // punycode-encoded. Bidi/joiner checks and the full UTS #46 disallowed table are not implemented.

  const FAILURE = null;
  const EOF = -1;

  const SPECIAL_PORTS = new SafeMap([['ftp', 21], ['file', null], ['http', 80], ['https', 443], ['ws', 80], ['wss', 443]]);
  const isSpecialScheme = (s) => SPECIAL_PORTS.has(s);
  const isSpecial = (url) => SPECIAL_PORTS.has(url.scheme);
  const defaultPort = (s) => (SPECIAL_PORTS.has(s) ? SPECIAL_PORTS.get(s) : null);

  // ---------------------------------------------------------------- strings & code points
  function toUSVString(v) {
    const s = String(v);
    let out = null;
    for (let i = 0; i < s.length; i++) {
      const c = StringPrototypeCharCodeAt(s, i);
      if (c >= 0xD800 && c <= 0xDFFF) {
        if (c <= 0xDBFF && i + 1 < s.length) {
          const d = StringPrototypeCharCodeAt(s, i + 1);
          if (d >= 0xDC00 && d <= 0xDFFF) { if (out !== null) out += s[i] + s[i + 1]; i++; continue; }
        }
        if (out === null) out = StringPrototypeSlice(s, 0, i);
        out += '\uFFFD';
      } else if (out !== null) out += s[i];
    }
    return out === null ? s : out;
  }

  const isASCIIDigit = (c) => c >= 0x30 && c <= 0x39;
  const isASCIIAlpha = (c) => (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A);
  const isASCIIAlphanumeric = (c) => isASCIIDigit(c) || isASCIIAlpha(c);
  const isASCIIHexDigit = (c) => isASCIIDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

  // ---------------------------------------------------------------- percent-encoding
  const inC0ControlSet = (c) => c < 0x20 || c > 0x7E;
  const inFragmentSet = (c) => inC0ControlSet(c) || c === 0x20 || c === 0x22 || c === 0x3C || c === 0x3E || c === 0x60;
  const inQuerySet = (c) => inC0ControlSet(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3C || c === 0x3E;
  const inSpecialQuerySet = (c) => inQuerySet(c) || c === 0x27;
  // (Chromium also escapes '|' in paths: done when a path segment is completed, after the drive-letter check.)
  const inPathSet = (c) => inQuerySet(c) || c === 0x3F || c === 0x5E || c === 0x60 || c === 0x7B || c === 0x7D;
  const inUserinfoSet = (c) => inPathSet(c) || c === 0x2F || c === 0x3A || c === 0x3B || c === 0x3D || c === 0x40 ||
    (c >= 0x5B && c <= 0x5E) || c === 0x7C || c === 0x27;
  const inComponentSet = (c) => inUserinfoSet(c) || (c >= 0x24 && c <= 0x26) || c === 0x2B || c === 0x2C;
  const inFormSet = (c) => inComponentSet(c) || c === 0x21 || (c >= 0x27 && c <= 0x29) || c === 0x7E;

  const HEX = '0123456789ABCDEF';
  const pctByte = (b) => '%' + HEX[b >> 4] + HEX[b & 15];

  function utf8Bytes(cp) {
    if (cp < 0x80) return [cp];
    if (cp < 0x800) return [0xC0 | (cp >> 6), 0x80 | (cp & 63)];
    if (cp < 0x10000) return [0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
    return [0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
  }

  function encodeCodePoint(cp, inSet, spaceAsPlus) {
    if (spaceAsPlus && cp === 0x20) return '+';
    if (!inSet(cp)) return StringFromCodePoint(cp);
    let out = '';
    for (const b of new SafeArrayIterator(utf8Bytes(cp))) out += pctByte(b);
    return out;
  }

  function encodeString(s, inSet, spaceAsPlus) {
    let out = '';
    for (const ch of SafeStringIterator(s)) out += encodeCodePoint(StringPrototypeCodePointAt(ch, 0), inSet, spaceAsPlus);
    return out;
  }

  function strToUTF8(s) {
    const out = [];
    for (const ch of SafeStringIterator(s)) for (const b of new SafeArrayIterator(utf8Bytes(StringPrototypeCodePointAt(ch, 0)))) ArrayPrototypePush(out, b);
    return out;
  }

  function percentDecodeToBytes(bytes) {
    const out = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === 0x25 && i + 2 < bytes.length && isASCIIHexDigit(bytes[i + 1]) && isASCIIHexDigit(bytes[i + 2])) {
        ArrayPrototypePush(out, parseInt(StringFromCharCode(bytes[i + 1], bytes[i + 2]), 16));
        i += 2;
      } else ArrayPrototypePush(out, b);
    }
    return out;
  }

  // UTF-8 decode without BOM, replacement on errors (WHATWG Encoding decoder semantics).
  function utf8Decode(bytes) {
    let out = '';
    let cp = 0, needed = 0, seen = 0, lower = 0x80, upper = 0xBF;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (needed === 0) {
        if (b <= 0x7F) { out += StringFromCharCode(b); continue; }
        if (b >= 0xC2 && b <= 0xDF) { needed = 1; cp = b & 0x1F; }
        else if (b >= 0xE0 && b <= 0xEF) {
          if (b === 0xE0) lower = 0xA0; if (b === 0xED) upper = 0x9F;
          needed = 2; cp = b & 0xF;
        } else if (b >= 0xF0 && b <= 0xF4) {
          if (b === 0xF0) lower = 0x90; if (b === 0xF4) upper = 0x8F;
          needed = 3; cp = b & 0x7;
        } else out += '\uFFFD';
        continue;
      }
      if (b < lower || b > upper) {
        cp = needed = seen = 0; lower = 0x80; upper = 0xBF;
        out += '\uFFFD';
        i--;
        continue;
      }
      lower = 0x80; upper = 0xBF;
      cp = (cp << 6) | (b & 0x3F);
      if (++seen === needed) {
        out += StringFromCodePoint(cp);
        cp = needed = seen = 0;
      }
    }
    if (needed !== 0) out += '\uFFFD';
    return out;
  }

  // ---------------------------------------------------------------- punycode (RFC 3492)
  const PC = { base: 36, tMin: 1, tMax: 26, skew: 38, damp: 700, initialBias: 72, initialN: 128 };
  function adapt(delta, numPoints, first) {
    delta = first ? MathFloor(delta / PC.damp) : delta >> 1;
    delta += MathFloor(delta / numPoints);
    let k = 0;
    while (delta > ((PC.base - PC.tMin) * PC.tMax) >> 1) { delta = MathFloor(delta / (PC.base - PC.tMin)); k += PC.base; }
    return k + MathFloor(((PC.base - PC.tMin + 1) * delta) / (delta + PC.skew));
  }
  const digitChar = (d) => StringFromCharCode(d < 26 ? d + 97 : d + 22);
  function punycodeEncode(str) {
    const input = codePoints(str);
    let n = PC.initialN, delta = 0, bias = PC.initialBias;
    let out = '';
    for (const c of new SafeArrayIterator(input)) if (c < 0x80) out += StringFromCharCode(c);
    const b = out.length;
    let h = b;
    if (b > 0) out += '-';
    while (h < input.length) {
      let m = Infinity;
      for (const c of new SafeArrayIterator(input)) if (c >= n && c < m) m = c;
      if ((m - n) > MathFloor((0x7FFFFFFF - delta) / (h + 1))) return FAILURE;
      delta += (m - n) * (h + 1);
      n = m;
      for (const c of new SafeArrayIterator(input)) {
        if (c < n && ++delta > 0x7FFFFFFF) return FAILURE;
        if (c === n) {
          let q = delta;
          for (let k = PC.base; ; k += PC.base) {
            const t = k <= bias ? PC.tMin : (k >= bias + PC.tMax ? PC.tMax : k - bias);
            if (q < t) break;
            out += digitChar(t + ((q - t) % (PC.base - t)));
            q = MathFloor((q - t) / (PC.base - t));
          }
          out += digitChar(q);
          bias = adapt(delta, h + 1, h === b);
          delta = 0;
          h++;
        }
      }
      delta++; n++;
    }
    return out;
  }
  function punycodeDecode(input) {
    const out = [];
    let n = PC.initialN, i = 0, bias = PC.initialBias;
    let basic = StringPrototypeLastIndexOf(input, '-');
    if (basic < 0) basic = 0;
    for (let j = 0; j < basic; j++) {
      const c = StringPrototypeCharCodeAt(input, j);
      if (c >= 0x80) return FAILURE;
      ArrayPrototypePush(out, c);
    }
    for (let idx = basic > 0 ? basic + 1 : 0; idx < input.length;) {
      const oldi = i;
      let w = 1;
      for (let k = PC.base; ; k += PC.base) {
        if (idx >= input.length) return FAILURE;
        const c = StringPrototypeCharCodeAt(input, idx++);
        const digit = c - 48 < 10 ? c - 22 : c - 65 < 26 ? c - 65 : c - 97 < 26 ? c - 97 : PC.base;
        if (digit >= PC.base || digit > MathFloor((0x7FFFFFFF - i) / w)) return FAILURE;
        i += digit * w;
        const t = k <= bias ? PC.tMin : (k >= bias + PC.tMax ? PC.tMax : k - bias);
        if (digit < t) break;
        if (w > MathFloor(0x7FFFFFFF / (PC.base - t))) return FAILURE;
        w *= PC.base - t;
      }
      bias = adapt(i - oldi, out.length + 1, oldi === 0);
      if (MathFloor(i / (out.length + 1)) > 0x7FFFFFFF - n) return FAILURE;
      n += MathFloor(i / (out.length + 1));
      i %= out.length + 1;
      if (n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF)) return FAILURE;
      ArrayPrototypeSplice(out, i++, 0, n);
    }
    return ReflectApply(StringFromCodePoint, undefined, out);
  }

  // ---------------------------------------------------------------- hosts
  // Host representation: string (domain, opaque host, or '' for the empty host), number (IPv4),
  // array of 8 numbers (IPv6).
  const FORBIDDEN_HOST = new SafeSet([0x00, 0x09, 0x0A, 0x0D, 0x20, 0x23, 0x2F, 0x3A, 0x3C, 0x3E, 0x3F, 0x40, 0x5B, 0x5C,
    0x5D, 0x5E, 0x7C]);
  const isForbiddenHost = (c) => FORBIDDEN_HOST.has(c);
  const isForbiddenDomain = (c) => isForbiddenHost(c) || c <= 0x1F || c === 0x25 || c === 0x7F;

  const PLAIN_HOST = /^[A-Za-z0-9.-]+$/;
  function hostParse(input, isOpaque) {
    if (StringPrototypeStartsWith(input, '[')) {
      if (!StringPrototypeEndsWith(input, ']')) return FAILURE;
      return ipv6Parse(StringPrototypeSlice(input, 1, -1));
    }
    if (isOpaque) return opaqueHostParse(input);
    // the common host (ASCII letters, digits, '-' and '.', no '%'): percent-decoding and IDNA leave it as it is, but
    // lowercased, and it has no forbidden code point; only "ends in a number" (an IPv4 address) remains to ask
    if (RegExpPrototypeExec(PLAIN_HOST, input) !== null) {
      const lower = StringPrototypeToLowerCase(input);
      return endsInANumber(lower) ? ipv4Parse(lower) : lower;
    }
    const domain = utf8Decode(percentDecodeToBytes(strToUTF8(input)));
    const asciiDomain = domainToASCII(domain);
    if (asciiDomain === FAILURE) return FAILURE;
    if (endsInANumber(asciiDomain)) return ipv4Parse(asciiDomain);
    return asciiDomain;
  }

  const DISALLOWED_RE = /[\p{Cn}\p{Cs}\p{Co}\uFFFC-\uFFFF\u200C\u200D]/u;
  // (hardened: String.prototype.replace reads their Symbol.replace, exec and flags, never RegExp.prototype's)
  const IGNORED_RE = hardenRegExp(/[\u00AD\u200B\u2060\uFEFF\u034F\u180B-\u180D\uFE00-\uFE0F]/g);
  const FULL_STOPS_RE = hardenRegExp(/[\u3002\uFF0E\uFF61]/g);
  const SPACE_RE = hardenRegExp(/ /g), STAR_RE = hardenRegExp(/\*/g);
  function domainToASCII(domain, again) {
    let mapped;
    // ASCII input is only lowercased (Chromium does not validate ASCII "xn--" labels).
    // eslint-disable-next-line no-control-regex
    if ((RegExpPrototypeExec(/^[\x00-\x7F]*$/, domain) !== null)) {
      mapped = StringPrototypeToLowerCase(domain);
    } else {
      // UTS #46 mapping, approximated: drop ignored code points, NFKC, lowercase, IDNA full stops -> '.'.
      mapped = StringPrototypeReplace(domain, IGNORED_RE, '');
      mapped = StringPrototypeNormalize(StringPrototypeToLowerCase(StringPrototypeNormalize(mapped, 'NFKC')), 'NFC');
      mapped = StringPrototypeReplace(mapped, FULL_STOPS_RE, '.');
      if ((RegExpPrototypeExec(DISALLOWED_RE, mapped) !== null)) return FAILURE;
      if (!again && StringPrototypeIncludes(mapped, '%')) return domainToASCII(utf8Decode(percentDecodeToBytes(strToUTF8(mapped))), true);
      const labels = StringPrototypeSplit(mapped, '.');
      for (let i = 0; i < labels.length; i++) {
        const label = labels[i];
        if (StringPrototypeStartsWith(label, 'xn--')) {
          const decoded = punycodeDecode(StringPrototypeSlice(label, 4));
          if (decoded === FAILURE || (RegExpPrototypeExec(DISALLOWED_RE, decoded) !== null)) return FAILURE;
        } else if ((RegExpPrototypeExec(/[^\x00-\x7F]/, label) !== null)) {
          const enc = punycodeEncode(label);
          if (enc === FAILURE) return FAILURE;
          labels[i] = 'xn--' + enc;
        }
      }
      mapped = ArrayPrototypeJoin(labels, '.');
    }
    if (mapped === '') return FAILURE;
    for (let i = 0; i < mapped.length; i++) {
      const c = StringPrototypeCharCodeAt(mapped, i);
      if (c !== 0x20 && isForbiddenDomain(c)) return FAILURE;
    }
    return StringPrototypeReplace(StringPrototypeReplace(mapped, SPACE_RE, '%20'), STAR_RE, '%2A');
  }

  function opaqueHostParse(input) {
    for (const ch of SafeStringIterator(input)) if (isForbiddenHost(StringPrototypeCodePointAt(ch, 0))) return FAILURE;
    return encodeString(input, inC0ControlSet);
  }

  function endsInANumber(input) {
    const parts = StringPrototypeSplit(input, '.');
    if (parts[parts.length - 1] === '') {
      if (parts.length === 1) return false;
      ArrayPrototypePop(parts);
    }
    const last = parts[parts.length - 1];
    if (last !== '' && (RegExpPrototypeExec(/^[0-9]+$/, last) !== null)) return true;
    return ipv4NumberParse(last) !== FAILURE;
  }

  function ipv4NumberParse(input) {
    if (input === '') return FAILURE;
    let R = 10;
    if (input.length >= 2 && (StringPrototypeStartsWith(input, '0x') || StringPrototypeStartsWith(input, '0X'))) { input = StringPrototypeSlice(input, 2); R = 16; }
    else if (input.length >= 2 && input[0] === '0') { input = StringPrototypeSlice(input, 1); R = 8; }
    if (input === '') return 0;
    const re = R === 10 ? /^[0-9]+$/ : R === 16 ? /^[0-9A-Fa-f]+$/ : /^[0-7]+$/;
    if (!(RegExpPrototypeExec(re, input) !== null)) return FAILURE;
    return parseInt(input, R);
  }

  function ipv4Parse(input) {
    const parts = StringPrototypeSplit(input, '.');
    if (parts[parts.length - 1] === '' && parts.length > 1) ArrayPrototypePop(parts);
    if (parts.length > 4) return FAILURE;
    const numbers = [];
    for (const part of new SafeArrayIterator(parts)) {
      const n = ipv4NumberParse(part);
      if (n === FAILURE) return FAILURE;
      ArrayPrototypePush(numbers, n);
    }
    for (let i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return FAILURE;
    if (numbers[numbers.length - 1] >= 256 ** (5 - numbers.length)) return FAILURE;
    let ipv4 = numbers[numbers.length - 1];
    for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
    return ipv4;
  }

  function ipv6Parse(inputStr) {
    const address = [0, 0, 0, 0, 0, 0, 0, 0];
    let pieceIndex = 0, compress = null, pointer = 0;
    const input = codePoints(inputStr);
    const at = (i) => (i < input.length ? input[i] : EOF);
    if (at(pointer) === 0x3A) {
      if (at(pointer + 1) !== 0x3A) return FAILURE;
      pointer += 2;
      compress = ++pieceIndex;
    }
    while (at(pointer) !== EOF) {
      if (pieceIndex === 8) return FAILURE;
      if (at(pointer) === 0x3A) {
        if (compress !== null) return FAILURE;
        pointer++;
        compress = ++pieceIndex;
        continue;
      }
      let value = 0, length = 0;
      while (length < 4 && isASCIIHexDigit(at(pointer))) {
        value = value * 0x10 + parseInt(StringFromCharCode(at(pointer)), 16);
        pointer++; length++;
      }
      if (at(pointer) === 0x2E) {
        if (length === 0) return FAILURE;
        pointer -= length;
        if (pieceIndex > 6) return FAILURE;
        let numbersSeen = 0;
        while (at(pointer) !== EOF) {
          let ipv4Piece = null;
          if (numbersSeen > 0) {
            if (at(pointer) === 0x2E && numbersSeen < 4) pointer++;
            else return FAILURE;
          }
          if (!isASCIIDigit(at(pointer))) return FAILURE;
          while (isASCIIDigit(at(pointer))) {
            const number = at(pointer) - 0x30;
            if (ipv4Piece === null) ipv4Piece = number;
            else if (ipv4Piece === 0) return FAILURE;
            else ipv4Piece = ipv4Piece * 10 + number;
            if (ipv4Piece > 255) return FAILURE;
            pointer++;
          }
          address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
          numbersSeen++;
          if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
        }
        if (numbersSeen !== 4) return FAILURE;
        break;
      } else if (at(pointer) === 0x3A) {
        pointer++;
        if (at(pointer) === EOF) return FAILURE;
      } else if (at(pointer) !== EOF) return FAILURE;
      address[pieceIndex] = value;
      pieceIndex++;
    }
    if (compress !== null) {
      let swaps = pieceIndex - compress;
      pieceIndex = 7;
      while (pieceIndex !== 0 && swaps > 0) {
        const t = address[pieceIndex];
        address[pieceIndex] = address[compress + swaps - 1];
        address[compress + swaps - 1] = t;
        pieceIndex--; swaps--;
      }
    } else if (pieceIndex !== 8) return FAILURE;
    return address;
  }

  function hostSerialize(host) {
    if (typeof host === 'number') {
      const out = [];
      let n = host;
      for (let i = 0; i < 4; i++) { ArrayPrototypeUnshift(out, String(n % 256)); n = MathFloor(n / 256); }
      return ArrayPrototypeJoin(out, '.');
    }
    if (ArrayIsArray(host)) {
      // find the first longest run of 0 pieces (length > 1)
      let best = null, bestLen = 1;
      for (let i = 0; i < 8;) {
        if (host[i] !== 0) { i++; continue; }
        let j = i;
        while (j < 8 && host[j] === 0) j++;
        if (j - i > bestLen) { best = i; bestLen = j - i; }
        i = j;
      }
      let out = '';
      let ignore0 = false;
      for (let i = 0; i < 8; i++) {
        if (ignore0 && host[i] === 0) continue;
        ignore0 = false;
        if (best === i) { out += i === 0 ? '::' : ':'; ignore0 = true; continue; }
        out += host[i].toString(16);
        if (i !== 7) out += ':';
      }
      return '[' + out + ']';
    }
    return host;
  }

  // ---------------------------------------------------------------- URL records
  function newRecord() {
    return { __proto__: null, scheme: '', username: '', password: '', host: null, port: null, path: [], query: null, fragment: null };
  }
  function cloneRecord(u) {
    return { __proto__: null, ...u, path: typeof u.path === 'string' ? u.path : ArrayPrototypeSlice(u.path) };
  }
  const hasOpaquePath = (url) => typeof url.path === 'string';
  const includesCredentials = (url) => url.username !== '' || url.password !== '';
  const cannotHaveUsernamePasswordPort = (url) => url.host === null || url.host === '' || url.scheme === 'file';

  // Windows drive letters: Chromium on Linux gives them no meaning, so the standard's drive-letter rules are off.
  function shortenPath(url) {
    ArrayPrototypePop(url.path);
  }
  const isSingleDot = (s) => s === '.' || StringPrototypeToLowerCase(s) === '%2e';
  const isDoubleDot = (s) => {
    s = StringPrototypeToLowerCase(s);
    return s === '..' || s === '.%2e' || s === '%2e.' || s === '%2e%2e';
  };

  // States
  const SCHEME_START = 1, SCHEME = 2, NO_SCHEME = 3, SPECIAL_RELATIVE_OR_AUTHORITY = 4, PATH_OR_AUTHORITY = 5,
    RELATIVE = 6, RELATIVE_SLASH = 7, SPECIAL_AUTHORITY_SLASHES = 8, SPECIAL_AUTHORITY_IGNORE_SLASHES = 9,
    AUTHORITY = 10, HOST = 11, HOSTNAME = 12, PORT = 13, FILE = 14, FILE_SLASH = 15, FILE_HOST = 16,
    PATH_START = 17, PATH = 18, OPAQUE_PATH = 19, QUERY = 20, FRAGMENT = 21;

  /** The code points of `s` (an internal array, filled by index: no iterator or callback per character). */
  function codePoints(s) {
    const out = InternalArray();
    for (let i = 0, n = 0; i < s.length; i++) {
      const c = StringPrototypeCodePointAt(s, i);
      out[n++] = c;
      if (c > 0xFFFF) i++;
    }
    return out;
  }

  // Returns the URL record, or FAILURE (null). With a state override, modifies `url` and returns it
  // (or FAILURE); callers of the setters ignore the result.
  function basicParse(input, base, url, override) {
    // Chromium keeps the tabs and newlines of an input that begins with exactly "data:" (the opaque path and
    // fragment states percent-encode them: a multi-line data: script stays multi-line); every other input loses them
    const keepTabsAndNewlines = !url && StringPrototypeStartsWith(input, 'data:');
    if (!url) {
      url = newRecord();
      // eslint-disable-next-line no-control-regex
      input = StringPrototypeReplace(input, REPLACE_RE_1, '');
    }
    if (!keepTabsAndNewlines) input = StringPrototypeReplace(input, REPLACE_RE_2, '');
    let state = override || SCHEME_START;
    let buffer = '';
    let atSignSeen = false, insideBrackets = false, passwordTokenSeen = false;
    const cps = codePoints(input);
    const len = cps.length;
    let pointer = 0;
    const remainingStartsWith = (ch) => pointer + 1 < len && cps[pointer + 1] === ch;

    for (;;) {
      const c = pointer < len ? cps[pointer] : EOF;
      switch (state) {
        case SCHEME_START:
          if (isASCIIAlpha(c)) { buffer += StringPrototypeToLowerCase(StringFromCharCode(c)); state = SCHEME; }
          else if (!override) { state = NO_SCHEME; pointer--; }
          else return FAILURE;
          break;

        case SCHEME:
          if (isASCIIAlphanumeric(c) || c === 0x2B || c === 0x2D || c === 0x2E) {
            buffer += StringPrototypeToLowerCase(StringFromCharCode(c));
          } else if (c === 0x3A) {
            if (override) {
              if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return url;
              if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return url;
              if (url.scheme === 'file' && url.host === '') return url;
            }
            url.scheme = buffer;
            if (override) {
              if (url.port === defaultPort(url.scheme)) url.port = null;
              return url;
            }
            buffer = '';
            if (url.scheme === 'file') state = FILE;
            else if (isSpecial(url) && base && base.scheme === url.scheme) state = SPECIAL_RELATIVE_OR_AUTHORITY;
            else if (isSpecial(url)) state = SPECIAL_AUTHORITY_SLASHES;
            else if (remainingStartsWith(0x2F)) { state = PATH_OR_AUTHORITY; pointer++; }
            else { url.path = ''; state = OPAQUE_PATH; }
          } else if (!override) {
            buffer = ''; state = NO_SCHEME; pointer = -1;
          } else return FAILURE;
          break;

        case NO_SCHEME:
          if (!base || (hasOpaquePath(base) && c !== 0x23)) return FAILURE;
          if (hasOpaquePath(base) && c === 0x23) {
            url.scheme = base.scheme; url.path = base.path; url.query = base.query; url.fragment = '';
            state = FRAGMENT;
          } else if (base.scheme !== 'file') { state = RELATIVE; pointer--; }
          else { state = FILE; pointer--; }
          break;

        case SPECIAL_RELATIVE_OR_AUTHORITY:
          if (c === 0x2F && remainingStartsWith(0x2F)) { state = SPECIAL_AUTHORITY_IGNORE_SLASHES; pointer++; }
          else { state = RELATIVE; pointer--; }
          break;

        case PATH_OR_AUTHORITY:
          if (c === 0x2F) state = AUTHORITY;
          else { state = PATH; pointer--; }
          break;

        case RELATIVE:
          url.scheme = base.scheme;
          if (c === 0x2F) state = RELATIVE_SLASH;
          else if (isSpecial(url) && c === 0x5C) state = RELATIVE_SLASH;
          else {
            url.username = base.username; url.password = base.password; url.host = base.host;
            url.port = base.port; url.path = ArrayPrototypeSlice(base.path); url.query = base.query;
            if (c === 0x3F) { url.query = ''; state = QUERY; }
            else if (c === 0x23) { url.fragment = ''; state = FRAGMENT; }
            else if (c !== EOF) { url.query = null; shortenPath(url); state = PATH; pointer--; }
          }
          break;

        case RELATIVE_SLASH:
          if (isSpecial(url) && (c === 0x2F || c === 0x5C)) state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          else if (c === 0x2F) state = AUTHORITY;
          else {
            url.username = base.username; url.password = base.password; url.host = base.host; url.port = base.port;
            state = PATH; pointer--;
          }
          break;

        case SPECIAL_AUTHORITY_SLASHES:
          if (c === 0x2F && remainingStartsWith(0x2F)) { state = SPECIAL_AUTHORITY_IGNORE_SLASHES; pointer++; }
          else { state = SPECIAL_AUTHORITY_IGNORE_SLASHES; pointer--; }
          break;

        case SPECIAL_AUTHORITY_IGNORE_SLASHES:
          if (c !== 0x2F && c !== 0x5C) { state = AUTHORITY; pointer--; }
          break;

        case AUTHORITY:
          if (c === 0x40) {
            if (atSignSeen) buffer = '%40' + buffer;
            atSignSeen = true;
            for (const ch of SafeStringIterator(buffer)) {
              const cp = StringPrototypeCodePointAt(ch, 0);
              if (cp === 0x3A && !passwordTokenSeen) { passwordTokenSeen = true; continue; }
              const enc = encodeCodePoint(cp, inUserinfoSet);
              if (passwordTokenSeen) url.password += enc; else url.username += enc;
            }
            buffer = '';
          } else if (c === EOF || c === 0x2F || c === 0x3F || c === 0x23 || (isSpecial(url) && c === 0x5C)) {
            if (atSignSeen && buffer === '') return FAILURE;
            pointer -= codePoints(buffer).length + 1;
            buffer = '';
            state = HOST;
          } else buffer += StringFromCodePoint(c);
          break;

        case HOST:
        case HOSTNAME:
          if (override && url.scheme === 'file') { pointer--; state = FILE_HOST; }
          else if (c === 0x3A && !insideBrackets) {
            if (buffer === '') return FAILURE;
            if (override === HOSTNAME) return FAILURE;
            const host = hostParse(buffer, !isSpecial(url));
            if (host === FAILURE) return FAILURE;
            url.host = host; buffer = ''; state = PORT;
          } else if (c === EOF || c === 0x2F || c === 0x3F || c === 0x23 || (isSpecial(url) && c === 0x5C)) {
            pointer--;
            if (isSpecial(url) && buffer === '') return FAILURE;
            if (override && buffer === '' && (includesCredentials(url) || url.port !== null)) return FAILURE;
            const host = hostParse(buffer, !isSpecial(url));
            if (host === FAILURE) return FAILURE;
            url.host = host; buffer = ''; state = PATH_START;
            if (override) return url;
          } else {
            if (c === 0x5B) insideBrackets = true;
            if (c === 0x5D) insideBrackets = false;
            buffer += StringFromCodePoint(c);
          }
          break;

        case PORT:
          if (isASCIIDigit(c)) buffer += StringFromCharCode(c);
          else if (c === EOF || c === 0x2F || c === 0x3F || c === 0x23 || (isSpecial(url) && c === 0x5C) || override) {
            if (buffer !== '') {
              const port = parseInt(buffer, 10);
              if (port > 65535) return FAILURE;
              url.port = port === defaultPort(url.scheme) ? null : port;
              buffer = '';
              if (override) return url;
            }
            if (override) return FAILURE;
            state = PATH_START; pointer--;
          } else return FAILURE;
          break;

        case FILE:
          url.scheme = 'file';
          url.host = '';
          if (c === 0x2F || c === 0x5C) state = FILE_SLASH;
          else if (base && base.scheme === 'file') {
            url.host = base.host; url.path = ArrayPrototypeSlice(base.path); url.query = base.query;
            if (c === 0x3F) { url.query = ''; state = QUERY; }
            else if (c === 0x23) { url.fragment = ''; state = FRAGMENT; }
            else if (c !== EOF) {
              url.query = null;
              shortenPath(url);
              state = PATH; pointer--;
            }
          } else { state = PATH; pointer--; }
          break;

        case FILE_SLASH:
          if (c === 0x2F || c === 0x5C) state = FILE_HOST;
          else {
            if (base && base.scheme === 'file') {
              url.host = base.host;
            }
            state = PATH; pointer--;
          }
          break;

        case FILE_HOST:
          if (!override && buffer === '' && (c === 0x2F || c === 0x5C) && pointer + 1 < len &&
              (cps[pointer + 1] === 0x2F || cps[pointer + 1] === 0x5C)) {
            // Chromium: file:////x is file:///x (all but the last of the extra slashes are dropped)
          } else if (c === EOF || c === 0x2F || c === 0x5C || c === 0x3F || c === 0x23) {
            pointer--;
            if (buffer === '') {
              url.host = '';
              if (override) return url;
              state = PATH_START;
            } else {
              const host = hostParse(buffer, !isSpecial(url));
              if (host === FAILURE) return FAILURE;
              url.host = host; // Chromium keeps 'localhost'
              if (override) return url;
              buffer = ''; state = PATH_START;
            }
          } else buffer += StringFromCodePoint(c);
          break;

        case PATH_START:
          if (isSpecial(url)) {
            state = PATH;
            if (c !== 0x2F && c !== 0x5C) pointer--;
          } else if (!override && c === 0x3F) { url.query = ''; state = QUERY; }
          else if (!override && c === 0x23) { url.fragment = ''; state = FRAGMENT; }
          else if (c !== EOF) {
            state = PATH;
            if (c !== 0x2F) pointer--;
          } else if (override && url.host === null) ArrayPrototypePush(url.path, '');
          break;

        case PATH: {
          const slashLike = c === 0x2F || (isSpecial(url) && c === 0x5C);
          if (c === EOF || slashLike || (!override && (c === 0x3F || c === 0x23))) {
            if (isDoubleDot(buffer)) {
              shortenPath(url);
              if (!slashLike) ArrayPrototypePush(url.path, '');
            } else if (isSingleDot(buffer) && !slashLike) {
              ArrayPrototypePush(url.path, '');
            } else if (!isSingleDot(buffer)) {
              ArrayPrototypePush(url.path, StringPrototypeReplace(buffer, REPLACE_RE_3, '%7C'));
            }
            buffer = '';
            if (c === 0x3F) { url.query = ''; state = QUERY; }
            if (c === 0x23) { url.fragment = ''; state = FRAGMENT; }
          } else buffer += encodeCodePoint(c, inPathSet);
          break;
        }

        case OPAQUE_PATH:
          if (c === 0x3F) { url.query = ''; state = QUERY; }
          else if (c === 0x23) { url.fragment = ''; state = FRAGMENT; }
          else if (c !== EOF) url.path += encodeCodePoint(c, inC0ControlSet);
          break;

        case QUERY:
          if ((!override && c === 0x23) || c === EOF) {
            url.query += encodeString(buffer, inSpecialQuerySet);
            buffer = '';
            if (c === 0x23) { url.fragment = ''; state = FRAGMENT; }
          } else if (c !== EOF) buffer += StringFromCodePoint(c);
          break;

        case FRAGMENT:
          if (c !== EOF) url.fragment += encodeCodePoint(c, inFragmentSet);
          break;
      }
      if (pointer >= len) break;
      pointer++;
    }
    return url;
  }

  function serializePath(url) {
    if (hasOpaquePath(url)) return url.path;
    let out = '';
    for (const seg of new SafeArrayIterator(url.path)) out += '/' + seg;
    return out;
  }

  function serializeURL(url, excludeFragment) {
    let out = url.scheme + ':';
    if (url.host !== null) {
      out += '//';
      if (includesCredentials(url)) {
        out += url.username;
        if (url.password !== '') out += ':' + url.password;
        out += '@';
      }
      out += hostSerialize(url.host);
      if (url.port !== null) out += ':' + url.port;
    }
    if (url.host === null && !hasOpaquePath(url) && url.path.length > 1 && url.path[0] === '') out += '/.';
    out += serializePath(url);
    if (url.query !== null) out += '?' + url.query;
    if (!excludeFragment && url.fragment !== null) out += '#' + url.fragment;
    return out;
  }

  // Serialized origin ("null" for opaque origins). Chromium serializes file: origins as "file://".
  function serializeOrigin(url) {
    switch (url.scheme) {
      case 'blob': {
        if (hasOpaquePath(url)) {
          const inner = basicParse(url.path, null);
          // Chromium: the origin of any parsable inner URL (the standard: http(s) only).
          if (inner && inner.scheme !== 'blob') return serializeOrigin(inner);
        }
        return 'null';
      }
      case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
        return url.scheme + '://' + hostSerialize(url.host) + (url.port !== null ? ':' + url.port : '');
      case 'file':
        return 'file://';
      default:
        return 'null';
    }
  }

  // The last base string parsed, and its record: most URLs a realm parses are relative to its own location (fetch, XHR,
  // Worker, new URL(x, location.href)). basicParse only reads a base record (a path is copied before it changes), and
  // this one is never handed out, so sharing it is safe.
  let lastBase = null, lastBaseRecord = FAILURE;
  function parseBase(s) {
    if (s !== lastBase) {
      lastBaseRecord = basicParse(s, null);
      lastBase = s;
    }
    return lastBaseRecord;
  }

  function parseURLString(input, base) {
    let baseRecord = null;
    if (base !== undefined && base !== null) {
      baseRecord = typeof base === 'string' ? parseBase(base) : base;
      if (baseRecord === FAILURE) return FAILURE;
    }
    return basicParse(input, baseRecord);
  }

  // ---------------------------------------------------------------- application/x-www-form-urlencoded
  function formParse(input) {
    const out = [];
    for (const seq of new SafeArrayIterator(StringPrototypeSplit(input, '&'))) {
      if (seq === '') continue;
      const eq = StringPrototypeIndexOf(seq, '=');
      let name = eq >= 0 ? StringPrototypeSlice(seq, 0, eq) : seq;
      let value = eq >= 0 ? StringPrototypeSlice(seq, eq + 1) : '';
      name = StringPrototypeReplace(name, REPLACE_RE_4, ' ');
      value = StringPrototypeReplace(value, REPLACE_RE_4, ' ');
      ArrayPrototypePush(out, [utf8Decode(percentDecodeToBytes(strToUTF8(name))), utf8Decode(percentDecodeToBytes(strToUTF8(value)))]);
    }
    return out;
  }
  function formSerialize(list) {
    let out = '';
    for (let i = 0; i < list.length; i++) {
      if (i > 0) out += '&';
      out += encodeString(list[i][0], inFormSet, true) + '=' + encodeString(list[i][1], inFormSet, true);
    }
    return out;
  }

  // ---------------------------------------------------------------- URLSearchParams
  const paramsState = new SafeWeakMap(); // URLSearchParams -> { list, url: urlState|null }
  const urlStates = new SafeWeakMap(); // URL -> { record, searchParams }

  function P(obj) {
    const s = paramsState.get(obj);
    if (!s) throw new TypeError('Illegal invocation');
    return s;
  }
  function paramsUpdate(ps) {
    if (ps.url === null) return;
    const serialized = formSerialize(ps.list);
    ps.url.record.query = serialized === '' ? null : serialized;
  }

  const SP_IFACE = 'URLSearchParams';
  const spFail = (op, msg) => new TypeError(`Failed to execute '${op}' on '${SP_IFACE}': ${msg}`);

  function URLSearchParams() {
    if (new.target === undefined) {
      throw new TypeError("Failed to construct 'URLSearchParams': Please use the 'new' operator, this DOM object " +
        'constructor cannot be called as a function.');
    }
    const init = arguments.length > 0 ? arguments[0] : undefined;
    const ps = { __proto__: null, list: [], url: null };
    const ctorErr = (msg) => new TypeError(`Failed to construct 'URLSearchParams': ${msg}`);
    if (init !== undefined && init !== null && (typeof init === 'object' || typeof init === 'function')) {
      const method = init[SymbolIterator];
      if (method !== undefined && method !== null) {
        if (typeof method !== 'function') throw ctorErr('The provided value cannot be converted to a sequence.');
        for (const pair of { [SymbolIterator]: () => FunctionPrototypeCall(method, init) }) {
          if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function')) {
            throw ctorErr('The provided value cannot be converted to a sequence.');
          }
          const im = pair[SymbolIterator];
          if (typeof im !== 'function') throw ctorErr('The provided value cannot be converted to a sequence.');
          const items = [];
          for (const item of { [SymbolIterator]: () => FunctionPrototypeCall(im, pair) }) ArrayPrototypePush(items, toUSVString(item));
          if (items.length !== 2) {
            throw ctorErr("Failed to construct 'URLSearchParams': Sequence initializer must only contain pair elements");
          }
          ArrayPrototypePush(ps.list, [items[0], items[1]]);
        }
      } else {
        for (const key of ReflectOwnKeys(init)) {
          if (typeof key !== 'string') continue;
          const desc = ReflectGetOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const k = toUSVString(key);
          const v = toUSVString(init[key]);
          const existing = ArrayPrototypeFindIndex(ps.list, (e) => e[0] === k);
          if (existing >= 0) ps.list[existing][1] = v; else ArrayPrototypePush(ps.list, [k, v]);
        }
      }
    } else if (init !== undefined) {
      let s = toUSVString(init);
      if (StringPrototypeStartsWith(s, '?')) s = StringPrototypeSlice(s, 1);
      ps.list = formParse(s);
    }
    paramsState.set(this, ps);
    $.markPlatformObject(this);
  }

  function nameArg(v) { return toUSVString(v); }

  $.defineMethods(URLSearchParams.prototype, {
    append(name, value) {
      const ps = P(this);
      $.requireArgs(arguments, 2, SP_IFACE, 'append');
      ArrayPrototypePush(ps.list, [nameArg(name), toUSVString(value)]);
      paramsUpdate(ps);
    },
    delete(name) {
      const ps = P(this);
      $.requireArgs(arguments, 1, SP_IFACE, 'delete');
      const n = nameArg(name);
      const value = arguments[1];
      if (value !== undefined) {
        const v = toUSVString(value);
        ps.list = ArrayPrototypeFilter(ps.list, (e) => !(e[0] === n && e[1] === v));
      } else ps.list = ArrayPrototypeFilter(ps.list, (e) => e[0] !== n);
      paramsUpdate(ps);
    },
    get(name) {
      const ps = P(this);
      $.requireArgs(arguments, 1, SP_IFACE, 'get');
      const n = nameArg(name);
      const e = ArrayPrototypeFind(ps.list, (x) => x[0] === n);
      return e ? e[1] : null;
    },
    getAll(name) {
      const ps = P(this);
      $.requireArgs(arguments, 1, SP_IFACE, 'getAll');
      const n = nameArg(name);
      const out = [];
      for (let i = 0; i < ps.list.length; i++) if (ps.list[i][0] === n) out[out.length] = ps.list[i][1];
      return out;
    },
    has(name) {
      const ps = P(this);
      $.requireArgs(arguments, 1, SP_IFACE, 'has');
      const n = nameArg(name);
      const value = arguments[1];
      if (value !== undefined) {
        const v = toUSVString(value);
        return ArrayPrototypeSome(ps.list, (e) => e[0] === n && e[1] === v);
      }
      return ArrayPrototypeSome(ps.list, (e) => e[0] === n);
    },
    set(name, value) {
      const ps = P(this);
      $.requireArgs(arguments, 2, SP_IFACE, 'set');
      const n = nameArg(name), v = toUSVString(value);
      const i = ArrayPrototypeFindIndex(ps.list, (e) => e[0] === n);
      if (i >= 0) {
        ps.list[i][1] = v;
        ps.list = ArrayPrototypeFilter(ps.list, (e, j) => j <= i || e[0] !== n);
      } else ArrayPrototypePush(ps.list, [n, v]);
      paramsUpdate(ps);
    },
    sort() {
      const ps = P(this);
      // stable sort by code units of the name
      const indexed = ArrayPrototypeMap(ps.list, (e, i) => [e, i]);
      ArrayPrototypeSort(indexed, (a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1]));
      ps.list = ArrayPrototypeMap(indexed, (x) => x[0]);
      paramsUpdate(ps);
    },
    forEach(callback) {
      const ps = P(this);
      $.requireArgs(arguments, 1, SP_IFACE, 'forEach');
      if (typeof callback !== 'function') throw spFail('forEach', "parameter 1 is not of type 'Function'.");
      const thisArg = arguments[1];
      for (let i = 0; i < ps.list.length; i++) {
        const e = ps.list[i];
        FunctionPrototypeCall(callback, thisArg, e[1], e[0], this);
      }
    },
    entries() { P(this); return makeIterator(this, 'key+value'); },
    keys() { P(this); return makeIterator(this, 'key'); },
    values() { P(this); return makeIterator(this, 'value'); },
    toString() { return formSerialize(P(this).list); },
  });
  ObjectDefineProperty(URLSearchParams.prototype, 'size', {
    get: function size() { return P(this).list.length; }, configurable: true, enumerable: true,
  });
  ObjectDefineProperty(ObjectGetOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get, 'name',
    { value: 'get size' });
  ObjectDefineProperty(URLSearchParams.prototype, SymbolIterator, {
    value: URLSearchParams.prototype.entries, writable: true, configurable: true, enumerable: false,
  });
  $.toStringTag(URLSearchParams, 'URLSearchParams');

  // Pair iterator (WebIDL): live over the current list, by index.
  const iterState = new SafeWeakMap();
  const IteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf([][SymbolIterator]()));
  const URLSearchParamsIteratorPrototype = ObjectCreate(IteratorPrototype);
  $.defineMethods(URLSearchParamsIteratorPrototype, {
    next() {
      const st = iterState.get(this);
      if (!st) throw new TypeError('Illegal invocation');
      const list = paramsState.get(st.target).list;
      if (st.index >= list.length) return { done: true, value: undefined };
      const e = list[st.index++];
      const value = st.kind === 'key' ? e[0] : st.kind === 'value' ? e[1] : [e[0], e[1]];
      return { done: false, value };
    },
  });
  ObjectDefineProperty(URLSearchParamsIteratorPrototype, SymbolToStringTag,
    { value: 'URLSearchParams Iterator', configurable: true });
  function makeIterator(target, kind) {
    const it = ObjectCreate(URLSearchParamsIteratorPrototype);
    iterState.set(it, { __proto__: null, target, kind, index: 0 });
    return it;
  }

  // ---------------------------------------------------------------- URL
  function U(obj) {
    const s = urlStates.get(obj);
    if (!s) throw new TypeError('Illegal invocation');
    return s;
  }

  function newSearchParamsFor(st) {
    const sp = ObjectCreate(URLSearchParams.prototype);
    paramsState.set(sp, { __proto__: null, list: st.record.query === null ? [] : formParse(st.record.query), url: st });
    return $.markPlatformObject(sp);
  }

  function URL(url) {
    if (new.target === undefined) {
      throw new TypeError("Failed to construct 'URL': Please use the 'new' operator, this DOM object constructor " +
        'cannot be called as a function.');
    }
    $.requireArgs(arguments, 1, 'URL');
    const input = toUSVString(url);
    const base = arguments[1];
    let baseRecord = null;
    if (base !== undefined) {
      baseRecord = parseBase(toUSVString(base));
      if (baseRecord === FAILURE) throw new TypeError("Failed to construct 'URL': Invalid base URL");
    }
    const record = basicParse(input, baseRecord);
    if (record === FAILURE) throw new TypeError("Failed to construct 'URL': Invalid URL");
    const st = { __proto__: null, record, searchParams: null }; // searchParams: made on first use (most URLs never need it)
    urlStates.set(this, st);
    $.markPlatformObject(this);
  }

  function parseForStatic(args, op) {
    $.requireArgs(args, 1, 'URL', op);
    const input = toUSVString(args[0]);
    let baseRecord = null;
    if (args[1] !== undefined) {
      baseRecord = basicParse(toUSVString(args[1]), null);
      if (baseRecord === FAILURE) return FAILURE;
    }
    return basicParse(input, baseRecord);
  }

  $.defineMethods(URL, {
    canParse(url) { return parseForStatic(arguments, 'canParse') !== FAILURE; },
    parse(url) {
      const record = parseForStatic(arguments, 'parse');
      if (record === FAILURE) return null;
      const obj = ObjectCreate(URL.prototype);
      const st = { __proto__: null, record, searchParams: null };
      urlStates.set(obj, st);
      return $.markPlatformObject(obj);
    },
  });

  function reparseQuery(st) {
    if (st.searchParams !== null) paramsState.get(st.searchParams).list = st.record.query === null ? [] : formParse(st.record.query);
  }

  const accessors = {
    href: {
      get() { return serializeURL(U(this).record); },
      set(v) {
        const st = U(this);
        const parsed = basicParse(toUSVString(v), null);
        if (parsed === FAILURE) throw new TypeError("Failed to set the 'href' property on 'URL': Invalid URL");
        st.record = parsed;
        reparseQuery(st);
      },
    },
    origin: { get() { return serializeOrigin(U(this).record); } },
    protocol: {
      get() { return U(this).record.scheme + ':'; },
      set(v) {
        const st = U(this);
        const s = toUSVString(v);
        const r = st.record;
        const m = RegExpPrototypeExec(/^([a-zA-Z][a-zA-Z0-9+\-.]*):/, StringPrototypeReplace(s, REPLACE_RE_2, '') + ':');
        if (m && !isSpecial(r) && isSpecialScheme(StringPrototypeToLowerCase(m[1]))) {
          // Chromium: non-special -> special re-parses the URL with the new scheme.
          const reparsed = basicParse(StringPrototypeToLowerCase(m[1]) + StringPrototypeSlice(serializeURL(r), r.scheme.length), null);
          if (reparsed !== FAILURE) { st.record = reparsed; reparseQuery(st); }
          return;
        }
        basicParse(s + ':', null, r, SCHEME_START);
      },
    },
    username: {
      get() { return U(this).record.username; },
      set(v) {
        const st = U(this);
        const s = toUSVString(v);
        if (cannotHaveUsernamePasswordPort(st.record)) return;
        st.record.username = encodeString(s, inUserinfoSet);
      },
    },
    password: {
      get() { return U(this).record.password; },
      set(v) {
        const st = U(this);
        const s = toUSVString(v);
        if (cannotHaveUsernamePasswordPort(st.record)) return;
        st.record.password = encodeString(s, inUserinfoSet);
      },
    },
    host: {
      get() {
        const r = U(this).record;
        if (r.host === null) return '';
        return hostSerialize(r.host) + (r.port === null ? '' : ':' + r.port);
      },
      set(v) {
        const st = U(this);
        let s = toUSVString(v);
        if (hasOpaquePath(st.record)) return;
        // Chromium: a port given to the host setter of a file: URL is ignored.
        if (st.record.scheme === 'file') s = StringPrototypeReplace(s, /^([^:[]*|\[[^\]]*\]):[0-9]*(?=$|[/\\?#])/, '$1');
        basicParse(s, null, st.record, HOST);
      },
    },
    hostname: {
      get() {
        const r = U(this).record;
        return r.host === null ? '' : hostSerialize(r.host);
      },
      set(v) {
        const st = U(this);
        const s = toUSVString(v);
        if (hasOpaquePath(st.record)) return;
        basicParse(s, null, st.record, HOSTNAME);
      },
    },
    port: {
      get() {
        const r = U(this).record;
        return r.port === null ? '' : String(r.port);
      },
      set(v) {
        const st = U(this);
        const s = toUSVString(v);
        if (cannotHaveUsernamePasswordPort(st.record)) return;
        if (s === '') st.record.port = null;
        else basicParse(s, null, st.record, PORT);
      },
    },
    pathname: {
      get() { return serializePath(U(this).record); },
      set(v) {
        const st = U(this);
        const s = toUSVString(v);
        if (hasOpaquePath(st.record)) return;
        const copy = cloneRecord(st.record);
        copy.path = [];
        basicParse(s, null, copy, PATH_START);
        st.record = copy;
      },
    },
    search: {
      get() {
        const q = U(this).record.query;
        return q === null || q === '' ? '' : '?' + q;
      },
      set(v) {
        const st = U(this);
        let s = toUSVString(v);
        if (s === '') {
          st.record.query = null;
          reparseQuery(st);
          return;
        }
        if (s[0] === '?') s = StringPrototypeSlice(s, 1);
        if (s === '') {
          st.record.query = null;
          reparseQuery(st);
          return;
        }
        const copy = cloneRecord(st.record);
        copy.query = '';
        basicParse(s, null, copy, QUERY);
        st.record = copy;
        if (st.searchParams !== null) paramsState.get(st.searchParams).list = formParse(s);
      },
    },
    searchParams: {
      get() {
        const st = U(this);
        if (st.searchParams === null) st.searchParams = newSearchParamsFor(st);
        return st.searchParams;
      },
    },
    hash: {
      get() {
        const f = U(this).record.fragment;
        return f === null || f === '' ? '' : '#' + f;
      },
      set(v) {
        const st = U(this);
        let s = toUSVString(v);
        if (s === '') { st.record.fragment = null; return; }
        if (s[0] === '#') s = StringPrototypeSlice(s, 1);
        st.record.fragment = '';
        basicParse(s, null, st.record, FRAGMENT);
      },
    },
  };

  for (const name of ObjectKeys(accessors)) {
    const { get, set } = accessors[name];
    ObjectDefineProperty(get, 'name', { value: 'get ' + name });
    if (set) ObjectDefineProperty(set, 'name', { value: 'set ' + name });
    ObjectDefineProperty(URL.prototype, name, { get, set, configurable: true, enumerable: true });
  }
  $.defineMethods(URL.prototype, {
    toString() { return serializeURL(U(this).record); },
    toJSON() { return serializeURL(U(this).record); },
  });
  // WebIDL order: toString is the stringifier; keep href first (already defined above).
  $.toStringTag(URL, 'URL');

  $.defineGlobal('URL', URL);
  $.defineGlobal('URLSearchParams', URLSearchParams);

  // ---------------------------------------------------------------- internals for the core
  // $.parseURL(input, base?) -> URL record or null. base: string, URL record, or null/undefined.
  $.parseURL = function (input, base) { return parseURLString(toUSVString(input), base); };
  $.serializeURL = serializeURL;
  $.serializeOrigin = serializeOrigin;
  // A serialized http(s) URL whose host is a plain domain (no IP address, no userinfo) starts with its origin: what the
  // parser would give, without parsing (fetch and XHR check a request's URL against the realm's origin on every
  // request). Anything else (a port the serializer would have dropped, an IPv4 host, a non-canonical string) is parsed.
  const PLAIN_ORIGIN = /^(https?):\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(:[1-9][0-9]{0,4})?(?=[/?#]|$)/;
  $.originOfHref = function (href) {
    const m = RegExpPrototypeExec(PLAIN_ORIGIN, href);
    if (m !== null) {
      const port = m[2] === undefined ? 0 : +StringPrototypeSlice(m[2], 1);
      if (port <= 65535 && !(m[1] === 'http' && port === 80) && !(m[1] === 'https' && port === 443)) return m[0];
    }
    const u = parseURLString(toUSVString(href));
    return u === FAILURE ? null : serializeOrigin(u);
  };
  $.urlRecordOf = function (obj) { const s = urlStates.get(obj); return s ? s.record : null; };
  $.formURLEncodedParse = formParse;
  $.formURLEncodedSerialize = formSerialize;
  $.toUSVString = $.toUSVString || toUSVString;
});
