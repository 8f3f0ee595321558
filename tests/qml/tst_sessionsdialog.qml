import QtQuick
import QtQuick.Controls
import QtTest
import "../../qml/components"

// The sessions dialog: this session first and marked, others with Verify
// and Sign out, renaming inline, the password prompt for signing out with
// a refusal shown, errors inline.
Item {
    id: root
    height: 700
    width: 640

    QtObject {
        id: fakeDevices

        property bool busy: false
        property var calls: []
        property ListModel devices: ListModel {
        }
        property string error: ""
        property string passwordError: ""
        property string signingOutDevice: ""

        signal signedOut(string deviceId)

        function cancelSignOut() {
            calls.push(["cancelSignOut"]);
            signingOutDevice = "";
        }
        function refresh() {
            calls.push(["refresh"]);
        }
        function rename(deviceId, name) {
            calls.push(["rename", deviceId, name]);
        }
        function signOut(deviceId) {
            calls.push(["signOut", deviceId]);
        }
        function submitPassword(password) {
            calls.push(["submitPassword", password]);
        }
    }
    QtObject {
        id: fakeVerifications

        property var calls: []

        function verifyDevice(deviceId, userId) {
            calls.push([deviceId, userId]);
        }
    }
    SessionsDialog {
        id: dialog
        devices: fakeDevices
        verifications: fakeVerifications
    }
    TestCase {
        function cleanup() {
            dialog.close();
            tryCompare(dialog, "visible", false);
        }
        function findNamed(item, name) {
            if (item.objectName === name)
                return item;
            for (let i = 0; i < item.children.length; ++i) {
                const found = findNamed(item.children[i], name);
                if (found)
                    return found;
            }
            return null;
        }
        function init() {
            const list = fakeDevices.devices;
            list.clear();
            list.append({
                    "deviceId": "PHONE",
                    "displayName": "Phone",
                    "lastSeen": new Date(2026, 10, 22, 9, 30),
                    "lastSeenIp": "192.0.2.1",
                    "current": true,
                    "verified": false
                });
            list.append({
                    "deviceId": "LAPTOP",
                    "displayName": "Work laptop",
                    "lastSeen": new Date(NaN),
                    "lastSeenIp": "",
                    "current": false,
                    "verified": false
                });
            list.append({
                    "deviceId": "TABLET",
                    "displayName": "",
                    "lastSeen": new Date(NaN),
                    "lastSeenIp": "",
                    "current": false,
                    "verified": true
                });
            fakeDevices.signingOutDevice = "";
            fakeDevices.passwordError = "";
            fakeDevices.error = "";
            fakeVerifications.calls = [];
            fakeDevices.calls = [];
            dialog.show();
            tryCompare(dialog, "opened", true);
            compare(fakeDevices.calls, [["refresh"]]);
            fakeDevices.calls = [];
        }
        function named(item, name) {
            const found = findNamed(item, name);
            verify(found, name);
            return found;
        }
        function row(deviceId) {
            const list = named(dialog.contentItem, "sessionList");
            tryVerify(() => findNamed(list.contentItem, "session_" + deviceId) !== null);
            return findNamed(list.contentItem, "session_" + deviceId);
        }
        function test_renameInline() {
            const laptop = row("LAPTOP");
            mouseClick(named(laptop, "renameButton"));
            const field = named(laptop, "sessionNameField");
            verify(field.visible);
            field.text = "Old laptop";
            mouseClick(named(laptop, "saveNameButton"));
            compare(fakeDevices.calls, [["rename", "LAPTOP", "Old laptop"]]);
            verify(!field.visible);
        }
        function test_thisSessionIsMarkedAndOffersNoSignOut() {
            const phone = row("PHONE");
            verify(named(phone, "thisSessionLabel").visible);
            verify(!named(phone, "signOutButton").visible);
            verify(!named(phone, "verifyButton").visible);
            const tablet = row("TABLET");
            verify(named(tablet, "sessionVerifiedBadge").visible);
            verify(!named(tablet, "verifyButton").visible);
            verify(tablet.Accessible.name.indexOf("TABLET") >= 0);
            wait(50);
            grabImage(root).save("/tmp/sessions-light.png");
        }
        function test_verifyAndSignOutWithAPassword() {
            const laptop = row("LAPTOP");
            mouseClick(named(laptop, "verifyButton"));
            compare(fakeVerifications.calls, [["LAPTOP", ""]]);
            mouseClick(named(laptop, "signOutButton"));
            compare(fakeDevices.calls, [["signOut", "LAPTOP"]]);
            fakeDevices.signingOutDevice = "LAPTOP";
            verify(named(dialog.contentItem, "signOutPasswordPrompt").visible);
            const field = named(dialog.contentItem, "signOutPasswordField");
            field.text = "secret";
            mouseClick(named(dialog.contentItem, "confirmSignOutButton"));
            compare(fakeDevices.calls[1], ["submitPassword", "secret"]);
            fakeDevices.passwordError = "Wrong password.";
            verify(named(dialog.contentItem, "signOutPasswordError").visible);
            fakeDevices.signedOut("LAPTOP");
            compare(field.text, "");
        }

        name: "SessionsDialog"
        when: windowShown
    }
}
