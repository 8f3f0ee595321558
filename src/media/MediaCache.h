#pragma once

#include <QString>

namespace atrium::media {

// Downloaded media and thumbnails on disk, bounded in size: when an insert
// takes it over the limit, the least recently used files go first. A key is
// hashed into the file name, so keys may be anything (an mxc URI plus a
// thumbnail size) and nothing from the network names a file. Encrypted
// attachments are cached as ciphertext and decrypted when used.
class MediaCache
{
public:
    MediaCache(const QString &directory, qint64 maxBytes);

    QString directory() const { return m_directory; }
    qint64 maxBytes() const { return m_maxBytes; }
    void setMaxBytes(qint64 maxBytes);

    // The cached file for `key`, marked as just used; empty if not cached.
    QString lookup(const QString &key) const;
    // Moves `file` into the cache (same file system: a rename) and evicts
    // as needed. Returns the cached path, or empty when the file is larger
    // than the whole cache or cannot be moved (it is then left where it was).
    QString insert(const QString &key, const QString &file);
    // A path in the cache's directory for a download in progress.
    QString temporaryPath() const;

    qint64 sizeOnDisk() const;
    void clear();

private:
    QString pathFor(const QString &key) const;
    void evictToFit();

    QString m_directory;
    qint64 m_maxBytes;
};

} // namespace atrium::media
