// The member list: rows updated in place on reload, roles named from power
// levels, sorted by power then name, narrowed by the filter box.
#include "models/MemberFilterModel.h"
#include "models/MemberListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using atrium::models::MemberFilterModel;
using atrium::models::MemberListModel;
using Member = MemberListModel::Member;

namespace {

QStringList names(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data(MemberListModel::DisplayNameRole).toString());
    return result;
}

QList<Member> team()
{
    return {
        {"@zoe:x", "Zoe", {}, "join", 0},  {"@admin:x", "Bob", "mxc://x/bob", "join", 100},
        {"@ann:x", "ann", {}, "join", 0},  {"@mod:x", "Mia", {}, "join", 50},
        {"@quiet:x", {}, {}, "invite", 0},
    };
}

} // namespace

class TestMemberListModel : public QObject
{
    Q_OBJECT

private slots:
    void rolesNameTheCommonLevels()
    {
        QCOMPARE(MemberListModel::roleName(100), QString("Admin"));
        QCOMPARE(MemberListModel::roleName(50), QString("Moderator"));
        QCOMPARE(MemberListModel::roleName(20), QString("Custom (20)"));
        QCOMPARE(MemberListModel::roleName(0), QString());
    }

    void membersWithoutANameShowTheirUserId()
    {
        MemberListModel model;
        QAbstractItemModelTester tester(&model);
        model.setMembers(team());
        QCOMPARE(model.index(4).data(MemberListModel::DisplayNameRole).toString(),
                 QString("@quiet:x"));
        QCOMPARE(model.index(1).data(MemberListModel::RoleNameRole).toString(), QString("Admin"));
        QCOMPARE(model.index(1).data(MemberListModel::AvatarUrlRole).toString(),
                 QString("mxc://x/bob"));
    }

    void verifiedMembersAreMarked()
    {
        MemberListModel model;
        QAbstractItemModelTester tester(&model);
        model.setMembers(team());
        QVERIFY(!model.index(0).data(MemberListModel::VerifiedRole).toBool());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setVerifiedUsers({"@zoe:x", "@mod:x"});
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.index(0).data(MemberListModel::VerifiedRole).toBool());  // Zoe
        QVERIFY(!model.index(1).data(MemberListModel::VerifiedRole).toBool()); // Bob
        QVERIFY(model.index(3).data(MemberListModel::VerifiedRole).toBool());  // Mia
        model.setVerifiedUsers({"@zoe:x", "@mod:x"});
        QCOMPARE(changed.size(), 1); // nothing changed, nothing said
        QCOMPARE(model.roleNames().value(MemberListModel::VerifiedRole), QByteArray("verified"));
    }

    void aVerifiedMemberWithAnUnverifiedDeviceIsWarnedOf()
    {
        MemberListModel model;
        QAbstractItemModelTester tester(&model);
        model.setMembers(team());
        model.setVerifiedUsers({"@zoe:x"});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // Bob has an unverified device too, but we did not verify Bob.
        model.setUnverifiedDeviceUsers({"@zoe:x", "@admin:x"});
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.index(0).data(MemberListModel::UnverifiedDeviceRole).toBool());  // Zoe
        QVERIFY(!model.index(1).data(MemberListModel::UnverifiedDeviceRole).toBool()); // Bob
        QVERIFY(!model.index(3).data(MemberListModel::UnverifiedDeviceRole).toBool()); // Mia
        model.setVerifiedUsers({});
        QVERIFY(!model.index(0).data(MemberListModel::UnverifiedDeviceRole).toBool());
        QCOMPARE(model.roleNames().value(MemberListModel::UnverifiedDeviceRole),
                 QByteArray("unverifiedDevice"));
    }

    void sortedByPowerThenName()
    {
        MemberListModel model;
        MemberFilterModel sorted;
        QAbstractItemModelTester sourceTester(&model);
        QAbstractItemModelTester tester(&sorted);
        sorted.setSourceModel(&model);
        model.setMembers(team());
        QCOMPARE(names(sorted), (QStringList{"Bob", "Mia", "ann", "@quiet:x", "Zoe"}));
        QCOMPARE(sorted.userIdAt(0), QString("@admin:x"));
    }

    void reloadChangesOnlyWhatDiffers()
    {
        MemberListModel model;
        QAbstractItemModelTester tester(&model);
        model.setMembers(team());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        QList<Member> next = team();
        next[0].powerLevel = 50;                          // Zoe promoted
        next.removeAt(2);                                 // ann left
        next.append({"@new:x", "Newton", {}, "join", 0}); // someone joined
        model.setMembers(next);

        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(model.member("@ann:x") == nullptr);
        QCOMPARE(model.member("@zoe:x")->powerLevel, 50);
    }

    void sortFollowsAPromotion()
    {
        MemberListModel model;
        MemberFilterModel sorted;
        QAbstractItemModelTester tester(&sorted);
        sorted.setSourceModel(&model);
        model.setMembers(team());
        QList<Member> next = team();
        next[0].powerLevel = 100; // Zoe becomes an admin
        model.setMembers(next);
        QCOMPARE(names(sorted).mid(0, 2), (QStringList{"Bob", "Zoe"}));
    }

    void filterMatchesNameOrUserIdAnyCase()
    {
        MemberListModel model;
        MemberFilterModel filtered;
        QAbstractItemModelTester tester(&filtered);
        filtered.setSourceModel(&model);
        model.setMembers(team());
        filtered.setFilterText("AN");
        QCOMPARE(names(filtered), QStringList{"ann"});
        filtered.setFilterText("admin");
        QCOMPARE(names(filtered), QStringList{"Bob"});
        filtered.setFilterText("");
        QCOMPARE(filtered.rowCount(), 5);
    }

    void clearRemovesEveryRow()
    {
        MemberListModel model;
        QAbstractItemModelTester tester(&model);
        model.setMembers(team());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMemberListModel)
#include "tst_memberlistmodel.moc"
