// The room list's filter: words of the name or topic, any case, any accents.
#include "models/RoomFilterModel.h"
#include "models/RoomListModel.h"

#include <QAbstractItemModelTester>
#include <QStandardItemModel>
#include <QTest>

using atrium::models::RoomFilterModel;
using atrium::models::RoomListModel;

namespace {

void addRoom(QStandardItemModel &model, const QString &name, const QString &topic,
             bool invite = false)
{
    auto *item = new QStandardItem;
    item->setData(name, RoomListModel::DisplayNameRole);
    item->setData(name.toLower(), RoomListModel::RoomIdRole);
    item->setData(topic, RoomListModel::TopicRole);
    item->setData(invite, RoomListModel::IsInviteRole);
    item->setData(false, RoomListModel::IsSpaceRole);
    model.appendRow(item);
}

QStringList names(const RoomFilterModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.displayNameAt(row));
    return result;
}

} // namespace

class TestRoomFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_source.clear();
        addRoom(m_source, "Café Chat", "lunch plans");
        addRoom(m_source, "engineering", "C++ and Qt");
        addRoom(m_source, "Release Planning", "dates and owners", true);
        m_filter.setSourceModel(&m_source);
        m_filter.setFilterText({});
        m_filter.setJoinedRoomsOnly(false);
    }

    void emptyFilterKeepsEveryRoomInOrder()
    {
        QAbstractItemModelTester tester(&m_filter,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(names(m_filter), QStringList({"Café Chat", "engineering", "Release Planning"}));
    }

    void matchesAnyCaseAndNoAccents()
    {
        QAbstractItemModelTester tester(&m_filter,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_filter.setFilterText("CAFE");
        QCOMPARE(names(m_filter), QStringList({"Café Chat"}));
        m_filter.setFilterText("ENG");
        QCOMPARE(names(m_filter), QStringList({"engineering"}));
    }

    void everyWordMustMatchNameOrTopic()
    {
        m_filter.setFilterText("planning owners");
        QCOMPARE(names(m_filter), QStringList({"Release Planning"}));
        m_filter.setFilterText("planning lunch");
        QVERIFY(names(m_filter).isEmpty());
        m_filter.setFilterText("qt");
        QCOMPARE(names(m_filter), QStringList({"engineering"}));
    }

    void nameMatchesComeBeforeTopicMatches()
    {
        QAbstractItemModelTester tester(&m_filter,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        addRoom(m_source, "Lunch", "where to eat");
        addRoom(m_source, "Planning lunch", "");
        // "lunch": the topic of Café Chat, a name's second word, a name's start.
        m_filter.setFilterText("lunch");
        QCOMPARE(names(m_filter), QStringList({"Lunch", "Planning lunch", "Café Chat"}));
        m_filter.setFilterText({});
        QCOMPARE(names(m_filter), QStringList({"Café Chat", "engineering", "Release Planning",
                                               "Lunch", "Planning lunch"}));
    }

    void joinedRoomsOnlyLeavesOutInvites()
    {
        m_filter.setJoinedRoomsOnly(true);
        QCOMPARE(names(m_filter), QStringList({"Café Chat", "engineering"}));
        QCOMPARE(m_filter.roomIdAt(1), QString("engineering"));
    }

private:
    QStandardItemModel m_source;
    RoomFilterModel m_filter;
};

QTEST_GUILESS_MAIN(TestRoomFilterModel)
#include "tst_roomfiltermodel.moc"
