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
            // Stands in for EmojiCatalog.search.
            emojiSearch: query => [{
                        "text": "🎉",
                        "name": "party popper"
                    }, {
                        "text": "🥳",
                        "name": "partying face"
                    }, {
                        "text": "🪅",
                        "name": "piñata"
                    }].filter(e => e.name.startsWith(query.replace(/_/g, " ")))
            memberCompletions: prefix => [{
                        "userId": "@ann:x",
                        "name": "Ann"
                    }, {
                        "userId": "@anna:x",
                        "name": "Anna [ops]"
                    }].filter(m => m.name.toLowerCase().startsWith(prefix.toLowerCase()))
            width: 600
            y: 200
        }
    }
    Component {
        id: spyComponent
        SignalSpy {
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
        id: drafts
        signalName: "draftEdited"
    }
    SignalSpy {
        id: editLast
        signalName: "editLastRequested"
    }
    TestCase {
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
        // An edit borrows the field: the draft in it comes back afterwards,
        // and is not overwritten meanwhile.
        function test_aDraftComesBackAfterAnEdit() {
            const composer = make();
            const input = findNamed(composer, "composerInput");
            drafts.target = composer;
            drafts.clear();
            composer.openRoom("!r:x", {
                    "text": "half a thought"
                });
            compare(drafts.count, 0); // showing a draft changes none
            composer.startReply("$q", "Bob", "question");
            compare(drafts.count, 1);
            composer.startEdit("$mine", "old text");
            keyClick("X");
            compare(drafts.count, 1);
            keyClick(Qt.Key_Escape);
            compare(input.text, "half a thought");
            compare(composer.replyEventId, "$q");
            composer.startEdit("$mine", "old text");
            keyClick(Qt.Key_Return);
            compare(edited.count, 1);
            compare(input.text, "half a thought");
            compare(drafts.count, 1);
            keyClick("!");
            compare(drafts.count, 2);
            compare(drafts.signalArguments[1][0], "!r:x");
            compare(drafts.signalArguments[1][1].text, "half a thought!");
            compare(drafts.signalArguments[1][1].replyTo, "$q");
        }
        function test_atNameOffersMembersAndInsertsAPill() {
            const composer = make();
            const completion = findNamed(composer, "completion");
            keyClick("h");
            keyClick("i");
            keyClick(Qt.Key_Space);
            keyClick(Qt.Key_At, Qt.NoModifier, -1);
            keyClick("a");
            keyClick("n");
            verify(completion.opened || completion.visible);
            compare(completion.items.length, 2);
            keyClick(Qt.Key_Down);
            keyClick(Qt.Key_Tab);
            verify(!completion.visible);
            compare(findNamed(composer, "composerInput").text, "hi [Anna \\[ops\\]](https://matrix.to/#/@anna:x) ");
            keyClick("!");
            keyClick(Qt.Key_Return);
            compare(sent.signalArguments[0][0], "hi [Anna \\[ops\\]](https://matrix.to/#/@anna:x) !");
        }
        function test_colonShortcodeOffersEmoji() {
            const composer = make();
            const completion = findNamed(composer, "completion");
            for (const c of ":tad")
                keyClick(c);
            verify(completion.visible);
            compare(completion.items[0].label, "🎉");
            keyClick(Qt.Key_Return);
            compare(sent.count, 0); // Enter took the emoji, it did not send
            compare(findNamed(composer, "composerInput").text, "🎉 ");
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
        function test_editingIsNotAnnouncedAsTyping() {
            const composer = make();
            composer.startEdit("$mine", "old text");
            keyClick("X");
            compare(typing.count, 0);
        }
        function test_emojiAreAlsoFoundByTheirName() {
            const composer = make();
            const completion = findNamed(composer, "completion");
            for (const c of ":party_p")
                keyClick(c);
            verify(completion.visible);
            compare(completion.items.length, 1);
            compare(completion.items[0].label, "🎉");
            compare(completion.items[0].detail, "party popper");
            // Shortcodes first, each emoji once: ":party" is 🥳 by shortcode and by name.
            keyClick(Qt.Key_Backspace);
            keyClick(Qt.Key_Backspace);
            compare(completion.items.map(item => item.label), ["🥳", "🎉"]);
        }
        function test_emojiButtonAsksForThePickerAndInsertTypesAtTheCursor() {
            const composer = make();
            const input = findNamed(composer, "composerInput");
            const asked = createTemporaryObject(spyComponent, root, {
                    "target": composer,
                    "signalName": "emojiPickerRequested"
                });
            keyClick("o");
            keyClick("k");
            mouseClick(findNamed(composer, "emojiButton"));
            compare(asked.count, 1);
            composer.insert("👍");
            compare(input.text, "ok👍");
            verify(input.activeFocus);
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
        function test_escapeClosesTheCompletionsFirst() {
            const composer = make();
            const completion = findNamed(composer, "completion");
            keyClick(Qt.Key_At, Qt.NoModifier, -1);
            verify(completion.visible);
            keyClick(Qt.Key_Escape);
            verify(!completion.visible);
            compare(findNamed(composer, "composerInput").text, "@");
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
        function test_typingEndsWhenTheFieldIsEmptied() {
            make();
            keyClick("a");
            keyClick(Qt.Key_Backspace);
            compare(typing.count, 2);
            compare(typing.signalArguments[1][0], false);
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
