// The settings' "Sessions" section against real sessions on the test
// homeserver: listing the account's devices, renaming one, signing one out
// through user-interactive authentication (a wrong password is refused, the
// right one works) and a SAS verification marking the device verified.
#include "TestHomeserver.h"
#include "TestSession.h"
#include "models/DevicesController.h"
#include "models/VerificationController.h"
#include "models/Verifications.h"
#include "sync/EncryptionService.h"
#include "sync/KeyVerification.h"
#include "sync/VerificationService.h"

#include <QAbstractItemModelTester>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace atrium;
using atrium::models::DeviceListModel;
using atrium::models::DevicesController;
using atrium::models::VerificationController;
using atrium::models::Verifications;
using atrium::sync::KeyVerification;
using atrium::sync::VerificationService;

namespace {

QVariant role(DevicesController &controller, const QString &deviceId, int role)
{
    DeviceListModel *model = controller.devices();
    const int row = model->rowOfDevice(deviceId);
    return row < 0 ? QVariant() : model->index(row).data(role);
}

} // namespace

class DevicesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.serverOutput())); }

    void listRenameAndSignOutWithPassword()
    {
        test::TestSession phone, laptop, tablet;
        QVERIFY(phone.signUp(m_server.url(), "dev-owner"));
        QVERIFY(laptop.signIn(m_server.url(), "dev-owner"));
        QVERIFY(tablet.signIn(m_server.url(), "dev-owner"));

        DevicesController controller(&phone.session());
        QAbstractItemModelTester tester(controller.devices(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        controller.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(controller.devices()->rowCount(), 3, 15'000);
        QTRY_VERIFY(!controller.busy());
        QCOMPARE(controller.error(), QString());
        const QModelIndex first = controller.devices()->index(0);
        QCOMPARE(first.data(DeviceListModel::DeviceIdRole).toString(), phone->deviceId());
        QVERIFY(first.data(DeviceListModel::CurrentRole).toBool());
        QVERIFY(controller.devices()->rowOfDevice(laptop->deviceId()) > 0);
        QVERIFY(controller.devices()->rowOfDevice(tablet->deviceId()) > 0);

        // Rename the laptop: the server keeps the name, as a fresh list shows.
        QSignalSpy renamed(&controller, &DevicesController::renamed);
        controller.rename(laptop->deviceId(), "  Work laptop ");
        QTRY_COMPARE_WITH_TIMEOUT(renamed.size(), 1, 15'000);
        QCOMPARE(role(controller, laptop->deviceId(), DeviceListModel::DisplayNameRole).toString(),
                 QString("Work laptop"));
        DevicesController fromLaptop(&laptop.session());
        fromLaptop.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(fromLaptop.devices()->rowCount(), 3, 15'000);
        QCOMPARE(role(fromLaptop, laptop->deviceId(), DeviceListModel::DisplayNameRole).toString(),
                 QString("Work laptop"));
        QVERIFY(role(fromLaptop, laptop->deviceId(), DeviceListModel::CurrentRole).toBool());

        // This device is not signed out from the list.
        controller.signOut(phone->deviceId());
        QVERIFY(!controller.error().isEmpty());
        QCOMPARE(controller.signingOutDevice(), QString());

        // Sign the tablet out: the server asks for the password first. (Once it is signed out, the
        // tablet's own session forgets its id.)
        const QString tabletId = tablet->deviceId();
        QSignalSpy passwordRequired(&controller, &DevicesController::passwordRequired);
        QSignalSpy signedOut(&controller, &DevicesController::signedOut);
        controller.signOut(tabletId);
        QTRY_COMPARE_WITH_TIMEOUT(passwordRequired.size(), 1, 15'000);
        QCOMPARE(passwordRequired.first().first().toString(), tabletId);
        QCOMPARE(controller.signingOutDevice(), tabletId);
        QCOMPARE(controller.error(), QString());

        controller.submitPassword("not-the-password");
        QTRY_VERIFY_WITH_TIMEOUT(!controller.passwordError().isEmpty(), 15'000);
        QTRY_VERIFY(!controller.busy());
        QCOMPARE(signedOut.size(), 0);
        QCOMPARE(controller.signingOutDevice(), tabletId);
        QCOMPARE(controller.devices()->rowCount(), 3);

        controller.submitPassword("pw-dev-owner");
        QTRY_COMPARE_WITH_TIMEOUT(signedOut.size(), 1, 15'000);
        QCOMPARE(signedOut.first().first().toString(), tabletId);
        QCOMPARE(controller.passwordError(), QString());
        QCOMPARE(controller.signingOutDevice(), QString());
        QCOMPARE(controller.devices()->rowOfDevice(tabletId), -1);

        // The server agrees.
        controller.refresh();
        QTRY_VERIFY(!controller.busy());
        QTRY_COMPARE_WITH_TIMEOUT(controller.devices()->rowCount(), 2, 15'000);
        QCOMPARE(controller.devices()->rowOfDevice(tabletId), -1);
    }

    void cancelledSignOutSignsNothingOut()
    {
        test::TestSession phone, laptop;
        QVERIFY(phone.signUp(m_server.url(), "dev-cancel"));
        QVERIFY(laptop.signIn(m_server.url(), "dev-cancel"));
        DevicesController controller(&phone.session());
        QSignalSpy passwordRequired(&controller, &DevicesController::passwordRequired);
        controller.signOut(laptop->deviceId());
        QTRY_COMPARE_WITH_TIMEOUT(passwordRequired.size(), 1, 15'000);
        controller.cancelSignOut();
        QCOMPARE(controller.signingOutDevice(), QString());
        controller.submitPassword("pw-dev-cancel"); // nothing pending: ignored
        controller.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(controller.devices()->rowCount(), 2, 15'000);
    }

    void mismatchCancelsBothWithTheReason()
    {
        test::TestSession phone, laptop;
        QVERIFY(phone.signUp(m_server.url(), "dev-mismatch"));
        QVERIFY(laptop.signIn(m_server.url(), "dev-mismatch"));
        QTRY_VERIFY_WITH_TIMEOUT(phone->encryption()->hasPublishedKeys(), 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(laptop->encryption()->hasPublishedKeys(), 15'000);
        QSignalSpy received(laptop->encryption()->verification(),
                            &VerificationService::requestReceived);
        VerificationController phoneDialog(phone->encryption()->verification()->verify(
            laptop->userId(), laptop->deviceId(), VerificationService::Flow::Request));
        QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), 15'000);
        VerificationController laptopDialog(received.first().first().value<KeyVerification *>());
        laptopDialog.accept();
        QTRY_COMPARE_WITH_TIMEOUT(laptopDialog.step(), QString("comparing"), 15'000);
        laptopDialog.mismatch();
        QTRY_COMPARE_WITH_TIMEOUT(phoneDialog.step(), QString("cancelled"), 15'000);
        QCOMPARE(laptopDialog.step(), QString("cancelled"));
        QCOMPARE(phoneDialog.cancelReason(), laptopDialog.cancelReason());
        QVERIFY(!phoneDialog.cancelReason().isEmpty());
    }

    void theDialogsVerificationComesAndGoes()
    {
        // Verifications: what the verification dialog shows, on both sessions.
        test::TestSession phone, laptop;
        QVERIFY(phone.signUp(m_server.url(), "dev-dialog"));
        QVERIFY(laptop.signIn(m_server.url(), "dev-dialog"));
        QTRY_VERIFY_WITH_TIMEOUT(phone->encryption()->hasPublishedKeys(), 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(laptop->encryption()->hasPublishedKeys(), 15'000);
        Verifications onPhone(&phone.session()), onLaptop(&laptop.session());
        DevicesController phoneDevices(&phone.session());
        phoneDevices.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(phoneDevices.devices()->rowCount(), 2, 15'000);
        QSignalSpy asked(&onLaptop, &Verifications::requestReceived);
        onPhone.verifyDevice(laptop->deviceId());
        QVERIFY(onPhone.current());
        QCOMPARE(onPhone.current()->step(), QString("waiting"));
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 15'000);
        QCOMPARE(onLaptop.current()->step(), QString("incoming"));
        onLaptop.current()->accept();
        QTRY_COMPARE_WITH_TIMEOUT(onPhone.current()->step(), QString("comparing"), 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(onLaptop.current()->step(), QString("comparing"), 15'000);
        QCOMPARE(onPhone.current()->emoji(), onLaptop.current()->emoji());
        onPhone.current()->match();
        onLaptop.current()->match();
        QTRY_COMPARE_WITH_TIMEOUT(onPhone.current()->step(), QString("verified"), 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(onLaptop.current()->step(), QString("verified"), 15'000);
        // The sessions list follows without a refresh.
        QTRY_VERIFY(role(phoneDevices, laptop->deviceId(), DeviceListModel::VerifiedRole).toBool());
        onPhone.dismiss();
        QVERIFY(!onPhone.current());
    }

    void verifiedDeviceIsMarked()
    {
        test::TestSession phone, laptop;
        QVERIFY(phone.signUp(m_server.url(), "dev-verify"));
        QVERIFY(laptop.signIn(m_server.url(), "dev-verify"));
        QTRY_VERIFY_WITH_TIMEOUT(phone->encryption()->hasPublishedKeys(), 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(laptop->encryption()->hasPublishedKeys(), 15'000);

        DevicesController controller(&phone.session());
        controller.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(controller.devices()->rowCount(), 2, 15'000);
        QTRY_VERIFY(!controller.busy());
        QVERIFY(!role(controller, laptop->deviceId(), DeviceListModel::VerifiedRole).toBool());

        QSignalSpy received(laptop->encryption()->verification(),
                            &VerificationService::requestReceived);
        QPointer<KeyVerification> mine = phone->encryption()->verification()->verify(
            laptop->userId(), laptop->deviceId(), VerificationService::Flow::Direct);
        QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), 15'000);
        QPointer<KeyVerification> theirs = received.first().first().value<KeyVerification *>();
        QVERIFY(theirs);
        // Both dialogs' controllers: the laptop accepts, both compare the
        // same seven emoji and numbers and confirm.
        VerificationController phoneDialog(mine), laptopDialog(theirs);
        QCOMPARE(laptopDialog.step(), QString("incoming"));
        QVERIFY(laptopDialog.incoming());
        QCOMPARE(laptopDialog.deviceId(), phone->deviceId());
        QCOMPARE(phoneDialog.step(), QString("waiting"));
        laptopDialog.accept();
        QTRY_COMPARE_WITH_TIMEOUT(phoneDialog.step(), QString("comparing"), 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(laptopDialog.step(), QString("comparing"), 15'000);
        QCOMPARE(phoneDialog.emoji().size(), 7);
        QCOMPARE(phoneDialog.emoji(), laptopDialog.emoji());
        QVERIFY(!phoneDialog.emoji().first().toMap().value("name").toString().isEmpty());
        QCOMPARE(phoneDialog.decimals().split(' ').size(), 3);
        QCOMPARE(phoneDialog.decimals(), laptopDialog.decimals());
        phoneDialog.match();
        QTRY_COMPARE(phoneDialog.step(), QString("confirmed"));
        laptopDialog.match();
        QTRY_COMPARE_WITH_TIMEOUT(phoneDialog.step(), QString("verified"), 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(laptopDialog.step(), QString("verified"), 15'000);
        QCOMPARE(phoneDialog.cancelReason(), QString());

        // Live, from the verification service …
        QTRY_VERIFY_WITH_TIMEOUT(
            role(controller, laptop->deviceId(), DeviceListModel::VerifiedRole).toBool(), 15'000);
        // … and from the crypto store for a fresh list.
        DevicesController fresh(&phone.session());
        fresh.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(fresh.devices()->rowCount(), 2, 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(
            role(fresh, laptop->deviceId(), DeviceListModel::VerifiedRole).toBool(), 15'000);
        QVERIFY(!role(fresh, phone->deviceId(), DeviceListModel::VerifiedRole).toBool());
    }

private:
    test::TestHomeserver m_server;
};

QTEST_GUILESS_MAIN(DevicesTest)
#include "tst_devices.moc"
