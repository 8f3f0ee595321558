#include "matrix/RoomDisplayName.h"

#include <QTest>

using namespace atrium::matrix;

namespace {

RoomNameInputs heroesOnly(const QStringList &heroes, int joined, int invited = 0)
{
    RoomNameInputs inputs;
    inputs.heroNames = heroes;
    inputs.joinedMemberCount = joined;
    inputs.invitedMemberCount = invited;
    return inputs;
}

} // namespace

// "Calculating the display name for a room", client-server API v1.11.
class TestRoomDisplayName : public QObject
{
    Q_OBJECT

private slots:
    void nameWinsOverAliasAndHeroes()
    {
        RoomNameInputs inputs = heroesOnly({"Bob"}, 2);
        inputs.name = "Design Review";
        inputs.canonicalAlias = "#design:example.org";
        QCOMPARE(RoomDisplayName::compute(inputs), QString("Design Review"));
    }

    void blankNameIsIgnored()
    {
        RoomNameInputs inputs = heroesOnly({"Bob"}, 2);
        inputs.name = "   ";
        inputs.canonicalAlias = "#design:example.org";
        QCOMPARE(RoomDisplayName::compute(inputs), QString("#design:example.org"));
    }

    void canonicalAliasWinsOverHeroes()
    {
        RoomNameInputs inputs = heroesOnly({"Bob"}, 2);
        inputs.canonicalAlias = "#design:example.org";
        QCOMPARE(RoomDisplayName::compute(inputs), QString("#design:example.org"));
    }

    void oneHeroNamesTheRoom()
    {
        QCOMPARE(RoomDisplayName::compute(heroesOnly({"Bob"}, 2)), QString("Bob"));
    }

    void twoHeroesAreJoinedWithAnd()
    {
        QCOMPARE(RoomDisplayName::compute(heroesOnly({"Bob", "Carol"}, 3)),
                 QString("Bob and Carol"));
    }

    void threeHeroesAreListed()
    {
        QCOMPARE(RoomDisplayName::compute(heroesOnly({"Bob", "Carol", "Dan"}, 4)),
                 QString("Bob, Carol and Dan"));
    }

    void invitedMembersCountAsOthers()
    {
        QCOMPARE(RoomDisplayName::compute(heroesOnly({"Bob", "Carol"}, 2, 1)),
                 QString("Bob and Carol"));
    }

    void membersBeyondTheHeroesAreCounted()
    {
        // 10 members: us, two heroes and 7 others.
        QCOMPARE(RoomDisplayName::compute(heroesOnly({"Bob", "Carol"}, 8, 2)),
                 QString("Bob, Carol and 7 others"));
    }

    void oneMemberBeyondTheHeroesIsCounted()
    {
        const QString name = RoomDisplayName::compute(heroesOnly({"Bob", "Carol"}, 4));
        QCOMPARE(name, QString("Bob, Carol and 1 other"));
    }

    void roomWithNobodyIsEmptyRoom()
    {
        QCOMPARE(RoomDisplayName::compute(heroesOnly({}, 1)), QString("Empty Room"));
        QCOMPARE(RoomDisplayName::compute(heroesOnly({}, 0)), QString("Empty Room"));
    }

    void roomEveryoneLeftIsNamedAfterWhoWasThere()
    {
        QCOMPARE(RoomDisplayName::compute(heroesOnly({"Bob"}, 1)), QString("Empty Room (was Bob)"));
    }

    void roomEveryoneLeftListsFormerHeroes()
    {
        QCOMPARE(RoomDisplayName::compute(heroesOnly({"Bob", "Carol"}, 1)),
                 QString("Empty Room (was Bob and Carol)"));
    }

    void memberNameIsTheDisplayName()
    {
        QCOMPARE(RoomDisplayName::forMember("@bob:example.org", "Bob", false), QString("Bob"));
    }

    void sharedDisplayNameIsDisambiguatedWithUserId()
    {
        QCOMPARE(RoomDisplayName::forMember("@bob:example.org", "Bob", true),
                 QString("Bob (@bob:example.org)"));
    }

    void memberWithoutDisplayNameIsShownByUserId()
    {
        QCOMPARE(RoomDisplayName::forMember("@bob:example.org", "", false),
                 QString("@bob:example.org"));
        QCOMPARE(RoomDisplayName::forMember("@bob:example.org", "  ", true),
                 QString("@bob:example.org"));
    }
};

QTEST_GUILESS_MAIN(TestRoomDisplayName)
#include "tst_roomdisplayname.moc"
