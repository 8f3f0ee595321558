// m.room.power_levels as the spec reads it: defaults for missing fields,
// the creator's 100 without the event, who may change or kick whom.
#include "matrix/PowerLevels.h"

#include <QTest>

using atrium::matrix::PowerLevels;

class TestPowerLevels : public QObject
{
    Q_OBJECT

private slots:
    void usersWithoutAnEntryHaveTheUsersDefault()
    {
        const PowerLevels levels({{"users", QJsonObject{{"@admin:x", 100}}}, {"users_default", 5}});
        QCOMPARE(levels.userLevel("@admin:x"), 100);
        QCOMPARE(levels.userLevel("@other:x"), 5);
    }

    void stateEventsNeedFiftyUnlessTheRoomSaysOtherwise()
    {
        const PowerLevels levels({{"events", QJsonObject{{"m.room.topic", 0}}}});
        QCOMPARE(levels.stateLevel("m.room.name"), 50);
        QCOMPARE(levels.stateLevel("m.room.topic"), 0);
        QVERIFY(levels.canSetState("@anyone:x", "m.room.topic"));
        QVERIFY(!levels.canSetState("@anyone:x", "m.room.name"));
    }

    void withoutPowerLevelsTheCreatorHasAHundred()
    {
        const PowerLevels levels({}, "@creator:x");
        QCOMPARE(levels.userLevel("@creator:x"), 100);
        QCOMPARE(levels.userLevel("@other:x"), 0);
    }

    void levelsGivenAsStringsAreRead()
    {
        const PowerLevels levels({{"users", QJsonObject{{"@mod:x", "50"}}}, {"kick", "75"}});
        QCOMPARE(levels.userLevel("@mod:x"), 50);
        QCOMPARE(levels.kickLevel(), 75);
    }

    void kickingAndChangingNeedMorePowerThanTheTarget()
    {
        const PowerLevels levels(
            {{"users", QJsonObject{{"@admin:x", 100}, {"@mod:x", 50}, {"@mod2:x", 50}}}});
        QVERIFY(levels.canKick("@admin:x", "@mod:x"));
        QVERIFY(levels.canKick("@mod:x", "@member:x"));
        QVERIFY(!levels.canKick("@mod:x", "@mod2:x"));
        QVERIFY(!levels.canKick("@member:x", "@other:x"));
        QVERIFY(levels.canChangeLevel("@admin:x", "@mod:x"));
        QVERIFY(!levels.canChangeLevel("@mod:x", "@mod2:x"));
        // m.room.power_levels is a state event: state_default (50) unless named.
        QVERIFY(levels.canChangeLevel("@mod:x", "@member:x"));
        const PowerLevels strict({{"users", QJsonObject{{"@mod:x", 50}}},
                                  {"events", QJsonObject{{"m.room.power_levels", 100}}}});
        QVERIFY(!strict.canChangeLevel("@mod:x", "@member:x"));
    }

    void withUserLevelSetsOrDropsTheEntry()
    {
        const PowerLevels levels(
            {{"users", QJsonObject{{"@a:x", 100}, {"@b:x", 50}}}, {"ban", 50}});
        const QJsonObject raised = levels.withUserLevel("@c:x", 50);
        QCOMPARE(raised.value("users").toObject().value("@c:x").toInt(), 50);
        QCOMPARE(raised.value("ban").toInt(), 50);
        const QJsonObject lowered = levels.withUserLevel("@b:x", 0);
        QVERIFY(!lowered.value("users").toObject().contains("@b:x"));
        QVERIFY(lowered.value("users").toObject().contains("@a:x"));
    }
};

QTEST_GUILESS_MAIN(TestPowerLevels)
#include "tst_powerlevels.moc"
