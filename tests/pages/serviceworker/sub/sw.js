self.onfetch = (e) => { if (e.request.url.endsWith('/never')) e.respondWith(new Response('x')); };
