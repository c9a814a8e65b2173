// performance.mark / measure / getEntries* / clearMarks / clearMeasures (User Timing): entries, their order and
// members, and Chromium's errors. Times are shown only as relations (they differ between runs).
const out = (s) => console.log(s);
function attempt(label, f) {
  try { out(label + ': ' + f()); } catch (e) { out(label + ': ' + e.name + ': ' + e.message); }
}
const describe = (e) => `${e.constructor.name} ${e.entryType} ${e.name} detail ${JSON.stringify(e.detail)}`;
// The 'start' marks must come after the one at 50 ms (they do in Chromium, whose page starts later than that).
while (performance.now() <= 50) { /* wait */ }
const t0 = performance.now();
const m1 = performance.mark('start');
attempt('mark returns a PerformanceMark', () => `${m1 instanceof PerformanceMark} ${m1 instanceof PerformanceEntry} ${describe(m1)} duration ${m1.duration} startTime in range ${m1.startTime >= t0 && m1.startTime <= performance.now()}`);
const m2 = performance.mark('fixed', { startTime: 5, detail: { a: [1] } });
attempt('mark with startTime and detail', () => `${describe(m2)} startTime ${m2.startTime} detail cloned ${m2.detail !== undefined}`);
attempt('toJSON', () => JSON.stringify(m2.toJSON()));
performance.mark('start');
performance.mark('later', { startTime: 50 });
attempt('getEntriesByType(mark)', () => performance.getEntriesByType('mark').map((e) => e.name + '@' + (e.name === 'start' ? 'now' : e.startTime)).join(', '));
attempt('getEntriesByName(start)', () => performance.getEntriesByName('start').length);
attempt('getEntriesByName(start, measure)', () => performance.getEntriesByName('start', 'measure').length);
const me1 = performance.measure('m-between', 'fixed', 'later');
attempt('measure between marks', () => `${describe(me1)} ${me1.startTime} ${me1.duration}`);
const me2 = performance.measure('m-options', { start: 10, end: 30, detail: 'd' });
attempt('measure with options', () => `${describe(me2)} ${me2.startTime} ${me2.duration}`);
const me3 = performance.measure('m-duration', { start: 'fixed', duration: 7 });
attempt('measure start + duration', () => `${me3.startTime} ${me3.duration}`);
const me4 = performance.measure('m-to-now', 'fixed');
attempt('measure from a mark to now', () => `${me4.startTime} duration positive ${me4.duration > 0}`);
const me5 = performance.measure('m-all');
attempt('measure from the time origin', () => `${me5.startTime} duration positive ${me5.duration > 0}`);
attempt('getEntries order (by startTime)', () => performance.getEntries().filter((e) => e.entryType === 'mark' || e.entryType === 'measure').map((e) => `${e.entryType}:${e.name}`).join(', '));
attempt('unknown mark', () => performance.measure('bad', 'nope'));
attempt('negative startTime', () => performance.mark('neg', { startTime: -1 }));
attempt('measure with start, end and duration', () => performance.measure('x', { start: 1, end: 2, duration: 1 }));
attempt('measure with options and an end mark', () => performance.measure('x', { start: 1 }, 'later'));
attempt('measure with empty options', () => performance.measure('x', {}).duration > 0);
attempt('mark without name', () => performance.mark());
attempt('new PerformanceMark', () => { const m = new PerformanceMark('made', { startTime: 3 }); return `${describe(m)} ${m.startTime} in entries ${performance.getEntriesByName('made').length}`; });
attempt('new PerformanceEntry', () => new PerformanceEntry());
attempt('new PerformanceMeasure', () => new PerformanceMeasure());
performance.clearMarks('start');
attempt('after clearMarks(start)', () => performance.getEntriesByType('mark').map((e) => e.name).join(', '));
performance.clearMeasures();
attempt('after clearMeasures()', () => performance.getEntriesByType('measure').length);
performance.clearMarks();
attempt('after clearMarks()', () => performance.getEntriesByType('mark').length);
attempt('unsupported type', () => performance.getEntriesByType('resource-nope').length);
attempt('entries are new arrays', () => performance.getEntries() !== performance.getEntries());
attempt('measure with only duration', () => performance.measure('x', { duration: 1 }));
attempt('measure with detail only', () => performance.measure('only-detail', { detail: 1 }).startTime);
attempt('mark detail not cloneable', () => performance.mark('x', { detail: () => 1 }));
attempt('PerformanceEntry.prototype members', () => Object.keys(PerformanceEntry.prototype).join(','));
