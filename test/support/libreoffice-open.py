"""Opens a workbook in LibreOffice with a password and saves an unencrypted .xlsx copy.

usage: python3 libreoffice-open.py <soffice> <profile-dir> <in.xlsx> <out.xlsx> [password]

LibreOffice's command line cannot pass a password (a headless --convert-to of an encrypted file fails), so this
starts soffice headless, connects over UNO (python3-uno) and loads the file with the Password media descriptor.
Exit 0: the copy was written; 2: LibreOffice could not open the file (wrong or missing password); 1: other errors.
"""
import os
import subprocess
import sys
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    soffice, profile, source, target = sys.argv[1:5]
    password = sys.argv[5] if len(sys.argv) > 5 else None
    pipe = "sqd" + uuid.uuid4().hex
    office = subprocess.Popen(
        [soffice, "-env:UserInstallation=" + uno.systemPathToFileUrl(profile), "--headless", "--invisible",
         "--norestore", "--nologo", "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        context = None
        for _ in range(600):
            try:
                context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.1)
        if context is None:
            print("could not connect to LibreOffice", file=sys.stderr)
            return 1
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        args = [prop("Hidden", True)]
        if password is not None:
            args.append(prop("Password", password))
        try:
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0,
                                               tuple(args))
        except Exception as error:
            print("LibreOffice could not open %s: %s" % (source, error), file=sys.stderr)
            doc = None
        if doc is None:
            desktop.terminate()
            return 2
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)),
                       (prop("FilterName", "Calc MS Excel 2007 XML"),))
        doc.close(True)
        desktop.terminate()
        return 0
    finally:
        try:
            office.wait(timeout=60)
        except subprocess.TimeoutExpired:
            office.kill()


sys.exit(main())
