import QtQuick
import QtQuick.Controls
import QtTest
import "../../qml/components"

// A message row lays out its parts in order, whatever they hold.
Item {
    id: root
    height: 800
    width: 700

    Component {
        id: delegateComponent
        MessageDelegate {
            actionText: ""
            body: "Release checklist:\n1. CI\n2. Bench"
            canEdit: true
            canRedact: true
            dateSeparator: ""
            edited: false
            eventId: "$e"
            formattedBody: "<p>Release checklist:</p>\n<ol>\n<li>CI green</li>\n<li>Benchmarks</li>\n<li>Screenshots</li>\n<li>Tag</li>\n</ol>\n"
            index: 0
            isOwn: false
            kind: "message"
            media: ({})
            reactions: [{
                    "key": "👍",
                    "count": 2,
                    "mine": true,
                    "pending": false,
                    "senders": "Ann, Bob"
                }]
            redacted: false
            replyBody: ""
            replySenderName: ""
            replyTo: ""
            sendError: ""
            sendState: "sent"
            sender: "@ann:x"
            senderName: "Ann"
            showSender: true
            stateText: ""
            timestamp: new Date()
            transactionId: ""
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
            return null;
        }
        function test_failedActionShowsWhatFailed() {
            const row = createTemporaryObject(delegateComponent, root, {
                    "kind": "action",
                    "sendState": "failed",
                    "actionText": "Your reaction 👍",
                    "sendError": "forbidden"
                });
            verify(row.height > 0);
            verify(findChild(row, c => c.text === "Your reaction 👍 was not sent: forbidden" && c.visible));
        }
        function test_pendingActionTakesNoRoom() {
            const row = createTemporaryObject(delegateComponent, root, {
                    "kind": "action",
                    "sendState": "pending"
                });
            compare(row.height, 0);
            compare(row.visible, false);
        }
        function test_reactionsComeBelowTheWholeBody() {
            const row = createTemporaryObject(delegateComponent, root);
            verify(row);
            waitForRendering(row);
            const text = findChild(row, c => c.hasOwnProperty("textFormat") && c.hasOwnProperty("selectByMouse"));
            const flow = findChild(row, c => c instanceof Flow);
            verify(text && flow);
            verify(text.contentHeight > 60, "a paragraph and four list items: " + text.contentHeight);
            compare(text.height, text.contentHeight);
            verify(flow.y >= text.y + text.height, "flow at " + flow.y + ", text ends at " + (text.y + text.height));
            verify(row.height >= flow.y + flow.height);
        }

        name: "MessageDelegate"
        when: windowShown
    }
}
