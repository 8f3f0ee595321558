import QtQuick
import QtQuick.Controls
import QtTest
import "../../qml/components"

// The sheet before sending files: what goes, a caption for one file, Send
// and Cancel.
Item {
    id: root
    height: 700
    width: 700

    Component {
        id: controllerComponent
        FakeMediaController {
        }
    }
    Component {
        id: sheetComponent
        AttachmentPreview {
        }
    }
    SignalSpy {
        id: sendSpy
        signalName: "sendRequested"
    }
    SignalSpy {
        id: cancelSpy
        signalName: "cancelled"
    }
    TestCase {
        function findNamed(item, name) {
            if (item.objectName === name)
                return item;
            for (let i = 0; i < item.children.length; ++i) {
                const found = findNamed(item.children[i], name);
                if (found)
                    return found;
            }
            return null;
        }
        function makeSheet(controller) {
            const sheet = createTemporaryObject(sheetComponent, root, {
                    "mediaController": controller
                });
            sendSpy.target = sheet;
            sendSpy.clear();
            cancelSpy.target = sheet;
            cancelSpy.clear();
            return sheet;
        }
        function test_cancelDropsTheFiles() {
            const sheet = makeSheet(createTemporaryObject(controllerComponent, root));
            sheet.show(["file:///tmp/pasted.png"]);
            tryCompare(sheet, "opened", true);
            keyClick(Qt.Key_Escape);
            tryCompare(sheet, "visible", false);
            compare(cancelSpy.count, 1);
            compare(sendSpy.count, 0);
            compare(String(cancelSpy.signalArguments[0][0][0]), "file:///tmp/pasted.png");
        }
        function test_fileOverTheServersLimitBlocksSending() {
            const controller = createTemporaryObject(controllerComponent, root, {
                    "files": {
                        "file:///tmp/talk.mp4": {
                            "name": "talk.mp4",
                            "size": 120000000,
                            "sizeText": "120.0 MB"
                        }
                    }
                });
            const sheet = makeSheet(controller);
            sheet.show(["file:///tmp/talk.mp4"]);
            tryCompare(sheet, "opened", true);
            compare(controller.calls, ["fetchUploadLimit"]);
            const send = findNamed(sheet.contentItem, "previewSend");
            const error = findNamed(sheet.contentItem, "previewError");
            // The limit is not known yet: nothing stops the file.
            verify(send.enabled);
            verify(!error.visible);
            // The server's answer comes in while the sheet is open.
            controller.uploadLimit = 100000000;
            verify(!send.enabled);
            verify(error.visible);
            compare(error.text, "talk.mp4 is 120.0 MB; this server accepts files up to 100000000 bytes.");
            keyClick(Qt.Key_Return);
            compare(sendSpy.count, 0);
            sheet.close();
        }
        function test_fileThatCannotBeSentBlocksSending() {
            const controller = createTemporaryObject(controllerComponent, root, {
                    "files": {
                        "file:///tmp/folder": {
                            "name": "folder",
                            "error": "Only files on this computer can be sent."
                        }
                    }
                });
            const sheet = makeSheet(controller);
            sheet.show(["file:///tmp/folder"]);
            tryCompare(sheet, "opened", true);
            verify(!findNamed(sheet.contentItem, "previewSend").enabled);
            sheet.send();
            compare(sendSpy.count, 0);
            sheet.close();
        }
        function test_oneFileWithACaption() {
            const controller = createTemporaryObject(controllerComponent, root, {
                    "files": {
                        "file:///tmp/a.png": {
                            "name": "a.png",
                            "sizeText": "2 kB",
                            "isImage": true
                        }
                    }
                });
            const sheet = makeSheet(controller);
            sheet.show(["file:///tmp/a.png"]);
            tryCompare(sheet, "opened", true);
            const caption = findNamed(sheet.contentItem, "captionField");
            verify(caption.visible);
            verify(caption.activeFocus);
            keyClick(Qt.Key_L);
            keyClick(Qt.Key_G);
            keyClick(Qt.Key_T);
            keyClick(Qt.Key_M);
            keyClick(Qt.Key_Return);
            compare(sendSpy.count, 1);
            compare(String(sendSpy.signalArguments[0][0][0]), "file:///tmp/a.png");
            compare(sendSpy.signalArguments[0][1], "lgtm");
            tryCompare(sheet, "visible", false);
            compare(cancelSpy.count, 0);
        }
        function test_severalFilesNoCaption() {
            const sheet = makeSheet(createTemporaryObject(controllerComponent, root));
            sheet.show(["file:///tmp/a.pdf", "file:///tmp/b.zip"]);
            tryCompare(sheet, "opened", true);
            verify(!findNamed(sheet.contentItem, "captionField").visible);
            compare(findNamed(sheet.contentItem, "previewList").count, 2);
            mouseClick(findNamed(sheet.contentItem, "previewSend"));
            compare(sendSpy.count, 1);
            compare(sendSpy.signalArguments[0][0].length, 2);
            compare(sendSpy.signalArguments[0][1], "");
        }

        name: "AttachmentPreview"
        when: windowShown
    }
}
