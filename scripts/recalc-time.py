#!/usr/bin/env python3
"""
Full-recalculation time of workbooks in LibreOffice, through its UNO bridge (python3-uno): for each
file given, load it once (not timed), then time document.calculateAll() RUNS times. Prints one JSON
object: {"version": ..., "files": [{"file": ..., "runs": [seconds, ...]}]}. LibreOffice's start-up and
each file's loading are not counted. Used by `npm run bench` (scripts/bench.js).

    python3 scripts/recalc-time.py RUNS FILE...
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, office):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 60
    while True:
        if office.poll() is not None:
            raise RuntimeError("LibreOffice ended before it accepted a connection")
        try:
            return resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except Exception:
            if time.time() > deadline:
                raise
            time.sleep(0.2)


def main():
    runs = int(sys.argv[1])
    files = [os.path.abspath(f) for f in sys.argv[2:]]
    profile = tempfile.mkdtemp(prefix="mgao-recalc-")
    pipe = "mgao_recalc_%d" % os.getpid()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    office = subprocess.Popen(
        [soffice, "-env:UserInstallation=" + uno.systemPathToFileUrl(profile), "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        context = connect(pipe, office)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        provider = context.ServiceManager.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", context)
        about = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", (prop("nodepath", "/org.openoffice.Setup/Product"),))
        results = []
        for path in files:
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, (prop("Hidden", True),))
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                doc.calculateAll()
                times.append(time.perf_counter() - start)
            doc.close(True)
            results.append({"file": os.path.basename(path), "runs": times})
        print(json.dumps({"version": "%s %s" % (about.getByName("ooName"), about.getByName("ooSetupVersionAboutBox")), "files": results}))
    finally:
        office.terminate()
        try:
            office.wait(30)
        except subprocess.TimeoutExpired:
            office.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
