import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

Pane {
    id: page

    required property SessionController controller
    // Creating an account instead of signing in (where the server allows it).
    property bool creating: false
    readonly property bool dark: palette.window.hslLightness < 0.5
    // A mistake seen before asking the server (the passwords differ).
    property string localError: ""

    function submit() {
        if (controller.busy)
            return;
        localError = "";
        if (!creating) {
            controller.login(serverField.text, userField.text, passwordField.text);
        } else if (passwordField.text !== confirmField.text) {
            localError = qsTr("The passwords do not match.");
        } else {
            controller.registerAccount(serverField.text, userField.text, passwordField.text);
        }
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
            objectName: "signInTitle"
            text: page.creating ? qsTr("Create an account") : qsTr("Sign in to Atrium")
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
            Layout.topMargin: 4
            text: qsTr("Confirm password")
            visible: page.creating
        }
        TextField {
            id: confirmField
            Accessible.name: qsTr("Confirm password")
            Layout.fillWidth: true
            echoMode: TextInput.Password
            objectName: "confirmField"
            visible: page.creating

            onAccepted: page.submit()
        }
        Label {
            Layout.fillWidth: true
            color: page.dark ? "#ff8a80" : "#c62828"
            objectName: "signInError"
            text: page.localError !== "" ? page.localError : page.controller.errorMessage
            visible: text.length > 0
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: 8

            // Switches between signing in and creating an account.
            Button {
                flat: true
                objectName: "createAccountSwitch"
                text: page.creating ? qsTr("I have an account") : qsTr("Create an account")

                onClicked: {
                    page.creating = !page.creating;
                    page.localError = "";
                }
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                enabled: !page.controller.busy
                highlighted: true
                objectName: "signInButton"
                text: page.controller.busy ? (page.creating ? qsTr("Creating…") : qsTr("Signing in…")) : page.creating ? qsTr("Create account") : qsTr("Sign in")

                onClicked: page.submit()
            }
        }
    }
}
