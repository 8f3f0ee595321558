#include "models/DeviceListModel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace atrium::models;

namespace {

QJsonArray devicesJson()
{
    return QJsonDocument::fromJson(R"([
        {"device_id":"OLD","display_name":"Old phone","last_seen_ip":"10.0.0.2",
         "last_seen_ts":1700000000000},
        {"device_id":"NEVER"},
        {"display_name":"no id, skipped"},
        {"device_id":"THIS","display_name":"Atrium","last_seen_ts":1600000000000},
        {"device_id":"NEW","display_name":"Laptop","last_seen_ip":"10.0.0.3",
         "last_seen_ts":1800000000000}
    ])")
        .array();
}

QStringList order(const DeviceListModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row).data(DeviceListModel::DeviceIdRole).toString();
    return ids;
}

} // namespace

class TestDeviceListModel : public QObject
{
    Q_OBJECT

private slots:
    void thisDeviceFirstThenMostRecentlySeen()
    {
        DeviceListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy count(&model, &DeviceListModel::countChanged);
        model.setDevices(devicesJson(), "THIS");
        QCOMPARE(order(model), QStringList({"THIS", "NEW", "OLD", "NEVER"}));
        QCOMPARE(count.size(), 1);
        const QModelIndex first = model.index(0);
        QVERIFY(first.data(DeviceListModel::CurrentRole).toBool());
        QVERIFY(!model.index(1).data(DeviceListModel::CurrentRole).toBool());
        const QModelIndex old = model.index(2);
        QCOMPARE(old.data(DeviceListModel::DisplayNameRole).toString(), QString("Old phone"));
        QCOMPARE(old.data(DeviceListModel::LastSeenIpRole).toString(), QString("10.0.0.2"));
        QCOMPARE(old.data(DeviceListModel::LastSeenRole).toDateTime().toMSecsSinceEpoch(),
                 qint64(1700000000000));
        const QModelIndex never = model.index(3);
        QVERIFY(!never.data(DeviceListModel::LastSeenRole).toDateTime().isValid());
        // Without a name the id is what a view shows.
        QCOMPARE(never.data(Qt::DisplayRole).toString(), QString("NEVER"));
    }

    void verifiedStateSurvivesAReload()
    {
        DeviceListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDevices(devicesJson(), "THIS");
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setVerifiedDevices({"THIS"});
        model.setVerified("OLD", true);
        QVERIFY(changed.size() >= 2);
        QCOMPARE(changed.last().at(0).toModelIndex().row(), model.rowOfDevice("OLD"));
        model.setDevices(devicesJson(), "THIS");
        QVERIFY(model.index(model.rowOfDevice("OLD")).data(DeviceListModel::VerifiedRole).toBool());
        QVERIFY(
            !model.index(model.rowOfDevice("NEW")).data(DeviceListModel::VerifiedRole).toBool());
        model.setVerified("OLD", false);
        QVERIFY(
            !model.index(model.rowOfDevice("OLD")).data(DeviceListModel::VerifiedRole).toBool());
    }

    void renameAndRemoveTouchOneRow()
    {
        DeviceListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDevices(devicesJson(), "THIS");
        model.setDisplayName("NEVER", "Tablet");
        QCOMPARE(model.index(3).data(Qt::DisplayRole).toString(), QString("Tablet"));
        QSignalSpy count(&model, &DeviceListModel::countChanged);
        model.remove("NEW");
        model.remove("UNKNOWN");
        QCOMPARE(order(model), QStringList({"THIS", "OLD", "NEVER"}));
        QCOMPARE(count.size(), 1);
        QCOMPARE(model.rowOfDevice("NEW"), -1);
    }
};

QTEST_GUILESS_MAIN(TestDeviceListModel)
#include "tst_devicelistmodel.moc"
