import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

Pane {
    id: page

    required property SessionController controller
    readonly property bool dark: palette.window.hslLightness < 0.5

    function submit() {
        if (!controller.busy)
            controller.login(serverField.text, userField.text, passwordField.text);
    }

    padding: 24

    ColumnLayout {
        anchors.centerIn: parent
        spacing: 8
        width: Math.min(380, page.availableWidth)

        Label {
            Layout.bottomMargin: 12
            font.bold: true
            font.pixelSize: 24
            text: qsTr("Sign in to Atrium")
        }
        Label {
            text: qsTr("Homeserver")
        }
        TextField {
            id: serverField
            Accessible.name: qsTr("Homeserver")
            Layout.fillWidth: true
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            objectName: "serverField"
            placeholderText: qsTr("matrix.example.org (optional with a full user id)")

            onAccepted: page.submit()
        }
        Label {
            Layout.topMargin: 4
            text: qsTr("User")
        }
        TextField {
            id: userField
            Accessible.name: qsTr("User")
            Layout.fillWidth: true
            focus: true
            inputMethodHints: Qt.ImhNoAutoUppercase
            objectName: "userField"
            placeholderText: qsTr("ann or @ann:example.org")

            onAccepted: page.submit()
        }
        Label {
            Layout.topMargin: 4
            text: qsTr("Password")
        }
        TextField {
            id: passwordField
            Accessible.name: qsTr("Password")
            Layout.fillWidth: true
            echoMode: TextInput.Password
            objectName: "passwordField"

            onAccepted: page.submit()
        }
        Label {
            Layout.fillWidth: true
            color: page.dark ? "#ff8a80" : "#c62828"
            text: page.controller.errorMessage
            visible: text.length > 0
            wrapMode: Text.Wrap
        }
        Button {
            Layout.alignment: Qt.AlignRight
            Layout.topMargin: 8
            enabled: !page.controller.busy
            highlighted: true
            text: page.controller.busy ? qsTr("Signing in…") : qsTr("Sign in")

            onClicked: page.submit()
        }
    }
}
