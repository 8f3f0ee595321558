import QtQuick
import QtQuick.Controls
import QtTest
import "../../qml/components"

// The composer: Enter sends (with the reply it is in), Up in an empty field
// asks to edit our last message, editing submits an edit, Escape cancels.
Item {
    id: root
    height: 300
    width: 600

    Component {
        id: composerComponent
        Composer {
            width: 600
        }
    }
    SignalSpy {
        id: sent
        signalName: "send"
    }
    SignalSpy {
        id: edited
        signalName: "edit"
    }
    SignalSpy {
        id: toTimeline
        signalName: "focusTimelineRequested"
    }
    SignalSpy {
        id: typing

        signalName: "typing"
    }
    SignalSpy {
        id: editLast
        signalName: "editLastRequested"
    }
    TestCase {
        function init() {
            sent.clear();
            edited.clear();
            editLast.clear();
        }
        function make() {
            const composer = createTemporaryObject(composerComponent, root);
            sent.target = composer;
            edited.target = composer;
            editLast.target = composer;
            toTimeline.target = composer;
            toTimeline.clear();
            typing.target = composer;
            typing.clear();
            composer.focusInput();
            return composer;
        }
        function test_editSubmitsAnEditNotAMessage() {
            const composer = make();
            composer.startEdit("$mine", "old text");
            keyClick(Qt.Key_Backspace);
            keyClick("X");
            keyClick(Qt.Key_Return);
            compare(sent.count, 0);
            compare(edited.count, 1);
            compare(edited.signalArguments[0][0], "$mine");
            compare(edited.signalArguments[0][1], "old texX");
            compare(composer.editEventId, "");
        }
        function test_enterSendsAndShiftEnterBreaksTheLine() {
            make();
            keyClick("h");
            keyClick("i");
            keyClick(Qt.Key_Return, Qt.ShiftModifier);
            keyClick("x");
            keyClick(Qt.Key_Return);
            compare(sent.count, 1);
            compare(sent.signalArguments[0][0], "hi\nx");
            compare(sent.signalArguments[0][1], "");
        }
        function test_replyGoesWithTheMessageAndEscapeCancelsIt() {
            const composer = make();
            composer.startReply("$parent", "Bob", "Ship on Friday?");
            keyClick("y");
            keyClick(Qt.Key_Return);
            compare(sent.signalArguments[0][1], "$parent");
            compare(composer.replyEventId, "");
            composer.startReply("$parent", "Bob", "Ship on Friday?");
            keyClick(Qt.Key_Escape);
            compare(composer.replyEventId, "");
        }
        function test_shiftTabAsksToGoToTheTimeline() {
            make();
            keyClick(Qt.Key_Backtab, Qt.ShiftModifier);
            compare(toTimeline.count, 1);
        }
        function test_typingIsAnnouncedOnceAndEndsWithTheMessage() {
            make();
            keyClick("h");
            keyClick("i");
            compare(typing.count, 1);
            compare(typing.signalArguments[0][0], true);
            keyClick(Qt.Key_Return);
            compare(sent.count, 1);
            compare(typing.count, 2);
            compare(typing.signalArguments[1][0], false);
        }
        function test_typingEndsWhenTheFieldIsEmptied() {
            make();
            keyClick("a");
            keyClick(Qt.Key_Backspace);
            compare(typing.count, 2);
            compare(typing.signalArguments[1][0], false);
        }
        function test_editingIsNotAnnouncedAsTyping() {
            const composer = make();
            composer.startEdit("$mine", "old text");
            keyClick("X");
            compare(typing.count, 0);
        }
        function test_upInAnEmptyFieldAsksToEditTheLastMessage() {
            const composer = make();
            keyClick(Qt.Key_Up);
            compare(editLast.count, 1);
            keyClick("a");
            keyClick(Qt.Key_Up);
            compare(editLast.count, 1); // not when something is typed
        }

        name: "Composer"
        when: windowShown
    }
}
