self.imported = 'yes';
