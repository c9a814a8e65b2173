postMessage('hi from ' + location.pathname + ' ' + typeof Worker);
