self.bValue = 'import-b.js ran';
