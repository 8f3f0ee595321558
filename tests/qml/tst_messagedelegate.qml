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
            decryptionError: ""
            edited: false
            emojiOnly: false
            eventId: "$e"
            formattedBody: "<p>Release checklist:</p>\n<ol>\n<li>CI green</li>\n<li>Benchmarks</li>\n<li>Screenshots</li>\n<li>Tag</li>\n</ol>\n"
            index: 0
            isOwn: false
            kind: "message"
            media: ({})
            mentionsMe: false
            reactions: [{
                    "key": "👍",
                    "count": 2,
                    "mine": true,
                    "pending": false,
                    "senders": "Ann, Bob"
                }]
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
            transactionId: ""
            width: 600
        }
    }
    Component {
        id: signalSpyComponent
        SignalSpy {
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
        function test_aMentionOfUsIsHighlighted() {
            const plain = createTemporaryObject(delegateComponent, root);
            const mention = createTemporaryObject(delegateComponent, root, {
                    "mentionsMe": true
                });
            waitForRendering(mention);
            const tint = row => row.background.children[0];
            verify(!Qt.colorEqual(tint(mention).color, tint(plain).color));
            verify(tint(mention).children[0].visible); // the bar at the edge
            verify(!tint(plain).children[0].visible);
            compare(tint(mention).y, 0);
        }
        function test_aMentionStartingADayIsTintedBelowTheDate() {
            const mention = createTemporaryObject(delegateComponent, root, {
                    "mentionsMe": true,
                    "dateSeparator": "Monday, 7 December 2026"
                });
            waitForRendering(mention);
            const tint = mention.background.children[0];
            const date = findChild(mention, child => child.text === "Monday, 7 December 2026");
            verify(date);
            verify(tint.y >= date.mapToItem(mention, 0, date.height).y, tint.y);
            verify(tint.height > 0 && tint.y + tint.height <= mention.height);
        }
        function test_aRowReusedFromRichToPlainTextShowsThePlainText() {
            // As a reused delegate is: the rich list first, then a plain message.
            const row = createTemporaryObject(delegateComponent, root);
            waitForRendering(row);
            row.body = "plain now";
            row.formattedBody = "";
            const text = findChild(row, child => child.objectName === "bodyText");
            compare(text.textFormat, TextEdit.PlainText);
            compare(text.text, "plain now");
        }
        function test_clickingAHiddenSpoilerAsksToShowIt() {
            // The box the sanitizer puts where a spoiler's text was.
            const row = createTemporaryObject(delegateComponent, root, {
                    "formattedBody": "<a href=\"atrium:spoiler\"><span>&nbsp;Spoiler&nbsp;</span></a> and <a href=\"https://example.org\">a link</a>"
                });
            const spoilers = createTemporaryObject(signalSpyComponent, root, {
                    "target": row,
                    "signalName": "spoilersRequested"
                });
            const links = createTemporaryObject(signalSpyComponent, root, {
                    "target": row,
                    "signalName": "linkClicked"
                });
            waitForRendering(row);
            const body = findChild(row, child => child.objectName === "bodyText");
            mouseClick(body, 10, body.height / 2);
            compare(spoilers.count, 1);
            compare(spoilers.signalArguments[0][0], "$e");
            compare(links.count, 0);
            const linkAt = body.positionToRectangle(body.length - 2); // inside "a link"
            mouseClick(body, linkAt.x, linkAt.y + linkAt.height / 2);
            compare(links.count, 1);
            compare(spoilers.count, 1);
        }
        function test_editedMarkStaysSmallOnLargeEmoji() {
            const make = (body, emojiOnly, edited) => createTemporaryObject(delegateComponent, root, {
                        "body": body,
                        "formattedBody": "",
                        "emojiOnly": emojiOnly,
                        "edited": edited
                    });
            const text = make("ok", false, false);
            const textEdited = make("ok", false, true);
            const emoji = make("🎉", true, false);
            const emojiEdited = make("🎉", true, true);
            waitForRendering(emojiEdited);
            const width = row => findChild(row, c => c.objectName === "bodyText").contentWidth;
            const markOnText = width(textEdited) - width(text);
            const markOnEmoji = width(emojiEdited) - width(emoji);
            verify(markOnText > 10);
            verify(markOnEmoji < markOnText * 1.3, `${markOnEmoji} vs ${markOnText}`);
        }
        function test_emojiAloneAreShownLarger() {
            const text = createTemporaryObject(delegateComponent, root, {
                    "body": "ok",
                    "formattedBody": ""
                });
            const emoji = createTemporaryObject(delegateComponent, root, {
                    "body": "🎉",
                    "formattedBody": "",
                    "emojiOnly": true
                });
            waitForRendering(emoji);
            const body = row => findChild(row, c => c.objectName === "bodyText");
            compare(body(emoji).font.pixelSize, 32);
            verify(body(emoji).height > body(text).height * 1.5);
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
        function test_readersAndTheNewMessagesLineShowUnderTheMessage() {
            const row = createTemporaryObject(delegateComponent, root, {
                    "readBy": [{
                            "userId": "@ann:x",
                            "name": "Ann"
                        }, {
                            "userId": "@bob:x",
                            "name": "Bob"
                        }],
                    "readMarker": true
                });
            waitForRendering(row);
            const receipts = findChild(row, c => c.hasOwnProperty("readers"));
            verify(receipts && receipts.visible);
            compare(receipts.Accessible.name, "Seen by Ann, Bob");
            verify(findChild(row, c => c.text === "New messages" && c.visible));
            const plain = createTemporaryObject(delegateComponent, root);
            verify(!findChild(plain, c => c.hasOwnProperty("readers")).visible);
            verify(!findChild(plain, c => c.text === "New messages").visible);
        }
        function test_undecryptableMessageShowsWhyInsteadOfABody() {
            const row = createTemporaryObject(delegateComponent, root, {
                    "body": "",
                    "formattedBody": "",
                    "decryptionError": "the sender's key for this message has not arrived"
                });
            waitForRendering(row);
            verify(findChild(row, c => c.text === "Unable to decrypt: the sender's key for this message has not arrived" && c.visible));
            const text = findChild(row, c => c.hasOwnProperty("textFormat") && c.hasOwnProperty("selectByMouse"));
            verify(!text.visible);
        }

        name: "MessageDelegate"
        when: windowShown
    }
}
