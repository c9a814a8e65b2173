#!/usr/bin/env python3
"""Helper for capture.sh (see there for usage).

  capture_server.py serve DIR PAGE.js   serve DIR on 127.0.0.1 (free port, printed on the first stdout
                                        line) with COOP same-origin + COEP require-corp headers; the page
                                        /__capture__.html is generated: an empty document running PAGE.js
                                        as a classic script. With CAPTURE_ISOLATION=off in the
                                        environment, the COOP/COEP headers are left out.
  capture_server.py parse < STDERR      print the text of every console message found in Chromium's
                                        --enable-logging=stderr output, in order, one message per record
                                        (a message containing newlines spans several lines).
"""
import functools, html, http.server, os, re, socketserver, sys

WRAPPER = '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title></title></head><body>\n<script src="/{src}"></script>\n</body></html>\n'


class Handler(http.server.SimpleHTTPRequestHandler):
    page = None
    isolated = os.environ.get('CAPTURE_ISOLATION', 'on') != 'off'

    def end_headers(self):
        if self.isolated:
            self.send_header('Cross-Origin-Opener-Policy', 'same-origin')
            self.send_header('Cross-Origin-Embedder-Policy', 'require-corp')
        self.send_header('Cache-Control', 'no-store')
        super().end_headers()

    def do_GET(self):
        if self.path.split('?')[0] == '/__capture__.html':
            body = WRAPPER.format(src=html.escape(self.page, quote=True)).encode()
            self.send_response(200)
            self.send_header('Content-Type', 'text/html; charset=utf-8')
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def guess_type(self, path):
        if str(path).endswith(('.js', '.mjs')):
            return 'text/javascript'
        return super().guess_type(path)

    def log_message(self, *args):
        pass


def serve(directory, page):
    Handler.page = page
    handler = functools.partial(Handler, directory=directory)
    socketserver.TCPServer.allow_reuse_address = True
    with socketserver.ThreadingTCPServer(('127.0.0.1', 0), handler) as httpd:
        print(httpd.server_address[1], flush=True)
        httpd.serve_forever()


# A Chromium log record starts like "[12345:12345:1124/235907.425297:INFO:CONSOLE:2] " (older builds:
# "INFO:CONSOLE(2)]"). A console record is  "<text>", source: <url> (<line>)  and may span lines.
RECORD = re.compile(r'^\[\d+:\d+:\d{4}/\d{6}\.\d+:[A-Z]+:[^\]]*\] ')
CONSOLE = re.compile(r'^\[\d+:\d+:\d{4}/\d{6}\.\d+:INFO:CONSOLE[:(](\d+)\)?\] "')
TAIL = re.compile(r'", source: (.*) \((\d+)\)$')


def parse(stream):
    lines = stream.read().split('\n')
    records, cur = [], None
    for line in lines:
        if RECORD.match(line):
            if cur is not None:
                records.append(cur)
            cur = [line]
        elif cur is not None:
            cur.append(line)
    if cur is not None:
        records.append(cur)
    out = []
    for rec in records:
        m = CONSOLE.match(rec[0])
        if not m:
            continue
        text = '\n'.join(rec)[m.end():]
        while text.endswith('\n'):
            text = text[:-1]
        t = TAIL.search(text)
        if t:
            text = text[:t.start()]
        out.append(text)
    sys.stdout.write(''.join(t + '\n' for t in out))


if __name__ == '__main__':
    if len(sys.argv) == 4 and sys.argv[1] == 'serve':
        serve(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 2 and sys.argv[1] == 'parse':
        parse(sys.stdin)
    else:
        sys.exit(__doc__)
