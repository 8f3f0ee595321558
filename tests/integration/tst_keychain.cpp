// Secrets round-trip through the OS keychain (gnome-keyring over the Secret
// Service, which scripts/headless provides).
#include "store/KeychainSecretStore.h"

#include <QDeadlineTimer>
#include <QTest>

using namespace atrium;

class KeychainTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session: run through scripts/headless (scripts/run-tests does)");
    }

    void secretRoundTripsAndIsRemoved()
    {
        store::KeychainSecretStore keychain(QStringLiteral("atrium-test"));
        const QString key = QStringLiteral("@t:localhost/DEV/access_token");

        QString error = "pending";
        keychain.write(key, "s3cret", [&](const QString &e) { error = e; });
        QTRY_VERIFY_WITH_TIMEOUT(error != "pending", 10'000);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        std::optional<QString> value;
        error = "pending";
        keychain.read(key, [&](const std::optional<QString> &v, const QString &e) {
            value = v;
            error = e;
        });
        QTRY_VERIFY_WITH_TIMEOUT(error != "pending", 10'000);
        QCOMPARE(value.value_or("<none>"), QStringLiteral("s3cret"));

        error = "pending";
        keychain.remove(key, [&](const QString &e) { error = e; });
        QTRY_VERIFY_WITH_TIMEOUT(error != "pending", 10'000);
        QVERIFY(error.isEmpty());

        error = "pending";
        keychain.read(key, [&](const std::optional<QString> &v, const QString &e) {
            value = v;
            error = e;
        });
        QTRY_VERIFY_WITH_TIMEOUT(error != "pending", 10'000);
        QVERIFY(!value.has_value());
        QVERIFY(error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(KeychainTest)
#include "tst_keychain.moc"
