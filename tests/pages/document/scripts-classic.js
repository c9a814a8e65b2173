console.log('2 classic external, sees ' + typeof window);
