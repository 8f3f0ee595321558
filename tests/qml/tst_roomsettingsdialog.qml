import QtQuick
import QtQuick.Controls
import QtTest
import Atrium
import "../../qml/components"

// Room settings: the fields show the room, Save sends name and topic,
// fields our power does not allow are read-only with the reason shown,
// the notification level is one choice of three, errors stay inline.
Item {
    id: root
    height: 600
    width: 640

    SessionController {
        id: fakeController
    }
    RoomSettingsDialog {
        id: dialog
        controller: fakeController
    }
    TestCase {
        function cleanup() {
            dialog.close();
            tryCompare(dialog, "visible", false);
            const info = fakeController.roomInfo;
            info.nameRestriction = "";
            info.topicRestriction = "";
            info.avatarRestriction = "";
            info.error = "";
            info.busy = false;
            info.notificationLevel = "all";
        }
        function dark() {
            const p = root.Window.window.palette;
            const colors = {
                "window": "#26282c",
                "windowText": "#e8eaed",
                "base": "#1d1f22",
                "text": "#e8eaed",
                "button": "#33363b",
                "buttonText": "#e8eaed",
                "mid": "#44474d",
                "placeholderText": "#9aa0a6",
                "highlight": "#3d7bd9"
            };
            const saved = {};
            for (const role in colors) {
                saved[role] = p[role];
                p[role] = colors[role];
            }
            return saved;
        }
        function findNamed(item, name) {
            const children = item.data !== undefined ? item.data : [];
            for (let i = 0; i < children.length; ++i) {
                if (children[i].objectName === name)
                    return children[i];
                const found = findNamed(children[i], name);
                if (found)
                    return found;
            }
            return null;
        }
        function init() {
            fakeController.calls = [];
            fakeController.roomInfo.name = "General";
            fakeController.roomInfo.topic = "Everything";
            dialog.show();
            tryCompare(dialog, "opened", true);
        }
        function named(name) {
            const item = findNamed(dialog.contentItem, name);
            verify(item, name);
            return item;
        }
        function test_errorShownInline() {
            named("settingsNameField").text = "Renamed";
            mouseClick(named("settingsSaveButton"));
            fakeController.roomInfo.error = "Could not save the room's settings: M_FORBIDDEN";
            verify(dialog.opened, "the dialog stays open");
            verify(named("settingsError").visible);
            compare(named("settingsError").text, "Could not save the room's settings: M_FORBIDDEN");
            compare(named("settingsNameField").text, "Renamed", "nothing typed is lost");
            // For a look at the dialog: the light and the dark palette.
            fakeController.roomInfo.topicRestriction = "Changing this needs power level 50 (Moderator); yours is 0.";
            wait(50);
            grabImage(root).save("/tmp/roomsettings-light.png");
            const saved = dark();
            wait(50);
            grabImage(root).save("/tmp/roomsettings-dark.png");
            for (const role in saved)
                root.Window.window.palette[role] = saved[role];
        }
        function test_fieldsFollowTheRoomUntilEdited() {
            // Opened before the room's state was read (from the room list's menu).
            fakeController.roomInfo.name = "Ops";
            fakeController.roomInfo.changed();
            compare(named("settingsNameField").text, "Ops");
            named("settingsTopicField").text = "Typed";
            fakeController.roomInfo.topic = "From sync";
            fakeController.roomInfo.changed();
            compare(named("settingsTopicField").text, "Typed", "what the user typed stays");
        }
        function test_fieldsShowTheRoom() {
            compare(named("settingsNameField").text, "General");
            compare(named("settingsTopicField").text, "Everything");
            verify(!named("settingsSaveButton").enabled, "nothing changed yet");
            verify(named("level_all").checked);
        }
        function test_keyboardOnly() {
            verify(named("settingsNameField").activeFocus, "the name field has the focus");
            keyClick(Qt.Key_A, Qt.ControlModifier);
            typeText("Ops");
            keyClick(Qt.Key_Tab);
            verify(named("settingsTopicField").activeFocus);
            keyClick(Qt.Key_Return);
            compare(fakeController.calls, [["save", "Ops", "Everything"]]);
            keyClick(Qt.Key_Escape);
            tryCompare(dialog, "visible", false);
        }
        function test_notificationLevelChosen() {
            mouseClick(named("level_mute"));
            compare(fakeController.calls, [["notificationLevel", "mute"]]);
            verify(named("level_mute").checked);
            verify(!named("level_all").checked);
            mouseClick(named("level_mentions"));
            compare(fakeController.calls[1], ["notificationLevel", "mentions"]);
            // The level the model reads back from sync wins.
            fakeController.roomInfo.notificationLevel = "all";
            verify(named("level_all").checked);
        }
        function test_oneNoteWhenNothingMayBeChanged() {
            const reason = "Changing this needs power level 50 (Moderator); yours is 0.";
            fakeController.roomInfo.nameRestriction = reason;
            fakeController.roomInfo.topicRestriction = reason;
            fakeController.roomInfo.avatarRestriction = reason;
            verify(named("sharedRestriction").visible);
            verify(named("sharedRestriction").text.indexOf(reason) >= 0);
            verify(!named("nameRestriction").visible);
            verify(!named("topicRestriction").visible);
            verify(!named("avatarRestriction").visible);
        }
        function test_readOnlyWithoutPower() {
            fakeController.roomInfo.nameRestriction = "Changing this needs power level 50 (Moderator); yours is 0.";
            fakeController.roomInfo.avatarRestriction = "Changing this needs power level 50 (Moderator); yours is 0.";
            verify(named("settingsNameField").readOnly);
            verify(!named("settingsTopicField").readOnly);
            verify(named("nameRestriction").visible);
            compare(named("nameRestriction").text, fakeController.roomInfo.nameRestriction);
            verify(!named("avatarButton").enabled);
            verify(named("avatarRestriction").visible);
            verify(!named("topicRestriction").visible);
            verify(!named("sharedRestriction").visible);
        }
        function test_saveSendsNameAndTopic() {
            named("settingsNameField").text = "Design";
            named("settingsTopicField").text = "Pixels";
            mouseClick(named("settingsSaveButton"));
            compare(fakeController.calls, [["save", "Design", "Pixels"]]);
            fakeController.roomInfo.saved();
            tryCompare(dialog, "visible", false);
        }
        function test_unaskedSavedIgnored() {
            fakeController.roomInfo.saved();
            verify(dialog.opened);
        }
        // Types `text` key by key (keySequence reads it as a shortcut).
        function typeText(text) {
            for (const c of text)
                keyClick(c);
        }

        name: "RoomSettingsDialog"
        when: windowShown
    }
}
