#include "MediaCache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <algorithm>

namespace atrium::media {

namespace {
constexpr auto EntrySuffix = ".media";
}

MediaCache::MediaCache(const QString &directory, qint64 maxBytes)
    : m_directory(directory), m_maxBytes(maxBytes)
{
    QDir().mkpath(directory);
}

void MediaCache::setMaxBytes(qint64 maxBytes)
{
    m_maxBytes = maxBytes;
    evictToFit();
}

QString MediaCache::pathFor(const QString &key) const
{
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    return QDir(m_directory)
        .filePath(QString::fromLatin1(hash.toHex()) + QLatin1String(EntrySuffix));
}

QString MediaCache::lookup(const QString &key) const
{
    const QString path = pathFor(key);
    QFile file(path);
    if (!file.exists())
        return {};
    // The modification time is the "last used" time the eviction orders by.
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return path;
}

QString MediaCache::insert(const QString &key, const QString &file)
{
    const QFileInfo info(file);
    if (!info.isFile() || info.size() > m_maxBytes)
        return {};
    const QString path = pathFor(key);
    QFile::remove(path);
    if (!QFile::rename(file, path))
        return {};
    QFile entry(path);
    if (entry.open(QIODevice::ReadWrite))
        entry.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    evictToFit();
    return QFileInfo::exists(path) ? path : QString();
}

QString MediaCache::temporaryPath() const
{
    return QDir(m_directory)
        .filePath(QStringLiteral(".part-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
}

qint64 MediaCache::sizeOnDisk() const
{
    qint64 total = 0;
    const auto entries =
        QDir(m_directory)
            .entryInfoList({QStringLiteral("*") + QLatin1String(EntrySuffix)}, QDir::Files);
    for (const QFileInfo &entry : entries)
        total += entry.size();
    return total;
}

void MediaCache::evictToFit()
{
    auto entries =
        QDir(m_directory)
            .entryInfoList({QStringLiteral("*") + QLatin1String(EntrySuffix)}, QDir::Files);
    qint64 total = 0;
    for (const QFileInfo &entry : entries)
        total += entry.size();
    if (total <= m_maxBytes)
        return;
    std::sort(entries.begin(), entries.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return a.lastModified() < b.lastModified();
    });
    for (const QFileInfo &entry : entries) {
        if (total <= m_maxBytes)
            break;
        if (QFile::remove(entry.filePath()))
            total -= entry.size();
    }
}

void MediaCache::clear()
{
    const auto entries = QDir(m_directory).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &entry : entries)
        QFile::remove(entry.filePath());
}

} // namespace atrium::media
