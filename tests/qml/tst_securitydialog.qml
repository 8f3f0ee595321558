import QtQuick
import QtQuick.Controls
import QtTest
import "../../qml/components"

// The security dialog: what it offers in each recovery, cross-signing and
// backup state, the reset confirmation, the password prompt, the recovery
// key shown once, and restoring or unlocking with a typed recovery key.
Item {
    id: root
    height: 700
    width: 640

    QtObject {
        id: fake

        property string backup: "none"
        property int backupKeys: 0
        property bool busy: false
        property var calls: []
        property string crossSigning: "none"
        property string error: ""
        property string passwordError: ""
        property bool passwordRequired: false
        property string recovery: "none"
        property string recoveryKey: ""
        property string restoreSummary: ""

        function cancelPassword() {
            calls.push(["cancelPassword"]);
            passwordRequired = false;
        }
        function createBackup() {
            calls.push(["createBackup"]);
        }
        function forgetRecoveryKey() {
            calls.push(["forgetRecoveryKey"]);
            recoveryKey = "";
        }
        function refresh() {
            calls.push(["refresh"]);
        }
        function resetCrossSigning() {
            calls.push(["resetCrossSigning"]);
        }
        function restoreBackup(key) {
            calls.push(["restoreBackup", key]);
        }
        function setUpCrossSigning() {
            calls.push(["setUpCrossSigning"]);
        }
        function setUpRecovery(passphrase, replace) {
            calls.push(["setUpRecovery", passphrase, replace]);
        }
        function submitPassword(password) {
            calls.push(["submitPassword", password]);
        }
        function unlockRecovery(key) {
            calls.push(["unlockRecovery", key]);
        }
    }
    SecurityDialog {
        id: dialog
        security: fake
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
            fake.recovery = "none";
            fake.crossSigning = "none";
            fake.backup = "none";
            fake.recoveryKey = "";
            fake.passwordRequired = false;
            fake.passwordError = "";
            fake.error = "";
            dialog.show();
            tryCompare(dialog, "opened", true);
            fake.calls = [];
        }
        function named(name) {
            const found = findNamed(dialog.contentItem, name);
            verify(found, name);
            return found;
        }
        function test_lockedRecoveryIsUnlockedWithATypedKey() {
            fake.recovery = "locked";
            fake.backup = "elsewhere";
            // One key to type: recovery restores the backup too.
            verify(!named("restoreBackupButton").visible);
            verify(named("backupState").text.indexOf("unlocking recovery") >= 0);
            verify(!named("setUpRecoveryButton").visible);
            const unlock = named("unlockRecoveryButton");
            verify(unlock.visible);
            verify(!unlock.enabled);
            named("unlockRecoveryField").text = "EsSz ygLv";
            mouseClick(unlock);
            compare(fake.calls, [["unlockRecovery", "EsSz ygLv"]]);
            fake.recovery = "stored";
            verify(!unlock.visible);
            verify(named("recoveryState").text.indexOf("is set up") >= 0);
        }
        function test_notSetUpOffersBoth() {
            verify(named("setUpCrossSigningButton").visible);
            verify(!named("resetCrossSigningButton").visible);
            verify(named("createBackupButton").visible);
            mouseClick(named("setUpCrossSigningButton"));
            mouseClick(named("createBackupButton"));
            compare(fake.calls, [["setUpCrossSigning"], ["createBackup"]]);
        }
        function test_passwordPromptSubmitsAndShowsARefusal() {
            fake.passwordRequired = true;
            verify(named("passwordPrompt").visible);
            const field = named("securityPasswordField");
            field.forceActiveFocus();
            keyClick("p");
            keyClick("w");
            keyClick(Qt.Key_Return);
            compare(fake.calls, [["submitPassword", "pw"]]);
            fake.passwordError = "Wrong password.";
            verify(named("securityPasswordError").visible);
        }
        function test_recoveryKeyShownUntilSaved() {
            fake.backup = "active";
            fake.backupKeys = 3;
            fake.recoveryKey = "EsSz ygLv VP1b xF1C";
            verify(named("recoveryKeyPanel").visible);
            compare(named("recoveryKeyText").text, "EsSz ygLv VP1b xF1C");
            verify(!named("createBackupButton").visible);
            verify(named("backupState").text.indexOf("3") >= 0);
            mouseClick(named("savedRecoveryKeyButton"));
            compare(fake.calls, [["forgetRecoveryKey"]]);
            verify(!named("recoveryKeyPanel").visible);
        }
        function test_recoverySetUpWithAnOptionalPassphrase() {
            verify(named("recoveryState").text.indexOf("not set up") >= 0);
            verify(!named("unlockRecoveryField").visible);
            mouseClick(named("setUpRecoveryButton"));
            named("recoveryPassphraseField").forceActiveFocus();
            keyClick("p");
            keyClick("w");
            keyClick(Qt.Key_Return);
            compare(fake.calls, [["setUpRecovery", "", false], ["setUpRecovery", "pw", false]]);
            fake.recoveryKey = "EsSz ygLv VP1b xF1C";
            verify(named("recoveryKeyPanel").visible);
            verify(!named("setUpRecoveryButton").visible);
        }
        function test_resetIsConfirmedFirst() {
            fake.crossSigning = "elsewhere";
            verify(named("crossSigningState").text.indexOf("another session") >= 0);
            mouseClick(named("resetCrossSigningButton"));
            verify(named("resetConfirmation").visible);
            compare(fake.calls, []);
            mouseClick(named("confirmResetButton"));
            compare(fake.calls, [["resetCrossSigning"]]);
            verify(!named("resetConfirmation").visible);
        }
        function test_restoreFromATypedKey() {
            fake.backup = "elsewhere";
            const restore = named("restoreBackupButton");
            verify(!restore.enabled);
            named("recoveryKeyField").text = "EsSz ygLv";
            verify(restore.enabled);
            mouseClick(restore);
            compare(fake.calls, [["restoreBackup", "EsSz ygLv"]]);
            fake.error = "This recovery key does not belong to the current backup.";
            verify(named("securityError").visible);
        }

        name: "SecurityDialog"
        when: windowShown
    }
}
