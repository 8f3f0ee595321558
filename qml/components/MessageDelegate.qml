import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One timeline row: a message (with its reply quote, "(edited)", reactions
// and, on hover, its actions), a room-state change as one line, or one of
// our actions (reaction, edit, deletion) that failed to send.
Control {
    id: message

    required property string actionText
    // Has actions (react, reply, edit, delete): a message the server has.
    readonly property bool actionable: kind === "message" && !redacted && eventId !== ""
    required property string body
    required property bool canEdit
    required property bool canRedact
    readonly property bool dark: palette.window.hslLightness < 0.5
    required property string dateSeparator
    required property string decryptionError
    required property bool edited
    required property bool emojiOnly
    required property string eventId
    required property string formattedBody
    property bool highlightedRow: false
    required property int index
    // A file message's file shows as an image or a file card; its body is
    // then the caption, if any.
    readonly property bool isFile: kind === "message" && !redacted && media !== undefined && media !== null && media.kind !== undefined
    required property bool isOwn
    // The row chosen with the keyboard: highlighted, with its actions shown.
    property bool keyboardCurrent: false
    required property string kind
    required property var media
    property var mediaController: null
    // Someone else's message that mentions us: highlighted.
    required property bool mentionsMe
    required property var reactions
    // Others who have read up to here: [{userId, name, avatarUrl}].
    required property var readBy
    // Where our read marker was when the room opened: new messages below.
    required property bool readMarker
    required property bool redacted
    required property string replyBody
    required property string replySenderName
    required property string replyTo
    // Can be chosen with the keyboard: a message on screen.
    readonly property bool selectable: shown && kind === "message"
    required property string sendError
    required property string sendState
    required property string sender
    // The sender's avatar (mxc://) in this room, empty when none.
    required property string senderAvatar
    required property string senderName
    // The trust in the device that encrypted it: see MessageShield.
    required property string shield
    required property bool showSender
    readonly property bool shown: kind !== "action" || sendState === "failed"
    required property string stateText
    required property date timestamp
    required property string transactionId

    signal deleteRequested(string eventId)
    signal discardRequested(string transactionId)
    signal editRequested(string eventId)
    signal fileSaveRequested(var media)
    signal imageViewRequested(var media)
    signal jumpRequested(string eventId)
    // A link in the message was clicked (a pill, or a web link).
    signal linkClicked(string link)
    signal reactRequested(string eventId, string key)
    signal reactionPickerRequested(string eventId, Item anchor)
    signal replyRequested(string eventId, string senderName, string body)
    signal retryRequested(string transactionId)
    // The sender's avatar or name was clicked: show their user card.
    signal senderClicked(string userId)
    // The reader clicked a hidden spoiler: show the text of this message's spoilers.
    signal spoilersRequested(string eventId)

    // The first link of the text (a web address or a pill), for the keyboard.
    function firstLink() {
        const html = isFile ? (media.formattedCaption || "") : formattedBody;
        const links = html.match(/<a href="[^"]*"/g) || [];
        for (const link of links) {
            const url = link.substring(9, link.length - 1).replace(/&amp;/g, "&");
            if (url !== "atrium:spoiler")
                return url;
        }
        return "";
    }
    // The same hue as the sender's avatar (see Avatar.qml).
    function hueOf(text) {
        let hash = 0;
        for (let i = 0; i < text.length; ++i)
            hash = (hash * 31 + text.charCodeAt(i)) % 360;
        return hash / 360;
    }

    // Qt 6.4 has no Qt.alpha().
    function tint(color, alpha) {
        return Qt.rgba(color.r, color.g, color.b, alpha);
    }

    // The text with a small "(edited)" after it, on its last line.
    function withEditedMark() {
        // Sized from the row's font, not the text's: large emoji keep a small mark.
        const size = font.pixelSize > 0 ? Math.round(font.pixelSize * 0.85) + "px" : Math.round(font.pointSize * 0.85) + "pt";
        const mark = ' <span style="font-size: %1; color: %2">%3</span>'.arg(size).arg(palette.placeholderText).arg(qsTr("(edited)"));
        let html = formattedBody;
        if (html === "")
            html = body.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\n/g, "<br>");
        html = html.trim();
        if (html.endsWith("</p>"))
            return html.substring(0, html.length - 4) + mark + "</p>";
        return html + mark;
    }

    Accessible.name: kind === "state" ? stateText : qsTr("%1: %2").arg(senderName).arg(redacted ? qsTr("message deleted") : body) + (shieldMark.visible ? " (" + shieldMark.text + ")" : "")
    bottomPadding: shown ? 1 : 0
    hoverEnabled: true
    implicitHeight: shown ? implicitContentHeight + topPadding + bottomPadding : 0
    leftPadding: 16
    rightPadding: 16
    topPadding: !shown ? 0 : showSender ? 8 : 1
    visible: shown

    // The message's tint, below the day's date when the row starts a day.
    background: Item {
        Rectangle {
            anchors.fill: parent
            anchors.topMargin: daySeparator.visible ? message.topPadding + daySeparator.y + daySeparator.height + daySeparator.Layout.bottomMargin : 0
            color: message.highlightedRow || message.keyboardCurrent ? message.tint(message.palette.highlight, 0.25) : message.mentionsMe ? (message.dark ? "#3d3420" : "#fff4d6") : message.hovered && message.kind === "message" ? message.tint(message.palette.mid, 0.18) : "transparent"
            objectName: "rowTint"

            // A mention of us: a bar at the left edge too.
            Rectangle {
                color: message.dark ? "#f0b429" : "#e09b00"
                height: parent.height
                visible: message.mentionsMe
                width: 3
            }
        }
    }
    contentItem: ColumnLayout {
        spacing: 2

        // Day change: a centred date between two rules.
        RowLayout {
            id: daySeparator
            Layout.bottomMargin: 6
            Layout.fillWidth: true
            Layout.topMargin: 6
            spacing: 10
            visible: message.dateSeparator !== ""

            Rectangle {
                Layout.fillWidth: true
                color: message.palette.mid
                implicitHeight: 1
            }
            Label {
                font.bold: true
                font.pixelSize: 12
                opacity: 0.75
                text: message.dateSeparator
            }
            Rectangle {
                Layout.fillWidth: true
                color: message.palette.mid
                implicitHeight: 1
            }
        }

        // A room-state change: one quiet line.
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 32
            spacing: 8
            visible: message.kind === "state"

            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                font.pixelSize: 12
                opacity: 0.7
                text: message.stateText
                textFormat: Text.PlainText
            }
            Label {
                font.pixelSize: 11
                opacity: 0.5
                text: Qt.formatTime(message.timestamp, Locale.ShortFormat)
            }
        }

        // One of our actions that the server refused.
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 32
            spacing: 8
            visible: message.kind === "action"

            Label {
                Layout.maximumWidth: message.availableWidth - 200
                color: message.dark ? "#ff8a80" : "#c62828"
                elide: Text.ElideRight
                font.pixelSize: 12
                text: message.sendError ? qsTr("%1 was not sent: %2").arg(message.actionText).arg(message.sendError) : qsTr("%1 was not sent").arg(message.actionText)
                textFormat: Text.PlainText
            }
            Button {
                font.pixelSize: 12
                implicitHeight: 24
                text: qsTr("Retry")

                onClicked: message.retryRequested(message.transactionId)
            }
            Button {
                font.pixelSize: 12
                implicitHeight: 24
                text: qsTr("Discard")

                onClicked: message.discardRequested(message.transactionId)
            }
            Item {
                Layout.fillWidth: true
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            visible: message.kind === "message" && message.showSender

            Avatar {
                name: message.senderName
                size: 24
                source: message.mediaController ? message.mediaController.avatarSource(message.senderAvatar) : ""

                TapHandler {
                    cursorShape: Qt.PointingHandCursor

                    onTapped: message.senderClicked(message.sender)
                }
            }
            Label {
                color: Qt.hsla(message.hueOf(message.senderName), 0.6, message.dark ? 0.72 : 0.35, 1)
                font.bold: true
                objectName: "senderName"
                text: message.senderName

                TapHandler {
                    cursorShape: Qt.PointingHandCursor

                    onTapped: message.senderClicked(message.sender)
                }
            }
            Label {
                font.pixelSize: 11
                opacity: 0.6
                text: Qt.formatTime(message.timestamp, Locale.ShortFormat)
            }
            Item {
                Layout.fillWidth: true
            }
        }

        // The message this one replies to: click to go there.
        Rectangle {
            Layout.fillWidth: true
            Layout.leftMargin: 32
            Layout.maximumWidth: 560
            color: message.tint(message.palette.mid, 0.25)
            implicitHeight: quote.implicitHeight + 8
            radius: 4
            visible: message.kind === "message" && message.replyTo !== ""

            Rectangle {
                color: Qt.hsla(message.hueOf(message.replySenderName), 0.6, message.dark ? 0.72 : 0.35, 1)
                height: parent.height
                radius: 2
                width: 3
            }
            ColumnLayout {
                id: quote
                anchors.left: parent.left
                anchors.leftMargin: 10
                anchors.right: parent.right
                anchors.rightMargin: 6
                anchors.verticalCenter: parent.verticalCenter
                spacing: 0

                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    font.bold: true
                    font.pixelSize: 12
                    text: message.replySenderName !== "" ? message.replySenderName : qsTr("In reply to")
                }
                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    font.pixelSize: 12
                    maximumLineCount: 2
                    opacity: 0.8
                    text: message.replyBody !== "" ? message.replyBody : qsTr("a message not loaded yet")
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                }
            }
            MouseArea {
                Accessible.name: qsTr("Go to the message replied to")
                Accessible.role: Accessible.Button
                anchors.fill: parent
                cursorShape: Qt.PointingHandCursor

                onClicked: message.jumpRequested(message.replyTo)
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: 32
            font.italic: true
            opacity: 0.6
            text: qsTr("message deleted")
            visible: message.kind === "message" && message.redacted
        }
        UndecryptableMessage {
            Layout.leftMargin: 32
            Layout.maximumWidth: Math.min(560, message.availableWidth - 32)
            reason: message.decryptionError
            visible: message.kind === "message" && !message.redacted && message.decryptionError !== ""
        }
        // Made only for file rows, and anew when the view reuses this row for
        // another message: a player or a transfer's progress must not carry over.
        Loader {
            id: attachment
            Layout.fillWidth: true
            Layout.leftMargin: 32
            active: message.isFile
            visible: active

            sourceComponent: Attachment {
                maxWidth: message.availableWidth - 32
                media: message.media
                mediaController: message.mediaController
                sendState: message.sendState
                transactionId: message.isOwn ? message.transactionId : ""

                onSaveRequested: message.fileSaveRequested(message.media)
                onViewRequested: message.imageViewRequested(message.media)
            }
        }
        TextEdit {
            id: bodyText
            Layout.fillWidth: true
            Layout.leftMargin: 32
            color: message.palette.text
            // Emoji alone are shown large, as in other chat apps.
            font: message.emojiOnly && !message.isFile ? Qt.font({
                    "family": message.font.family,
                    "pixelSize": 32
                }) : message.font
            objectName: "bodyText"
            opacity: message.sendState === "pending" ? 0.5 : 1
            readOnly: true
            selectByMouse: true
            selectedTextColor: message.palette.highlightedText
            selectionColor: message.palette.highlight
            // Set again after textFormat changes: a reused delegate going from
            // rich to plain text would otherwise show the old document's HTML.
            text: (textFormat, message.isFile ? (message.media.formattedCaption || message.media.caption) : message.edited ? message.withEditedMark() : message.formattedBody !== "" ? message.formattedBody : message.body)
            textFormat: (message.isFile ? message.media.formattedCaption : message.formattedBody) !== "" || (message.edited && !message.isFile) ? Text.RichText : Text.PlainText
            visible: message.kind === "message" && !message.redacted && message.decryptionError === "" && (!message.isFile || message.media.caption !== "")
            wrapMode: Text.Wrap

            onLinkActivated: link => {
                if (link === "atrium:spoiler")
                    message.spoilersRequested(message.eventId);
                else
                    message.linkClicked(link);
            }
        }
        RowLayout {
            Layout.leftMargin: 32
            spacing: 8
            visible: message.kind === "message" && message.sendState === "failed"

            Label {
                color: message.dark ? "#ff8a80" : "#c62828"
                font.pixelSize: 12
                text: message.sendError ? qsTr("Not sent: %1").arg(message.sendError) : qsTr("Not sent")
            }
            Button {
                font.pixelSize: 12
                implicitHeight: 24
                text: qsTr("Retry")

                onClicked: message.retryRequested(message.transactionId)
            }
            Button {
                font.pixelSize: 12
                implicitHeight: 24
                text: qsTr("Discard")

                onClicked: message.discardRequested(message.transactionId)
            }
            Item {
                Layout.fillWidth: true
            }
        }

        // Reactions: one chip a key, ours highlighted; click to add or take back.
        Flow {
            Layout.fillWidth: true
            Layout.leftMargin: 32
            Layout.topMargin: 2
            spacing: 4
            visible: message.kind === "message" && message.reactions.length > 0

            Repeater {
                model: message.reactions

                delegate: AbstractButton {
                    id: chip

                    required property var modelData

                    Accessible.name: qsTr("%1 %2, from %3").arg(modelData.key).arg(modelData.count).arg(modelData.senders)
                    ToolTip.delay: 400
                    ToolTip.text: qsTr("%1 reacted with %2").arg(modelData.senders).arg(modelData.key)
                    ToolTip.visible: hovered
                    hoverEnabled: true
                    implicitHeight: 24
                    implicitWidth: chipRow.implicitWidth + 14
                    opacity: modelData.pending ? 0.6 : 1

                    background: Rectangle {
                        border.color: chip.modelData.mine ? message.palette.highlight : message.palette.mid
                        color: chip.modelData.mine ? message.tint(message.palette.highlight, 0.2) : chip.hovered ? message.tint(message.palette.mid, 0.3) : "transparent"
                        radius: 12
                    }
                    contentItem: Item {
                        Row {
                            id: chipRow
                            anchors.centerIn: parent
                            spacing: 4

                            Label {
                                text: chip.modelData.key
                            }
                            Label {
                                font.pixelSize: 12
                                text: chip.modelData.count
                            }
                        }
                    }

                    onClicked: message.reactRequested(message.eventId, modelData.key)
                }
            }
        }
        ReadReceipts {
            Layout.alignment: Qt.AlignRight
            background: message.palette.window
            mediaController: message.mediaController
            readers: message.readBy
        }
        NewMessagesLine {
            Layout.fillWidth: true
            Layout.topMargin: 6
            color: message.dark ? "#ff8a80" : "#d93025"
            visible: message.readMarker
        }
    }

    // The timeline reuses rows (ListView.reuseItems): a row going out of view
    // drops its attachment (stopping any playback), one coming back makes it anew.
    ListView.onPooled: attachment.active = false
    ListView.onReused: attachment.active = Qt.binding(() => message.isFile)

    // Actions on hover: react, reply, edit, delete.
    Pane {
        anchors.right: parent.right
        anchors.rightMargin: 16
        anchors.top: parent.top
        padding: 2
        visible: (message.hovered || message.keyboardCurrent) && message.actionable
        z: 2

        background: Rectangle {
            border.color: message.palette.mid
            color: message.palette.window
            radius: 6
        }

        Row {
            ToolButton {
                id: reactButton
                Accessible.name: qsTr("React")
                ToolTip.text: qsTr("React")
                ToolTip.visible: hovered
                implicitHeight: 28
                text: "☺"

                onClicked: message.reactionPickerRequested(message.eventId, reactButton)
            }
            ToolButton {
                Accessible.name: qsTr("Reply")
                ToolTip.text: qsTr("Reply")
                ToolTip.visible: hovered
                font.pixelSize: 12
                implicitHeight: 28
                text: qsTr("Reply")

                onClicked: message.replyRequested(message.eventId, message.senderName, message.body)
            }
            ToolButton {
                Accessible.name: qsTr("Edit")
                font.pixelSize: 12
                implicitHeight: 28
                text: qsTr("Edit")
                visible: message.canEdit

                onClicked: message.editRequested(message.eventId)
            }
            ToolButton {
                Accessible.name: qsTr("Delete")
                font.pixelSize: 12
                implicitHeight: 28
                text: qsTr("Delete")
                visible: message.canRedact

                onClicked: message.deleteRequested(message.eventId)
            }
        }
    }

    // In the left gutter, level with the message's first line (its text,
    // else its file).
    MessageShield {
        id: shieldMark
        dark: message.dark
        shield: message.kind === "message" && !message.redacted ? message.shield : ""
        x: message.leftPadding + 10
        y: message.topPadding + (bodyText.visible ? bodyText.y + 3 : attachment.y + 3)
    }
}
