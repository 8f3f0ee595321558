import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A transfer in progress: its bar (moving back and forth while the size is
// not known), the percentage or what it waits for, and Cancel. Every
// download and upload in the timeline shows this one.
RowLayout {
    id: root

    // For screen readers: "Cancel downloading report.pdf".
    property string cancelAccessibleName: qsTr("Cancel")
    property alias cancelObjectName: cancelButton.objectName
    // Cancel shows only while there is something to cancel.
    property bool cancellable: transfer.running === true
    // Shown where the percentage goes while there is no progress yet.
    property string idleText: ""
    property alias progressObjectName: bar.objectName
    property bool showPercent: true
    // A transfer as MediaController.transfer(key) gives it.
    property var transfer: ({})

    signal cancelRequested

    spacing: 8

    ProgressBar {
        id: bar
        Layout.fillWidth: true
        from: 0
        indeterminate: !(root.transfer.progress >= 0)
        objectName: "transferProgress"
        to: 1
        value: root.transfer.progress >= 0 ? root.transfer.progress : 0
    }
    Label {
        font.pixelSize: 11
        opacity: 0.7
        text: root.transfer.progress >= 0 ? Math.round(root.transfer.progress * 100) + "%" : root.idleText
        visible: root.showPercent && text !== ""
    }
    Button {
        id: cancelButton
        Accessible.name: root.cancelAccessibleName
        font.pixelSize: 12
        implicitHeight: 24
        objectName: "cancelTransferButton"
        text: qsTr("Cancel")
        visible: root.cancellable

        onClicked: root.cancelRequested()
    }
}
