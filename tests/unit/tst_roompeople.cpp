// RoomPeople, the open room's people as the timeline shows them: names and
// avatars from the member list and member events, mention completions,
// read receipts and who is typing, never counting ourselves.
#include "models/RoomPeople.h"
#include "store/TimelineEvent.h"

#include <QTest>

using atrium::models::RoomPeople;
using atrium::store::TimelineEvent;

namespace {

const QString Self = QStringLiteral("@me:x");

TimelineEvent memberEvent(const QString &userId, const QString &name, const QString &avatar = {})
{
    TimelineEvent event;
    event.type = QStringLiteral("m.room.member");
    event.json = QJsonObject{{QStringLiteral("state_key"), userId}};
    event.content =
        QJsonObject{{QStringLiteral("displayname"), name}, {QStringLiteral("avatar_url"), avatar}};
    return event;
}

QStringList userIdsOf(const QVariantList &people)
{
    QStringList userIds;
    for (const QVariant &person : people)
        userIds << person.toMap().value(QStringLiteral("userId")).toString();
    return userIds;
}

} // namespace

class TestRoomPeople : public QObject
{
    Q_OBJECT
private slots:
    void namesComeFromTheMembersThenFromNewerEventsNotOlderOnes()
    {
        RoomPeople people(Self);
        QCOMPARE(people.nameOf(QStringLiteral("@bob:x")), QStringLiteral("@bob:x"));
        people.addMembers({{QStringLiteral("@bob:x"), QStringLiteral("Bob")}},
                          {{QStringLiteral("@bob:x"), QStringLiteral("mxc://x/bob")}});
        QCOMPARE(people.nameOf(QStringLiteral("@bob:x")), QStringLiteral("Bob"));
        QCOMPARE(people.avatarOf(QStringLiteral("@bob:x")), QStringLiteral("mxc://x/bob"));

        // History is older than what is known: it only fills the blanks.
        people.learnFrom({memberEvent(QStringLiteral("@bob:x"), QStringLiteral("Bobby")),
                          memberEvent(QStringLiteral("@eve:x"), QStringLiteral("Eve"),
                                      QStringLiteral("mxc://x/eve"))});
        QCOMPARE(people.nameOf(QStringLiteral("@bob:x")), QStringLiteral("Bob"));
        QCOMPARE(people.nameOf(QStringLiteral("@eve:x")), QStringLiteral("Eve"));
        QCOMPARE(people.avatarOf(QStringLiteral("@eve:x")), QStringLiteral("mxc://x/eve"));

        // A change as it happens wins; an avatar taken away is gone.
        people.applyMemberEvent(memberEvent(QStringLiteral("@bob:x"), QStringLiteral("Robert")));
        QCOMPARE(people.nameOf(QStringLiteral("@bob:x")), QStringLiteral("Robert"));
        QCOMPARE(people.avatarOf(QStringLiteral("@bob:x")), QString());

        people.clear();
        QCOMPARE(people.nameOf(QStringLiteral("@bob:x")), QStringLiteral("@bob:x"));
    }

    void completionsPutNamesStartingWithThePrefixFirstAndLeaveUsOut()
    {
        RoomPeople people(Self);
        people.addMembers({{Self, QStringLiteral("Me")},
                           {QStringLiteral("@pia:x"), QStringLiteral("Pia")},
                           {QStringLiteral("@olympia:x"), QStringLiteral("Olympia")},
                           {QStringLiteral("@pierre:x"), QStringLiteral("Pierre")},
                           {QStringLiteral("@zed:x"), QString()}},
                          {});
        QCOMPARE(userIdsOf(people.completions(QStringLiteral("@pi"), 6)),
                 QStringList({QStringLiteral("@pia:x"), QStringLiteral("@pierre:x"),
                              QStringLiteral("@olympia:x")}));
        QCOMPARE(userIdsOf(people.completions(QStringLiteral("PI"), 1)),
                 QStringList{QStringLiteral("@pia:x")});
        // Without a name, by the user id.
        const QVariantList zed = people.completions(QStringLiteral("ze"), 6);
        QCOMPARE(userIdsOf(zed), QStringList{QStringLiteral("@zed:x")});
        QCOMPARE(zed.first().toMap().value(QStringLiteral("name")), QVariant("@zed:x"));
        QVERIFY(people.completions(QStringLiteral("me"), 6).isEmpty());
    }

    void receiptsSayWhichEventsChangedReaders()
    {
        RoomPeople people(Self);
        people.addMembers({{QStringLiteral("@bob:x"), QStringLiteral("Bob")}}, {});
        QCOMPARE(people.setReceipts({{QStringLiteral("@bob:x"), QStringLiteral("$1")},
                                     {QStringLiteral("@eve:x"), QStringLiteral("$1")},
                                     {Self, QStringLiteral("$2")}}),
                 QSet<QString>{QStringLiteral("$1")});
        const QVariantList readers = people.readersOf(QStringLiteral("$1"));
        QCOMPARE(userIdsOf(readers),
                 QStringList({QStringLiteral("@bob:x"), QStringLiteral("@eve:x")}));
        QCOMPARE(readers.first().toMap().value(QStringLiteral("name")), QVariant("Bob"));
        QVERIFY(people.readersOf(QStringLiteral("$2")).isEmpty()); // ours is not shown

        // Bob reads on: both events change, Eve's stays.
        QCOMPARE(people.setReceipts({{QStringLiteral("@bob:x"), QStringLiteral("$3")},
                                     {QStringLiteral("@eve:x"), QStringLiteral("$1")}}),
                 QSet<QString>({QStringLiteral("$1"), QStringLiteral("$3")}));
        QCOMPARE(people.setReceipts({{QStringLiteral("@bob:x"), QStringLiteral("$3")},
                                     {QStringLiteral("@eve:x"), QStringLiteral("$1")}}),
                 QSet<QString>());
    }

    void typingLeavesUsOutAndSaysWhenItChanged()
    {
        RoomPeople people(Self);
        people.addMembers({{QStringLiteral("@bob:x"), QStringLiteral("Bob")}}, {});
        QVERIFY(people.setTyping({Self, QStringLiteral("@bob:x"), QStringLiteral("@eve:x")}));
        QCOMPARE(people.typingNames(),
                 QStringList({QStringLiteral("Bob"), QStringLiteral("@eve:x")}));
        QVERIFY(!people.setTyping({QStringLiteral("@bob:x"), QStringLiteral("@eve:x")}));
        QVERIFY(!people.setTyping({QStringLiteral("@bob:x"), QStringLiteral("@eve:x"), Self}));
        QVERIFY(people.setTyping({}));
        QVERIFY(people.typingNames().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRoomPeople)
#include "tst_roompeople.moc"
