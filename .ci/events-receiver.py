#!/usr/bin/env python3
"""A CloudEvents receiver for .ci/exercise-events, built on the CloudEvents SDK from PyPI (`cloudevents` 2.x): every
request is parsed as HTTP binary mode with cloudevents.core.bindings.http.from_binary_event, and one JSON line per delivery goes to LOG (the time, the event's id, type, source,
subject and data, or the parse error, and the status answered). What it answers is read from MODE_FILE at each
request, so a test can change it while the sender keeps running:
  accept          204 for every event it can parse (400 for one it cannot)
  fail            500 for every event
  forward URL     the answer of URL to the same request (the subscriber behind it)
  forward-kill URL PIDFILE
                  forward, then SIGKILL the process in PIDFILE before answering: a sender killed after sending,
                  before it could mark the event sent; then the mode becomes `forward URL`
The port it listens on (127.0.0.1, chosen by the system) is written to PORT_FILE.

usage: events-receiver.py PORT_FILE LOG MODE_FILE
"""
import json
import os
import signal
import sys
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from cloudevents.core.bindings.http import HTTPMessage, from_binary_event

port_file, log_path, mode_file = sys.argv[1:4]


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("content-length", "0")))
        headers = {name: value for name, value in self.headers.items()}
        entry = {"received": time.time()}
        try:
            event = from_binary_event(HTTPMessage(headers=headers, body=body))
            entry.update(id=event.get_id(), type=event.get_type(), source=event.get_source(),
                         subject=event.get_subject(), specversion=event.get_specversion(),
                         time=event.get_time().timestamp() if event.get_time() else None,
                         data=event.get_data())
        except Exception as error:  # the SDK raises several kinds; any is a malformed event here
            entry["error"] = f"{type(error).__name__}: {error}"
            self.answer(400, entry)
            return
        mode = open(mode_file).read().split()
        if mode[0] == "fail":
            self.answer(500, entry)
        elif mode[0] in ("forward", "forward-kill"):
            request = urllib.request.Request(mode[1], data=body, method="POST",
                                             headers={k: v for k, v in headers.items() if k.lower() != "host"})
            try:
                with urllib.request.urlopen(request, timeout=10) as response:
                    status = response.status
            except urllib.error.HTTPError as error:
                status = error.code
            if mode[0] == "forward-kill":
                os.kill(int(open(mode[2]).read()), signal.SIGKILL)
                entry["killed"] = True
                with open(mode_file, "w") as file:
                    file.write(f"forward {mode[1]}\n")
            self.answer(status, entry)
        else:
            self.answer(204, entry)

    def answer(self, status, entry):
        entry["status"] = status
        with open(log_path, "a") as log:
            log.write(json.dumps(entry) + "\n")
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *arguments):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
with open(port_file, "w") as file:
    file.write(str(server.server_address[1]))
server.serve_forever()
