// The transfers the views show: a row per key, progress, the end state
// kept until the next transfer of that key, old finished rows dropped.
#include "models/TransferModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using atrium::models::TransferModel;

namespace {

QVariant value(const TransferModel &model, const QString &key, int role)
{
    const int row = model.rowOfKey(key);
    return row < 0 ? QVariant() : model.index(row).data(role);
}

} // namespace

class TransferModelTest : public QObject
{
    Q_OBJECT
private slots:
    void progressThenSuccess()
    {
        TransferModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy running(&model, &TransferModel::runningCountChanged);
        model.start("file:mxc://hs/a", "save", "a.pdf");
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.runningCount(), 1);
        QVERIFY(model.isRunning("file:mxc://hs/a"));
        QCOMPARE(value(model, "file:mxc://hs/a", TransferModel::ProgressRole).toDouble(), -1.0);
        model.setProgress("file:mxc://hs/a", 25, 100);
        QCOMPARE(value(model, "file:mxc://hs/a", TransferModel::ProgressRole).toDouble(), 0.25);
        QCOMPARE(value(model, "file:mxc://hs/a", TransferModel::BytesDoneRole).toLongLong(),
                 qint64(25));
        model.finish("file:mxc://hs/a", "succeeded", {}, "/tmp/a.pdf");
        QCOMPARE(model.runningCount(), 0);
        QCOMPARE(running.size(), 2);
        QCOMPARE(value(model, "file:mxc://hs/a", TransferModel::StateRole).toString(),
                 QStringLiteral("succeeded"));
        QCOMPARE(value(model, "file:mxc://hs/a", TransferModel::FilePathRole).toString(),
                 QStringLiteral("/tmp/a.pdf"));
        QCOMPARE(value(model, "file:mxc://hs/a", TransferModel::ProgressRole).toDouble(), 1.0);
        // Progress after the end changes nothing.
        model.setProgress("file:mxc://hs/a", 1, 100);
        QCOMPARE(value(model, "file:mxc://hs/a", TransferModel::BytesDoneRole).toLongLong(),
                 qint64(25));
    }

    void aNewTransferReplacesTheFinishedOneOfItsKey()
    {
        TransferModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.start("k", "open", "a");
        model.finish("k", "failed", "the server has no such file");
        QCOMPARE(value(model, "k", TransferModel::ErrorRole).toString(),
                 QStringLiteral("the server has no such file"));
        model.start("k", "save", "a");
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(value(model, "k", TransferModel::StateRole).toString(), QStringLiteral("running"));
        QVERIFY(value(model, "k", TransferModel::ErrorRole).toString().isEmpty());
        QCOMPARE(value(model, "k", TransferModel::PurposeRole).toString(), QStringLiteral("save"));
    }

    void removedRowsAreGone()
    {
        TransferModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.start("upload:1", "upload", {});
        model.start("upload:2", "upload", {});
        model.remove("upload:1");
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOfKey("upload:1"), -1);
        QCOMPARE(model.rowOfKey("upload:2"), 0);
        QCOMPARE(model.runningCount(), 1);
        model.remove("unknown");
        QCOMPARE(model.rowCount(), 1);
    }

    void oldFinishedRowsAreDroppedNotRunningOnes()
    {
        TransferModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.start("running", "upload", {});
        for (int i = 0; i < TransferModel::MaxFinished + 10; ++i) {
            const QString key = QStringLiteral("image/%1").arg(i);
            model.start(key, "image", {});
            model.finish(key, "succeeded");
        }
        QCOMPARE(model.rowCount(), TransferModel::MaxFinished + 1);
        QVERIFY(model.isRunning("running"));
        QCOMPARE(model.rowOfKey("image/0"), -1);
        QVERIFY(model.rowOfKey(QStringLiteral("image/%1").arg(TransferModel::MaxFinished + 9)) >=
                0);
    }
};

QTEST_GUILESS_MAIN(TransferModelTest)
#include "tst_transfermodel.moc"
