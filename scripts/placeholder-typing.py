#!/usr/bin/env python3
"""Types over a 【待补：…】 placeholder in LibreOffice, as a user would, and checks the result.

    /usr/bin/python3 scripts/placeholder-typing.py out/preview/draft.docx

Opens the .docx in a headless LibreOffice (its own profile and port), selects the first
placeholder with the view cursor, types "3" through the dispatcher (.uno:InsertText, the path
keyboard input takes) and reads the typed character's formatting. Exit 0 when the placeholder
is in the 待补 style (bold on yellow) and the typed text is plain; 1 otherwise. Needs
python3-uno (docx-preview.sh installs it).
"""
import os
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


def formatting(text_range):
    back = text_range.CharBackColor
    return {
        "style": text_range.CharStyleName,
        "bold": text_range.CharWeight > 100,
        "yellow": back == 0xFFFF00 or text_range.CharHighlight == 0xFFFF00,
        "font": text_range.CharFontNameAsian,
    }


def main(path):
    profile = tempfile.mkdtemp(prefix="lo-typing-")
    port = 20000 + os.getpid() % 10000
    office = subprocess.Popen(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--invisible",
         f"--accept=socket,host=127.0.0.1,port={port};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        for _ in range(120):
            try:
                ctx = resolver.resolve(
                    f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.5)
        if ctx is None:
            print("LibreOffice 没有启动")
            return 1
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(os.path.abspath(path)), "_blank", 0, (prop("Hidden", True),))
        search = doc.createSearchDescriptor()
        search.SearchString = "【待补"
        found = doc.findFirst(search)
        if found is None:
            print("文件里没有【待补】")
            return 1
        cursor = found.getText().createTextCursorByRange(found.getStart())
        while not cursor.getString().endswith("】"):
            cursor.goRight(1, True)
        placeholder = formatting(cursor)
        controller = doc.getCurrentController()
        controller.select(cursor)
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        dispatcher.executeDispatch(controller.getFrame(), ".uno:InsertText", "", 0,
                                   (prop("Text", "3"),))
        view = controller.getViewCursor()
        typed_range = view.getText().createTextCursorByRange(view.getStart())
        typed_range.goLeft(1, True)
        typed = formatting(typed_range)
        line = view.getText().createTextCursorByRange(view.getStart())
        line.gotoStartOfParagraph(False)
        line.gotoEndOfParagraph(True)
        print(f"占位符：{placeholder}")
        print(f"输入的“3”：{typed}")
        print(f"段落：{line.getString()}")
        doc.close(True)
        ok = (placeholder["style"] == "待补" and placeholder["bold"] and placeholder["yellow"]
              and not typed["bold"] and not typed["yellow"] and typed["style"] == "")
        print("✓ 在【待补】上输入的文字是普通正文" if ok else "✗ 输入的文字带着【待补】的格式")
        try:
            desktop.terminate()
        except Exception:
            pass
        return 0 if ok else 1
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
