self.dValue = 'import-d.js ran';
