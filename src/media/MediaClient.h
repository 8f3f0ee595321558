#pragma once

#include "crypto/EncryptedFile.h"
#include "matrix/ApiRequest.h"
#include "matrix/ServerInfo.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace atrium::matrix {
class HttpClient;
}

namespace atrium::media {

class MediaCache;
class MediaDownload;
class MediaUpload;

// The content repository of one account's homeserver: uploads (checked
// against the server's m.upload.size first), downloads and thumbnails,
// through the authenticated /_matrix/client/v1/media API when the server
// speaks spec v1.11, else /_matrix/media/v3. Transfers stream to and from
// disk; they are children of this object and report through their signals.
class MediaClient : public QObject
{
    Q_OBJECT
public:
    explicit MediaClient(matrix::HttpClient *http, QObject *parent = nullptr);
    ~MediaClient() override;

    // What the session knows about the server. Without versions, the client
    // asks /versions itself before its first request.
    void setServerInfo(const matrix::ServerInfo &info);
    // Downloads without a destination and thumbnails go here.
    void setCache(const QString &directory, qint64 maxBytes);
    MediaCache *cache() const { return m_cache.get(); }

    // The server's upload limit in bytes (asked once, then remembered):
    // nullopt when it sets none or cannot be asked (the upload then finds out).
    void fetchUploadLimit(QObject *context, std::function<void(std::optional<qint64>)> done);

    // Starts uploading `path`. `contentType` and `fileName` describe the file
    // to the server. Delete the transfer when done with it.
    MediaUpload *upload(const QString &path, const QString &contentType, const QString &fileName);
    // Encrypts `path` with a fresh key (AttachmentCipher) and uploads the
    // ciphertext: the seam for files in encrypted rooms. The transfer's
    // encryptedFile() is the event's `file`.
    MediaUpload *uploadEncrypted(const QString &path);
    // Makes a thumbnail of the image or video at `path` (ImageThumbnail; a
    // video's frame from MediaProbe) and uploads
    // that, encrypted or not; the transfer's thumbnailInfo() describes it.
    MediaUpload *uploadThumbnail(const QString &path, bool encrypt);

    // Downloads `mxcUri` to `destination` (empty: into the cache).
    MediaDownload *download(const QString &mxcUri, const QString &destination,
                            bool overwrite = false);
    // Downloads and decrypts an encrypted attachment; the hash is checked
    // before anything is written to `destination`.
    MediaDownload *downloadEncrypted(const crypto::EncryptedFile &file, const QString &destination,
                                     bool overwrite = false);
    // Downloads and decrypts an encrypted attachment into memory (the
    // transfer's data()), for showing it; refuses files over `maxBytes`.
    // The ciphertext is cached, the plaintext never written.
    MediaDownload *downloadEncryptedToMemory(const crypto::EncryptedFile &file, qint64 maxBytes);
    // A server-made thumbnail (method "scale" or "crop"), into the cache.
    MediaDownload *thumbnail(const QString &mxcUri, int width, int height,
                             const QString &method = QStringLiteral("scale"));

private:
    void withServerInfo(QObject *context, std::function<void()> then);
    MediaDownload *startDownload(const QString &mxcUri, const QString &destination, bool overwrite,
                                 std::optional<crypto::EncryptedFile> encrypted,
                                 std::function<matrix::ApiRequest(bool authenticated)> request,
                                 const QString &cacheKey, qint64 maxMemoryBytes = 0);

    matrix::HttpClient *m_http;
    matrix::ServerInfo m_serverInfo;
    bool m_askingVersions = false;
    QList<std::function<void()>> m_waitingForVersions;
    std::optional<std::optional<qint64>> m_uploadLimit; // outer: asked yet
    std::unique_ptr<MediaCache> m_cache;
};

} // namespace atrium::media
