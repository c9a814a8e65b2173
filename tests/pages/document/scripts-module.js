console.log('7 external module, import.meta.url ends with ' + import.meta.url.split('/').pop());
console.log('7b import.meta.url resolves relative URLs: ' + new URL('scripts-dep.js', import.meta.url).href.startsWith(location.origin + '/'));
