// Loaded with importScripts by w/dynamic-import-worker.js: its import() resolves against its own URL (w/sub/).
function importedHelper(specifier) {
  return import(specifier);
}
