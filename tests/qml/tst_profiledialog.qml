import QtQuick
import QtQuick.Controls
import QtTest
import "../../qml/components"

// The profile dialog against a stand-in OwnProfile: it opens with the
// current name, Save sends the trimmed new one and closes once the profile
// has it, the server's refusal stays in the dialog, and Escape cancels.
Item {
    id: root
    height: 500
    width: 600

    QtObject {
        id: fakeProfile

        property string avatarUrl: ""
        property string displayName: "Demo User"
        property var requested: []
        property bool saving: false

        // OwnProfile's one notification for its name and avatar.
        signal changed
        signal failed(string message)

        function setAvatar(file) {
            requested.push("avatar:" + file);
            saving = true;
        }
        function setDisplayName(name) {
            requested.push(name);
            saving = true;
        }
    }
    ProfileDialog {
        id: dialog
        avatarSource: url => "image://test/" + url
        profile: fakeProfile
        userId: "@demo:x"
    }
    TestCase {
        function cleanup() {
            dialog.close();
            tryCompare(dialog, "visible", false);
        }
        function findNamed(name) {
            const found = findChild(dialog.contentItem, name);
            verify(found, name);
            return found;
        }
        function init() {
            fakeProfile.requested = [];
            fakeProfile.saving = false;
            fakeProfile.displayName = "Demo User";
            fakeProfile.avatarUrl = "";
            dialog.show();
            tryCompare(dialog, "opened", true);
        }
        function test_aNewAvatarShowsAndLeavesTheDialogOpen() {
            const avatar = findNamed("profileAvatar");
            compare(avatar.source, ""); // initials
            compare(avatar.name, "Demo User");
            const button = findNamed("profileAvatarButton");
            verify(button.enabled);
            // What the file dialog's choice does (the dialog itself is the platform's).
            fakeProfile.setAvatar("file:///tmp/me.png");
            verify(!button.enabled); // uploading
            fakeProfile.saving = false;
            fakeProfile.avatarUrl = "mxc://x/me";
            fakeProfile.changed();
            compare(avatar.source, "image://test/mxc://x/me");
            verify(dialog.visible); // the name was not saved: nothing to close for
            fakeProfile.failed("Could not upload your avatar: disk full");
            compare(findNamed("profileError").text, "Could not upload your avatar: disk full");
        }
        function test_escapeCancels() {
            findNamed("displayNameField").text = "Someone Else";
            keyClick(Qt.Key_Escape);
            tryVerify(() => !dialog.visible);
            compare(fakeProfile.requested, []);
        }
        function test_refusalStaysInTheDialog() {
            findNamed("displayNameField").text = "Dee";
            mouseClick(findNamed("profileSaveButton"));
            fakeProfile.saving = false;
            fakeProfile.failed("Could not change your name: too long");
            verify(dialog.visible);
            compare(findNamed("profileError").text, "Could not change your name: too long");
            verify(findNamed("displayNameField").enabled);
        }
        function test_saveSendsTheNewNameAndClosesWhenItIsSet() {
            const field = findNamed("displayNameField");
            compare(field.text, "Demo User");
            field.text = "  Dee Emo ";
            keyClick(Qt.Key_Return);
            compare(fakeProfile.requested, ["Dee Emo"]);
            verify(!field.enabled); // saving
            compare(findNamed("profileSaveButton").text, "Saving…");
            fakeProfile.saving = false;
            fakeProfile.displayName = "Dee Emo";
            fakeProfile.changed();
            tryVerify(() => !dialog.visible);
        }

        name: "ProfileDialog"
        when: windowShown
    }
}
