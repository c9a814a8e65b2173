loaded.push('b:' + location.pathname);
