self.cValue = 'sub/import-c.js ran';
