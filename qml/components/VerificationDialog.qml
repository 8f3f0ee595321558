import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One SAS verification, step by step: an incoming request to accept or
// decline, waiting for the other side, the seven emoji (and the numbers)
// to compare, then verified or cancelled with the reason. Binds to
// Verifications (`verifications`): its current VerificationController.
Popup {
    id: dialog

    readonly property bool dark: palette.window.hslLightness < 0.5
    property string ownUserId: ""
    readonly property string step: verification ? verification.step : ""
    readonly property var verification: verifications ? verifications.current : null
    required property var verifications

    function who() {
        if (!verification)
            return "";
        return verification.userId === ownUserId ? qsTr("your session %1").arg(verification.deviceId) : qsTr("%1 (session %2)").arg(verification.userId).arg(verification.deviceId);
    }

    anchors.centerIn: parent
    closePolicy: Popup.CloseOnEscape
    focus: true
    modal: true
    objectName: "verificationDialog"
    padding: 16
    width: Math.min(parent ? parent.width - 40 : 480, 480)

    Overlay.modal: ModalDim {
    }
    contentItem: ColumnLayout {
        spacing: 10

        Label {
            Accessible.role: Accessible.Heading
            font.bold: true
            font.pixelSize: 16
            text: qsTr("Verify a session")
        }
        Label {
            Layout.fillWidth: true
            objectName: "verificationText"
            text: {
                switch (dialog.step) {
                case "incoming":
                    return qsTr("%1 wants to verify this session.").arg(dialog.who());
                case "waiting":
                    return qsTr("Waiting for %1 to accept…").arg(dialog.who());
                case "comparing":
                    return qsTr("Compare these emoji with the ones %1 shows, in the same order.").arg(dialog.who());
                case "confirmed":
                    return qsTr("Waiting for %1 to confirm…").arg(dialog.who());
                case "verified":
                    return qsTr("Verified: %1 can be trusted with your encrypted messages.").arg(dialog.who());
                case "cancelled":
                    return dialog.verification && dialog.verification.cancelReason !== "" ? qsTr("Verification cancelled: %1").arg(dialog.verification.cancelReason) : qsTr("Verification cancelled.");
                }
                return "";
            }
            wrapMode: Text.Wrap
        }
        GridLayout {
            Layout.alignment: Qt.AlignHCenter
            columnSpacing: 12
            columns: 4
            objectName: "emojiGrid"
            rowSpacing: 8
            visible: dialog.step === "comparing" || dialog.step === "confirmed"

            Repeater {
                model: dialog.verification ? dialog.verification.emoji : []

                delegate: ColumnLayout {
                    required property var modelData

                    Accessible.name: modelData.name
                    Accessible.role: Accessible.StaticText
                    spacing: 2

                    Label {
                        Layout.alignment: Qt.AlignHCenter
                        font.pixelSize: 34
                        text: modelData.emoji
                    }
                    Label {
                        Layout.alignment: Qt.AlignHCenter
                        font.pixelSize: 11
                        text: modelData.name
                    }
                }
            }
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            font.family: "monospace"
            objectName: "decimals"
            opacity: 0.75
            text: dialog.verification && dialog.verification.decimals !== "" ? qsTr("or the numbers %1").arg(dialog.verification.decimals) : ""
            visible: dialog.step === "comparing" && text !== ""
        }
        RowLayout {
            Layout.fillWidth: true

            BusyIndicator {
                Layout.preferredHeight: 24
                Layout.preferredWidth: 24
                running: dialog.visible && (dialog.step === "waiting" || dialog.step === "confirmed")
                visible: running
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                objectName: "acceptVerificationButton"
                text: qsTr("Accept")
                visible: dialog.step === "incoming"

                onClicked: dialog.verification.accept()
            }
            Button {
                objectName: "declineVerificationButton"
                text: qsTr("Decline")
                visible: dialog.step === "incoming"

                onClicked: {
                    dialog.verification.decline();
                    dialog.close();
                }
            }
            Button {
                objectName: "mismatchButton"
                text: qsTr("They don't match")
                visible: dialog.step === "comparing"

                onClicked: dialog.verification.mismatch()
            }
            Button {
                highlighted: true
                objectName: "matchButton"
                text: qsTr("They match")
                visible: dialog.step === "comparing"

                onClicked: dialog.verification.match()
            }
            Button {
                objectName: "cancelVerificationButton"
                text: qsTr("Cancel")
                visible: dialog.step === "waiting" || dialog.step === "confirmed"

                onClicked: dialog.verification.cancel()
            }
            Button {
                objectName: "closeVerificationButton"
                text: qsTr("Close")
                visible: dialog.step === "verified" || dialog.step === "cancelled"

                onClicked: dialog.close()
            }
        }
    }

    // Closing lets the verification go (cancelling it if still under way).
    onClosed: {
        if (verifications && verifications.current)
            verifications.dismiss();
    }
}
