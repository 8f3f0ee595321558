#include "matrix/MatrixId.h"

#include <QTest>

using atrium::matrix::MatrixId;

class TestMatrixId : public QObject
{
    Q_OBJECT

private slots:
    void userIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "@alice:example.org" << true;
        QTest::newRow("with port") << "@alice:example.org:8448" << true;
        QTest::newRow("no sigil") << "alice:example.org" << false;
        QTest::newRow("room id") << "!abc:example.org" << false;
        QTest::newRow("no server") << "@alice" << false;
        QTest::newRow("empty server") << "@alice:" << false;
        QTest::newRow("empty localpart") << "@:example.org" << false;
        QTest::newRow("empty") << "" << false;
    }
    void userIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(MatrixId::isUserId(id), valid);
    }

    void roomIdsAndAliasesAreTold()
    {
        QVERIFY(MatrixId::isRoomId("!abc:example.org"));
        QVERIFY(!MatrixId::isRoomId("#room:example.org"));
        QVERIFY(MatrixId::isRoomAlias("#room:example.org"));
        QVERIFY(!MatrixId::isRoomAlias("!abc:example.org"));
        QVERIFY(!MatrixId::isRoomAlias("#room"));
    }

    void localpartAndServerNameAreSplitAtFirstColon()
    {
        QCOMPARE(MatrixId::localpart("@alice:example.org"), QString("alice"));
        QCOMPARE(MatrixId::serverName("@alice:example.org"), QString("example.org"));
        QCOMPARE(MatrixId::serverName("@alice:example.org:8448"), QString("example.org:8448"));
        QCOMPARE(MatrixId::serverName("!abc:[::1]:8448"), QString("[::1]:8448"));
    }

    void idWithoutServerHasNoServerName()
    {
        QCOMPARE(MatrixId::serverName("@alice"), QString());
        QCOMPARE(MatrixId::localpart("@alice"), QString("alice"));
    }

    void localpartIsQualifiedWithServer()
    {
        QCOMPARE(MatrixId::qualifyUser("alice", "example.org"), QString("@alice:example.org"));
        QCOMPARE(MatrixId::qualifyUser("@alice", "example.org"), QString("@alice:example.org"));
    }

    void fullUserIdPassesThrough()
    {
        QCOMPARE(MatrixId::qualifyUser("@alice:other.org", "example.org"),
                 QString("@alice:other.org"));
    }
};

QTEST_GUILESS_MAIN(TestMatrixId)
#include "tst_matrixid.moc"
