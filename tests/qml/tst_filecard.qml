import QtQuick
import QtQuick.Controls
import QtTest
import "../../qml/components"

// A file card: name, size, type, Open and Save as…, download progress;
// programs are never opened from it.
Item {
    id: root
    height: 400
    width: 600

    Component {
        id: controllerComponent
        FakeMediaController {
        }
    }
    Component {
        id: cardComponent
        FileCard {
            media: ({
                    "kind": "file",
                    "name": "q3-report.pdf",
                    "url": "mxc://hs/q3",
                    "sizeText": "2.1 MB",
                    "mimeType": "application/pdf",
                    "typeLabel": "PDF",
                    "category": "pdf",
                    "executable": false
                })
        }
    }
    SignalSpy {
        id: saveSpy
        signalName: "saveRequested"
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
            if (item.contentItem && item.contentItem !== item) {
                const found = findNamed(item.contentItem, name);
                if (found)
                    return found;
            }
            return null;
        }
        function test_downloadShowsProgressAndCancel() {
            const controller = createTemporaryObject(controllerComponent, root);
            const card = createTemporaryObject(cardComponent, root, {
                    "mediaController": controller
                });
            controller.setTransfer("file:mxc://hs/q3", {
                    "known": true,
                    "running": true,
                    "state": "running",
                    "purpose": "save",
                    "progress": 0.25,
                    "bytesTotal": 2100000
                });
            const bar = findNamed(card, "fileProgress");
            verify(bar.visible);
            compare(bar.value, 0.25);
            compare(findNamed(card, "fileStatus").text, "25% of 2.1 MB");
            verify(!findNamed(card, "openButton").visible);
            verify(!findNamed(card, "saveButton").visible);
            const cancel = findNamed(card, "cancelDownloadButton");
            verify(cancel.visible);
            mouseClick(cancel);
            compare(controller.calls, ["cancelDownload:q3-report.pdf"]);
        }
        function test_failureIsShown() {
            const controller = createTemporaryObject(controllerComponent, root);
            const card = createTemporaryObject(cardComponent, root, {
                    "mediaController": controller
                });
            controller.setTransfer("file:mxc://hs/q3", {
                    "known": true,
                    "running": false,
                    "state": "failed",
                    "error": "the server has no such file",
                    "progress": -1
                });
            compare(findNamed(card, "fileStatus").text, "the server has no such file");
            verify(!findNamed(card, "fileProgress").visible);
            verify(findNamed(card, "openButton").visible);
        }
        function test_nameSizeAndType() {
            const controller = createTemporaryObject(controllerComponent, root);
            const card = createTemporaryObject(cardComponent, root, {
                    "mediaController": controller
                });
            compare(findNamed(card, "fileName").text, "q3-report.pdf");
            compare(findNamed(card, "fileStatus").text, "2.1 MB · application/pdf");
            verify(findNamed(card, "typeIcon").visible);
            verify(findNamed(card, "openButton").visible);
            verify(findNamed(card, "saveButton").visible);
            verify(!findNamed(card, "fileProgress").visible);
            verify(!findNamed(card, "executableWarning").visible);
        }
        function test_openAndSave() {
            const controller = createTemporaryObject(controllerComponent, root);
            const card = createTemporaryObject(cardComponent, root, {
                    "mediaController": controller
                });
            saveSpy.target = card;
            saveSpy.clear();
            mouseClick(findNamed(card, "openButton"));
            compare(controller.calls, ["open:q3-report.pdf"]);
            mouseClick(findNamed(card, "saveButton"));
            compare(saveSpy.count, 1);
        }
        function test_programsCanOnlyBeSaved() {
            const controller = createTemporaryObject(controllerComponent, root);
            const card = createTemporaryObject(cardComponent, root, {
                    "mediaController": controller,
                    "media": {
                        "kind": "file",
                        "name": "setup.exe",
                        "url": "mxc://hs/exe",
                        "sizeText": "5 MB",
                        "typeLabel": "EXE",
                        "category": "executable",
                        "executable": true
                    }
                });
            verify(!findNamed(card, "openButton").visible);
            verify(findNamed(card, "saveButton").visible);
            verify(findNamed(card, "executableWarning").visible);
        }
        function test_savedShowsWhere() {
            const controller = createTemporaryObject(controllerComponent, root);
            const card = createTemporaryObject(cardComponent, root, {
                    "mediaController": controller
                });
            controller.setTransfer("file:mxc://hs/q3", {
                    "known": true,
                    "running": false,
                    "state": "succeeded",
                    "purpose": "save",
                    "filePath": "/home/ann/Downloads/q3-report.pdf",
                    "progress": 1
                });
            compare(findNamed(card, "fileStatus").text, "Saved to /home/ann/Downloads/q3-report.pdf");
        }

        name: "FileCard"
        when: windowShown
    }
}
