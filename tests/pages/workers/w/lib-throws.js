throw new RangeError('thrown by lib-throws');
