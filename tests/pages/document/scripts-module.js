console.log('7 external module, import.meta.url ends with ' + import.meta.url.split('/').pop());
