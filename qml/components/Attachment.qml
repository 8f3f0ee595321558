import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The file of a file message: an inline image or a file card, and while
// our own file uploads, its progress with Cancel.
ColumnLayout {
    id: root

    property real maxWidth: 480
    required property var media
    property var mediaController: null
    required property string sendState
    required property string transactionId
    property var upload: ({})
    readonly property string uploadKey: mediaController && transactionId !== "" ? mediaController.uploadKey(transactionId) : ""
    readonly property bool uploading: sendState === "pending" && transactionId !== ""

    signal saveRequested
    signal viewRequested

    function refreshUpload() {
        upload = mediaController && uploadKey !== "" ? mediaController.transfer(uploadKey) : {};
    }

    spacing: 4

    Component.onCompleted: refreshUpload()

    // Only images load one: a file card never fetches its file to show it.
    Loader {
        id: image

        readonly property bool failed: item !== null && item.failed

        active: root.media.kind === "image"
        visible: active && !failed

        sourceComponent: ImageContent {
            maxWidth: Math.min(480, root.maxWidth)
            media: root.media
            mediaController: root.mediaController
            objectName: "imageContent"

            onViewRequested: root.viewRequested()
        }
    }
    // Audio and video play in place; their file card below still opens and saves them.
    Loader {
        active: root.media.kind === "audio"
        visible: active

        sourceComponent: AudioContent {
            implicitWidth: Math.min(440, root.maxWidth)
            media: root.media
            mediaController: root.mediaController
            objectName: "audioContent"
        }
    }
    Loader {
        active: root.media.kind === "video"
        visible: active

        sourceComponent: VideoContent {
            maxWidth: Math.min(480, root.maxWidth)
            media: root.media
            mediaController: root.mediaController
            objectName: "videoContent"
        }
    }
    // Other files, and an image that could not be shown: still saveable.
    Loader {
        Layout.maximumWidth: root.maxWidth
        Layout.preferredWidth: item ? Math.min(item.implicitWidth, root.maxWidth) : 0
        active: root.media.kind !== undefined && (root.media.kind !== "image" || image.failed)
        visible: active

        sourceComponent: FileCard {
            media: root.media
            mediaController: root.mediaController
            objectName: "fileCard"

            onSaveRequested: root.saveRequested()
        }
    }
    TransferProgress {
        Layout.maximumWidth: Math.min(380, root.maxWidth)
        cancelAccessibleName: qsTr("Cancel sending %1").arg(root.media.name)
        cancelObjectName: "cancelUploadButton"
        // Also while it waits for its turn in the outbox.
        cancellable: true
        idleText: qsTr("Waiting…")
        objectName: "uploadRow"
        progressObjectName: "uploadProgress"
        transfer: root.upload
        visible: root.uploading

        onCancelRequested: root.mediaController.cancelUpload(root.transactionId)
    }
    Connections {
        function onTransferChanged(key) {
            if (key === root.uploadKey)
                root.refreshUpload();
        }

        ignoreUnknownSignals: true
        target: root.mediaController
    }
}
