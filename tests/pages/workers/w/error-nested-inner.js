throw new Error('inner boom');
