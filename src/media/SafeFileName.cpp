#include "SafeFileName.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace atrium::media {

namespace {

constexpr int MaxNameBytes = 255;

bool isRemoved(QChar::Category category)
{
    // Cc: C0/C1 controls and DEL. Cf: bidi overrides (U+202E turns
    // "photo\u202Egpj.exe" into "photoexe.jpg" on screen), zero-width
    // characters, soft hyphens. Cs/Co/Cn: lone surrogates, private and
    // unassigned code points.
    switch (category) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
        return true;
    default:
        return false;
    }
}

// The longest prefix of `text` within `budget` bytes of UTF-8, whole
// characters only.
QString prefixWithin(const QString &text, int budget)
{
    QString kept;
    int bytes = 0;
    const auto points = text.toUcs4();
    for (char32_t point : points) {
        const QString character = QString::fromUcs4(&point, 1);
        bytes += int(character.toUtf8().size());
        if (bytes > budget)
            break;
        kept += character;
    }
    return kept;
}

// Cuts `name` to MaxNameBytes of UTF-8, keeping a short extension.
QString truncated(const QString &name)
{
    if (name.toUtf8().size() <= MaxNameBytes)
        return name;
    const int dot = int(name.lastIndexOf(QLatin1Char('.')));
    const QString extension = dot > 0 && name.size() - dot <= 16 ? name.mid(dot) : QString();
    const QString stem = name.left(name.size() - extension.size());
    return prefixWithin(stem, MaxNameBytes - int(extension.toUtf8().size())) + extension;
}

} // namespace

QString SafeFileName::sanitize(const QString &untrusted, const QString &fallback)
{
    // Only the last component of anything that looks like a path, in
    // either separator style: "../../.ssh/authorized_keys" → "authorized_keys".
    QString name = untrusted;
    const int slash =
        int(qMax(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\'))));
    if (slash >= 0)
        name = name.mid(slash + 1);

    QString clean;
    const auto points = name.toUcs4();
    for (char32_t point : points) {
        if (QChar::isSpace(point)) {
            clean += QLatin1Char(' '); // tabs, line separators … become a plain space
            continue;
        }
        if (isRemoved(QChar::category(point)))
            continue;
        // Characters other systems reserve, and the path separators.
        if (point < 0x80 && QByteArrayView("<>:\"|?*").contains(char(point))) {
            clean += QLatin1Char('_');
            continue;
        }
        clean += QString::fromUcs4(&point, 1);
    }

    clean = clean.simplified();
    // No hidden files and no "." or "..": leading dots go.
    while (clean.startsWith(QLatin1Char('.')))
        clean.remove(0, 1);
    // Windows drops trailing dots and spaces, so "a.exe." would run as a.exe.
    while (clean.endsWith(QLatin1Char('.')) || clean.endsWith(QLatin1Char(' ')))
        clean.chop(1);
    clean = clean.trimmed();

    static const QRegularExpression reserved(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(clean).hasMatch())
        clean.prepend(QLatin1Char('_'));

    clean = truncated(clean);
    return clean.isEmpty() ? fallback : clean;
}

QString SafeFileName::freePath(const QString &directory, const QString &name)
{
    const QDir dir(directory);
    QString candidate = dir.filePath(name);
    if (!QFileInfo::exists(candidate) && !QFileInfo(candidate).isSymLink())
        return candidate;
    const int dot = int(name.lastIndexOf(QLatin1Char('.')));
    const QString stem = dot > 0 ? name.left(dot) : name;
    const QString extension = dot > 0 ? name.mid(dot) : QString();
    for (int n = 1;; ++n) {
        // The counter must survive truncation, or this would never end.
        const QString suffix = QStringLiteral(" (%1)%2").arg(n).arg(extension);
        candidate =
            dir.filePath(prefixWithin(stem, MaxNameBytes - int(suffix.toUtf8().size())) + suffix);
        if (!QFileInfo::exists(candidate) && !QFileInfo(candidate).isSymLink())
            return candidate;
    }
}

} // namespace atrium::media
