self.aCount = (self.aCount || 0) + 1;
self.aValue = 'import-a.js ran ' + self.aCount + ' time(s)';
