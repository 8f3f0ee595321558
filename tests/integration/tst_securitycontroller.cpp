// The settings' "Security" section against real sessions: cross-signing set
// up here or elsewhere (and reset with the password), a key backup created
// with its recovery key shown once and restored on another session, and
// recovery (secret storage) set up on one session and unlocked on another.
#include "TestHomeserver.h"
#include "TestSession.h"
#include "models/SecurityController.h"

#include <QTest>

using namespace atrium;
using atrium::models::SecurityController;

class SecurityControllerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.serverOutput())); }

    void setUpHereThenRestoreAndResetElsewhere()
    {
        test::TestSession phone, laptop;
        QVERIFY(phone.signUp(m_server.url(), "sec-ann"));
        QVERIFY(laptop.signIn(m_server.url(), "sec-ann"));
        SecurityController onPhone(&phone.session());
        onPhone.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(onPhone.crossSigning(), QString("none"), 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(onPhone.backup(), QString("none"), 15'000);

        onPhone.setUpCrossSigning();
        QTRY_COMPARE_WITH_TIMEOUT(onPhone.crossSigning(), QString("ready"), 15'000);
        QVERIFY(!onPhone.passwordRequired()); // a first setup needs none
        onPhone.createBackup();
        QTRY_VERIFY_WITH_TIMEOUT(!onPhone.recoveryKey().isEmpty(), 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(onPhone.backup(), QString("active"), 15'000);
        QCOMPARE(onPhone.error(), QString());
        const QString recoveryKey = onPhone.recoveryKey();
        onPhone.forgetRecoveryKey();
        QVERIFY(onPhone.recoveryKey().isEmpty());

        // The laptop sees both set up elsewhere.
        SecurityController onLaptop(&laptop.session());
        onLaptop.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(onLaptop.crossSigning(), QString("elsewhere"), 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(onLaptop.backup(), QString("elsewhere"), 15'000);
        // Setting up there does not replace the phone's keys: it says why.
        onLaptop.setUpCrossSigning();
        QTRY_VERIFY_WITH_TIMEOUT(!onLaptop.error().isEmpty(), 15'000);
        QVERIFY(!onLaptop.busy());

        // A wrong recovery key, then the right one.
        onLaptop.restoreBackup("EsSz ygLv VP1b xF1C v7kE eBQx MxDP buG5 w25T L3b6 hfyG Kkrd");
        QTRY_VERIFY_WITH_TIMEOUT(onLaptop.error().contains("does not belong"), 15'000);
        onLaptop.restoreBackup(recoveryKey);
        QTRY_COMPARE_WITH_TIMEOUT(onLaptop.backup(), QString("active"), 15'000);
        QCOMPARE(onLaptop.error(), QString());
        QVERIFY(onLaptop.restoreSummary().startsWith("Restored"));

        // Reset: the password is asked for, a wrong one refused, then it is ready here.
        onLaptop.resetCrossSigning();
        QTRY_VERIFY_WITH_TIMEOUT(onLaptop.passwordRequired(), 15'000);
        onLaptop.submitPassword("wrong");
        QTRY_VERIFY_WITH_TIMEOUT(onLaptop.passwordRequired() && !onLaptop.passwordError().isEmpty(),
                                 15'000);
        onLaptop.submitPassword("pw-sec-ann");
        QTRY_COMPARE_WITH_TIMEOUT(onLaptop.crossSigning(), QString("ready"), 15'000);
        QVERIFY(!onLaptop.passwordRequired());
        onPhone.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(onPhone.crossSigning(), QString("elsewhere"), 15'000);
    }

    void recoverySetUpHereUnlocksTheLaptop()
    {
        test::TestSession phone, laptop;
        QVERIFY(phone.signUp(m_server.url(), "sec-rec"));
        QVERIFY(laptop.signIn(m_server.url(), "sec-rec"));
        SecurityController onPhone(&phone.session());
        onPhone.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(onPhone.recovery(), QString("none"), 15'000);
        onPhone.setUpCrossSigning();
        QTRY_COMPARE_WITH_TIMEOUT(onPhone.crossSigning(), QString("ready"), 15'000);
        onPhone.setUpRecovery({}, false);
        QTRY_VERIFY_WITH_TIMEOUT(!onPhone.recoveryKey().isEmpty(), 15'000);
        // The backup it needed was made on the way.
        QTRY_COMPARE_WITH_TIMEOUT(onPhone.recovery(), QString("stored"), 15'000);
        QCOMPARE(onPhone.backup(), QString("active"));
        QCOMPARE(onPhone.error(), QString());

        SecurityController onLaptop(&laptop.session());
        onLaptop.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(onLaptop.recovery(), QString("locked"), 15'000);
        onLaptop.unlockRecovery("not the key");
        QTRY_VERIFY_WITH_TIMEOUT(onLaptop.error().contains("wrong"), 15'000);
        onLaptop.unlockRecovery(onPhone.recoveryKey());
        QTRY_COMPARE_WITH_TIMEOUT(onLaptop.recovery(), QString("stored"), 30'000);
        QCOMPARE(onLaptop.crossSigning(), QString("ready"));
        QCOMPARE(onLaptop.error(), QString());
        QVERIFY2(onLaptop.restoreSummary().contains("verified"),
                 qPrintable(onLaptop.restoreSummary()));
    }

private:
    test::TestHomeserver m_server;
};

QTEST_GUILESS_MAIN(SecurityControllerTest)
#include "tst_securitycontroller.moc"
