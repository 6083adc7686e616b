"""Fills in a workbook in LibreOffice Calc, as an officer typing into cells would, and saves it as .xlsx.

Usage: /usr/bin/python3 fill.py IN.xlsx OUT.xlsx EDITS.tsv PROFILE-URL
Each line of EDITS.tsv is: sheet name, TAB, cell (e.g. F3), TAB, what is typed. Typed text is entered
as Calc enters typing (setFormula), so that Calc itself decides what is a date or a number.
"""
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main(source, target, edits, profile):
    pipe = "eflg-fill-%d" % os.getpid()
    office = subprocess.Popen(["/usr/bin/soffice", "--headless", "--invisible", "--norestore", "--nologo",
                               "-env:UserInstallation=" + profile, "--accept=pipe,name=%s;urp;" % pipe])
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        context = None
        for _ in range(240):
            try:
                context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.25)
        if context is None:
            sys.exit("LibreOffice did not start")
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0,
                                           (prop("Hidden", True),))
        with open(edits, encoding="utf-8") as lines:
            for line in lines:
                sheet, cell, text = line.rstrip("\n").split("\t", 2)
                doc.Sheets.getByName(sheet).getCellRangeByName(cell).setFormula(text)
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)), (prop("FilterName", "Calc MS Excel 2007 XML"),))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge closes as the office exits
        office.wait(60)
    finally:
        if office.poll() is None:
            office.kill()


if __name__ == "__main__":
    main(*sys.argv[1:5])
