import QtQuick
import QtQuick.Controls
import QtTest
import "../../qml/components"

// A file message in a timeline row: image or file card, the caption as
// the text, and our upload's progress with Cancel.
Item {
    id: root
    height: 800
    width: 700

    Component {
        id: controllerComponent
        FakeMediaController {
        }
    }
    Component {
        id: delegateComponent
        MessageDelegate {
            actionText: ""
            body: "q3.pdf"
            canEdit: false
            canRedact: true
            dateSeparator: ""
            decryptionError: ""
            edited: false
            emojiOnly: false
            eventId: "$e"
            formattedBody: ""
            index: 0
            isOwn: true
            kind: "message"
            media: ({
                    "kind": "file",
                    "name": "q3.pdf",
                    "caption": "",
                    "formattedCaption": "",
                    "url": "mxc://hs/q3",
                    "sizeText": "1 MB",
                    "typeLabel": "PDF",
                    "category": "pdf"
                })
            mentionsMe: false
            reactions: []
            readBy: []
            readMarker: false
            redacted: false
            replyBody: ""
            replySenderName: ""
            replyTo: ""
            sendError: ""
            sendState: "sent"
            sender: "@ann:x"
            senderAvatar: ""
            senderName: "Ann"
            shield: ""
            showSender: true
            stateText: ""
            timestamp: new Date()
            transactionId: "txn1"
            width: 600
        }
    }
    TestCase {
        function findChild(item, predicate) {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i];
                if (predicate(child))
                    return child;
                const found = findChild(child, predicate);
                if (found)
                    return found;
            }
            if (item.contentItem && item.contentItem !== item && item.contentItem.parent !== item) {
                if (predicate(item.contentItem))
                    return item.contentItem;
                return findChild(item.contentItem, predicate);
            }
            return null;
        }
        function named(item, name) {
            return findChild(item, c => c.objectName === name);
        }
        function test_captionIsTheText() {
            const controller = createTemporaryObject(controllerComponent, root);
            const row = createTemporaryObject(delegateComponent, root, {
                    "mediaController": controller,
                    "body": "Q3 numbers",
                    "media": {
                        "kind": "file",
                        "name": "q3.pdf",
                        "caption": "Q3 numbers",
                        "formattedCaption": "",
                        "url": "mxc://hs/q3"
                    }
                });
            verify(findChild(row, c => c instanceof TextEdit && c.visible && c.text === "Q3 numbers"));
        }
        function test_fileRowShowsACardNotItsName() {
            const controller = createTemporaryObject(controllerComponent, root);
            const row = createTemporaryObject(delegateComponent, root, {
                    "mediaController": controller
                });
            verify(named(row, "fileCard").visible);
            verify(!named(row, "imageContent"));
            // No caption: the body (the file name) is not repeated as text.
            verify(!findChild(row, c => c instanceof TextEdit && c.visible));
            verify(!named(row, "uploadRow").visible);
        }
        function test_imageRowShowsTheImage() {
            const controller = createTemporaryObject(controllerComponent, root, {
                    "imageUrl": Qt.resolvedUrl("data/image-400x300.png")
                });
            const row = createTemporaryObject(delegateComponent, root, {
                    "mediaController": controller,
                    "media": {
                        "kind": "image",
                        "name": "a.png",
                        "caption": "",
                        "url": "mxc://hs/a",
                        "width": 400,
                        "height": 300
                    }
                });
            verify(named(row, "imageContent").visible);
            verify(!named(row, "fileCard"));
            verify(row.height > 300);
        }
        function test_textRowsHaveNoAttachment() {
            const row = createTemporaryObject(delegateComponent, root, {
                    "media": {},
                    "body": "hello"
                });
            // Not even an invisible one: rows are made by the hundred.
            verify(!findChild(row, c => c.uploadKey !== undefined));
            verify(findChild(row, c => c instanceof TextEdit && c.visible && c.text === "hello"));
        }
        function test_uploadShowsProgressAndCancels() {
            const controller = createTemporaryObject(controllerComponent, root);
            const row = createTemporaryObject(delegateComponent, root, {
                    "mediaController": controller,
                    "sendState": "pending",
                    "eventId": "",
                    "media": {
                        "kind": "file",
                        "name": "q3.pdf",
                        "caption": "",
                        "localPath": "/tmp/q3.pdf",
                        "sizeText": "1 MB"
                    }
                });
            verify(named(row, "uploadRow").visible);
            controller.setTransfer("upload:txn1", {
                    "known": true,
                    "running": true,
                    "state": "running",
                    "progress": 0.5
                });
            compare(named(row, "uploadProgress").value, 0.5);
            mouseClick(named(row, "cancelUploadButton"));
            compare(controller.calls, ["cancelUpload:txn1"]);
        }

        name: "Attachment"
        when: windowShown
    }
}
