#pragma once

#include "sync/KeyVerification.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>

namespace atrium::models {

// One SAS verification as the verification dialog shows it: its step as a
// string ("waiting", "incoming", "comparing", "confirmed", "verified",
// "cancelled"), the seven emoji with their names in the user's language
// (the spec's table, context "SasEmoji"), the three decimal groups, and
// what cancelled it. Wraps a KeyVerification the VerificationService owns;
// once that is gone the controller reads "cancelled".
class VerificationController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString step READ step NOTIFY changed)
    Q_PROPERTY(QString userId READ userId NOTIFY changed)
    Q_PROPERTY(QString deviceId READ deviceId NOTIFY changed)
    Q_PROPERTY(bool incoming READ incoming NOTIFY changed)
    // [{emoji, name}], seven entries while comparing.
    Q_PROPERTY(QVariantList emoji READ emoji NOTIFY changed)
    // "1234 5678 9012", empty until comparing.
    Q_PROPERTY(QString decimals READ decimals NOTIFY changed)
    Q_PROPERTY(QString cancelReason READ cancelReason NOTIFY changed)
public:
    explicit VerificationController(sync::KeyVerification *verification, QObject *parent = nullptr);

    QString step() const;
    QString userId() const;
    QString deviceId() const;
    bool incoming() const;
    QVariantList emoji() const;
    QString decimals() const;
    QString cancelReason() const;

    Q_INVOKABLE void accept();
    Q_INVOKABLE void decline();
    Q_INVOKABLE void match();
    Q_INVOKABLE void mismatch();
    Q_INVOKABLE void cancel();

    // An emoji name of the spec's table in the user's language.
    static QString translatedName(const QString &englishName);

signals:
    void changed();

private:
    QPointer<sync::KeyVerification> m_verification;
};

} // namespace atrium::models
