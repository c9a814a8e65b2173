// A module shared worker with a static import.
import { value } from './dep.mjs';
const tryImport = () => { try { importScripts('imported.js'); return 'ran'; } catch (e) { return e.name + ': ' + e.message; } };
onconnect = (e) => e.ports[0].postMessage(value + ', name=' + self.name + ', importScripts: ' + tryImport());
