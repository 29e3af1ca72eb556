#!/usr/bin/python3
"""Opens Word files with tracked changes in LibreOffice and reports, as JSON, what it sees.

Usage: /usr/bin/python3 lo_redline.py OUT.json TIMEOUT_SECONDS FILE.docx...

Starts its own headless LibreOffice (a private profile in a temporary folder, a pipe of its
own), and for each file reports:
- whether the file records changes, how many tracked changes LibreOffice counts, their
  authors and types, and the comments (author and text);
- the text with every change accepted (Edit > Track Changes > Accept All), paragraph by
  paragraph, without footnote calls or fields, and the footnotes' text;
- the same with every change rejected, after loading the file afresh.
The texts are also written beside each file as FILE.accepted.txt and FILE.rejected.txt.

LibreOffice is shut down at the end, and killed if it does not go; past TIMEOUT_SECONDS the
script gives up, shuts it down the same way and exits with status 3.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


class Timeout(Exception):
    pass


def on_alarm(_signum, _frame):
    raise Timeout()


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def start_office(profile, pipe, log):
    return subprocess.Popen(
        [
            "soffice",
            "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
            "--headless",
            "--invisible",
            "--nologo",
            "--nodefault",
            "--norestore",
            "--nolockcheck",
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
        ],
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=log,
        # Its own process group, so that everything it starts can be stopped with it.
        start_new_session=True,
    )


def connect(pipe, office):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    while True:
        try:
            return resolver.resolve(
                "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe
            )
        except NoConnectException:
            if office.poll() is not None:
                raise RuntimeError(
                    "LibreOffice exited with status %s before it accepted a connection"
                    % office.returncode
                )
            time.sleep(0.2)


def stop_office(desktop, office):
    if desktop is not None:
        try:
            desktop.terminate()
        except Exception:  # the connection goes with the office
            pass
    try:
        office.wait(timeout=15)
    except subprocess.TimeoutExpired:
        pass
    # Whatever is left of the process group started above (oosplash, soffice.bin).
    try:
        os.killpg(office.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        office.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass


def paragraphs(doc):
    """The body's paragraphs as text: text portions only, so no footnote calls, comment
    marks or field results."""
    out = []
    elements = doc.getText().createEnumeration()
    while elements.hasMoreElements():
        element = elements.nextElement()
        if not element.supportsService("com.sun.star.text.Paragraph"):
            continue
        text = []
        in_field = 0
        portions = element.createEnumeration()
        while portions.hasMoreElements():
            portion = portions.nextElement()
            kind = portion.TextPortionType
            if kind == "TextFieldStart":
                in_field += 1
            elif kind == "TextFieldEnd":
                in_field = max(0, in_field - 1)
            elif kind == "Text" and in_field == 0:
                text.append(portion.getString())
        out.append("".join(text))
    return out


def footnotes(doc):
    notes = doc.getFootnotes()
    return [notes.getByIndex(i).getString() for i in range(notes.getCount())]


def redlines(doc):
    found = doc.getRedlines()
    authors, types = set(), {}
    items = found.createEnumeration()
    while items.hasMoreElements():
        item = items.nextElement()
        authors.add(item.getPropertyValue("RedlineAuthor"))
        kind = item.getPropertyValue("RedlineType")
        types[kind] = types.get(kind, 0) + 1
    return found.getCount(), sorted(authors), types


def comments(doc):
    out = []
    fields = doc.getTextFields().createEnumeration()
    while fields.hasMoreElements():
        field = fields.nextElement()
        if field.supportsService("com.sun.star.text.TextField.Annotation"):
            out.append({"author": field.Author, "text": field.Content})
    return out


def load(desktop, path):
    url = uno.systemPathToFileUrl(os.path.abspath(path))
    doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
    if doc is None:
        raise RuntimeError("LibreOffice could not open " + path)
    return doc


def resolved(desktop, dispatcher, path, command):
    """The text after one of Accept All or Reject All, and the tracked changes left."""
    doc = load(desktop, path)
    try:
        frame = doc.getCurrentController().getFrame()
        dispatcher.executeDispatch(frame, command, "", 0, ())
        text = paragraphs(doc)
        notes = footnotes(doc)
        left = doc.getRedlines().getCount()
    finally:
        doc.close(True)
    return text, notes, left


def check(desktop, dispatcher, path, scratch):
    started = time.time()
    # A copy in a folder of its own: LibreOffice locks the files it opens for editing, and a
    # lock left by another run would make it refuse to open them.
    docs = os.path.join(scratch, "docs")
    copy = os.path.join(docs, "%d.docx" % len(os.listdir(docs)))
    shutil.copyfile(path, copy)
    doc = load(desktop, copy)
    try:
        count, authors, types = redlines(doc)
        result = {
            "file": path,
            "record_changes": bool(doc.getPropertyValue("RecordChanges")),
            "redlines": count,
            "authors": authors,
            "types": types,
            "comments": comments(doc),
            "footnotes": doc.getFootnotes().getCount(),
        }
    finally:
        doc.close(True)
    for name, command in (
        ("accepted", ".uno:AcceptAllTrackedChanges"),
        ("rejected", ".uno:RejectAllTrackedChanges"),
    ):
        text, notes, left = resolved(desktop, dispatcher, copy, command)
        result[name] = text
        result[name + "_footnotes"] = notes
        result[name + "_redlines_left"] = left
        with open(path + "." + name + ".txt", "w", encoding="utf-8") as out:
            out.write("\n".join(text) + "\n")
    result["seconds"] = round(time.time() - started, 2)
    return result


def main():
    out_path, timeout, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    signal.signal(signal.SIGALRM, on_alarm)
    signal.signal(signal.SIGTERM, on_alarm)
    signal.alarm(timeout)
    started = time.time()
    scratch = tempfile.mkdtemp(prefix="plenary-lo-")
    profile = os.path.join(scratch, "profile")
    log_path = os.path.join(scratch, "soffice.log")
    pipe = "plenary_lo_redline_%d" % os.getpid()
    log = open(log_path, "w")
    office = start_office(profile, pipe, log)
    desktop = None
    status = 0
    try:
        context = connect(pipe, office)
        manager = context.ServiceManager
        desktop = manager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        dispatcher = manager.createInstanceWithContext(
            "com.sun.star.frame.DispatchHelper", context
        )
        connected = time.time() - started
        os.mkdir(os.path.join(scratch, "docs"))
        results = [check(desktop, dispatcher, f, scratch) for f in files]
        with open(out_path, "w", encoding="utf-8") as out:
            json.dump(
                {"startup_seconds": round(connected, 2), "files": results},
                out,
                ensure_ascii=False,
                indent=1,
            )
    except Timeout:
        print("gave up after %d s" % timeout, file=sys.stderr)
        status = 3
    except Exception:
        status = 1
        raise
    finally:
        signal.alarm(0)
        stop_office(desktop, office)
        log.close()
        if status != 0:
            with open(log_path, encoding="utf-8", errors="replace") as out:
                print("LibreOffice said:\n" + out.read()[-3000:], file=sys.stderr)
        shutil.rmtree(scratch, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
