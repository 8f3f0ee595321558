#include "VerificationController.h"

#include <QCoreApplication>

namespace atrium::models {

namespace {

// The names of the spec's emoji table, for the translators (lupdate).
[[maybe_unused]] const char *const EmojiNames[] = {
    QT_TRANSLATE_NOOP("SasEmoji", "Dog"),       QT_TRANSLATE_NOOP("SasEmoji", "Cat"),
    QT_TRANSLATE_NOOP("SasEmoji", "Lion"),      QT_TRANSLATE_NOOP("SasEmoji", "Horse"),
    QT_TRANSLATE_NOOP("SasEmoji", "Unicorn"),   QT_TRANSLATE_NOOP("SasEmoji", "Pig"),
    QT_TRANSLATE_NOOP("SasEmoji", "Elephant"),  QT_TRANSLATE_NOOP("SasEmoji", "Rabbit"),
    QT_TRANSLATE_NOOP("SasEmoji", "Panda"),     QT_TRANSLATE_NOOP("SasEmoji", "Rooster"),
    QT_TRANSLATE_NOOP("SasEmoji", "Penguin"),   QT_TRANSLATE_NOOP("SasEmoji", "Turtle"),
    QT_TRANSLATE_NOOP("SasEmoji", "Fish"),      QT_TRANSLATE_NOOP("SasEmoji", "Octopus"),
    QT_TRANSLATE_NOOP("SasEmoji", "Butterfly"), QT_TRANSLATE_NOOP("SasEmoji", "Flower"),
    QT_TRANSLATE_NOOP("SasEmoji", "Tree"),      QT_TRANSLATE_NOOP("SasEmoji", "Cactus"),
    QT_TRANSLATE_NOOP("SasEmoji", "Mushroom"),  QT_TRANSLATE_NOOP("SasEmoji", "Globe"),
    QT_TRANSLATE_NOOP("SasEmoji", "Moon"),      QT_TRANSLATE_NOOP("SasEmoji", "Cloud"),
    QT_TRANSLATE_NOOP("SasEmoji", "Fire"),      QT_TRANSLATE_NOOP("SasEmoji", "Banana"),
    QT_TRANSLATE_NOOP("SasEmoji", "Apple"),     QT_TRANSLATE_NOOP("SasEmoji", "Strawberry"),
    QT_TRANSLATE_NOOP("SasEmoji", "Corn"),      QT_TRANSLATE_NOOP("SasEmoji", "Pizza"),
    QT_TRANSLATE_NOOP("SasEmoji", "Cake"),      QT_TRANSLATE_NOOP("SasEmoji", "Heart"),
    QT_TRANSLATE_NOOP("SasEmoji", "Smiley"),    QT_TRANSLATE_NOOP("SasEmoji", "Robot"),
    QT_TRANSLATE_NOOP("SasEmoji", "Hat"),       QT_TRANSLATE_NOOP("SasEmoji", "Glasses"),
    QT_TRANSLATE_NOOP("SasEmoji", "Spanner"),   QT_TRANSLATE_NOOP("SasEmoji", "Santa"),
    QT_TRANSLATE_NOOP("SasEmoji", "Thumbs Up"), QT_TRANSLATE_NOOP("SasEmoji", "Umbrella"),
    QT_TRANSLATE_NOOP("SasEmoji", "Hourglass"), QT_TRANSLATE_NOOP("SasEmoji", "Clock"),
    QT_TRANSLATE_NOOP("SasEmoji", "Gift"),      QT_TRANSLATE_NOOP("SasEmoji", "Light Bulb"),
    QT_TRANSLATE_NOOP("SasEmoji", "Book"),      QT_TRANSLATE_NOOP("SasEmoji", "Pencil"),
    QT_TRANSLATE_NOOP("SasEmoji", "Paperclip"), QT_TRANSLATE_NOOP("SasEmoji", "Scissors"),
    QT_TRANSLATE_NOOP("SasEmoji", "Lock"),      QT_TRANSLATE_NOOP("SasEmoji", "Key"),
    QT_TRANSLATE_NOOP("SasEmoji", "Hammer"),    QT_TRANSLATE_NOOP("SasEmoji", "Telephone"),
    QT_TRANSLATE_NOOP("SasEmoji", "Flag"),      QT_TRANSLATE_NOOP("SasEmoji", "Train"),
    QT_TRANSLATE_NOOP("SasEmoji", "Bicycle"),   QT_TRANSLATE_NOOP("SasEmoji", "Aeroplane"),
    QT_TRANSLATE_NOOP("SasEmoji", "Rocket"),    QT_TRANSLATE_NOOP("SasEmoji", "Trophy"),
    QT_TRANSLATE_NOOP("SasEmoji", "Ball"),      QT_TRANSLATE_NOOP("SasEmoji", "Guitar"),
    QT_TRANSLATE_NOOP("SasEmoji", "Trumpet"),   QT_TRANSLATE_NOOP("SasEmoji", "Bell"),
    QT_TRANSLATE_NOOP("SasEmoji", "Anchor"),    QT_TRANSLATE_NOOP("SasEmoji", "Headphones"),
    QT_TRANSLATE_NOOP("SasEmoji", "Folder"),    QT_TRANSLATE_NOOP("SasEmoji", "Pin"),
};

} // namespace

VerificationController::VerificationController(sync::KeyVerification *verification, QObject *parent)
    : QObject(parent), m_verification(verification)
{
    if (verification) {
        connect(verification, &sync::KeyVerification::stateChanged, this,
                &VerificationController::changed);
        connect(verification, &QObject::destroyed, this, &VerificationController::changed);
    }
}

QString VerificationController::step() const
{
    if (!m_verification)
        return QStringLiteral("cancelled");
    switch (m_verification->state()) {
    case sync::KeyVerification::State::Waiting:
        return QStringLiteral("waiting");
    case sync::KeyVerification::State::Incoming:
        return QStringLiteral("incoming");
    case sync::KeyVerification::State::Comparing:
        return QStringLiteral("comparing");
    case sync::KeyVerification::State::Confirmed:
        return QStringLiteral("confirmed");
    case sync::KeyVerification::State::Verified:
        return QStringLiteral("verified");
    case sync::KeyVerification::State::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

QString VerificationController::userId() const
{
    return m_verification ? m_verification->userId() : QString();
}

QString VerificationController::deviceId() const
{
    return m_verification ? m_verification->deviceId() : QString();
}

bool VerificationController::incoming() const
{
    return m_verification && m_verification->incoming();
}

QVariantList VerificationController::emoji() const
{
    QVariantList list;
    if (!m_verification)
        return list;
    for (const crypto::SasEmoji &emoji : m_verification->emoji())
        list.append(QVariantMap{{"emoji", emoji.emoji}, {"name", translatedName(emoji.name)}});
    return list;
}

QString VerificationController::decimals() const
{
    QStringList groups;
    if (m_verification)
        for (int number : m_verification->decimals())
            groups << QString::number(number);
    return groups.join(QLatin1Char(' '));
}

QString VerificationController::cancelReason() const
{
    if (!m_verification)
        return tr("The verification is no longer running.");
    if (m_verification->state() != sync::KeyVerification::State::Cancelled)
        return {};
    const QString code = m_verification->cancelCode();
    if (code == QLatin1String("m.mismatched_sas"))
        return tr("The emoji did not match.");
    if (code == QLatin1String("m.timeout"))
        return tr("The verification took too long.");
    if (code == QLatin1String("m.user"))
        return m_verification->cancelledByThem() ? tr("The other side cancelled.")
                                                 : tr("You cancelled.");
    const QString reason = m_verification->cancelReason();
    return reason.isEmpty() ? code : tr("%1 (%2)").arg(reason, code);
}

void VerificationController::accept()
{
    if (m_verification)
        m_verification->accept();
}

void VerificationController::decline()
{
    cancel();
}

void VerificationController::match()
{
    if (m_verification)
        m_verification->confirm();
}

void VerificationController::mismatch()
{
    if (m_verification)
        m_verification->mismatch();
}

void VerificationController::cancel()
{
    if (m_verification)
        m_verification->cancel();
}

QString VerificationController::translatedName(const QString &englishName)
{
    return QCoreApplication::translate("SasEmoji", englishName.toUtf8().constData());
}

} // namespace atrium::models
