"""A real SMTP server on 127.0.0.1 for factgap's briefing tests (aiosmtpd).

usage: smtp_server.py PORT OUTDIR REJECTFILE

Each message it accepts is written to OUTDIR as NNNN.json with its envelope
recipients, headers and decoded MIME parts. Addresses listed in REJECTFILE
(one per line, read at every RCPT) are refused with 550, to test a send that
fails for some recipients. Prints "ready" once listening; stops when its
standard input closes.
"""
import email
import json
import os
import sys
from email import policy

from aiosmtpd.controller import Controller

port, outdir, rejectfile = int(sys.argv[1]), sys.argv[2], sys.argv[3]


class Handler:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        rejected = open(rejectfile).read().split() if os.path.exists(rejectfile) else []
        if address in rejected:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        msg = email.message_from_bytes(envelope.content, policy=policy.default)
        parts = [
            {"type": p.get_content_type(), "text": p.get_content()}
            for p in msg.walk()
            if not p.is_multipart()
        ]
        record = {
            "to": envelope.rcpt_tos,
            "headers": {k: str(v) for k, v in msg.items()},
            "content_type": msg.get_content_type(),
            "parts": parts,
        }
        n = len(os.listdir(outdir))
        with open(os.path.join(outdir, f"{n:04}.json"), "w") as f:
            json.dump(record, f)
        return "250 Message accepted"


controller = Controller(Handler(), hostname="127.0.0.1", port=port)
controller.start()
print("ready", flush=True)
try:
    sys.stdin.read()
finally:
    controller.stop()
