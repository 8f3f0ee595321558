#pragma once

#include "MediaTransfer.h"
#include "crypto/EncryptedFile.h"

#include <QFutureWatcher>
#include <QPointer>
#include <memory>
#include <optional>

class QFile;
class QNetworkReply;
class QTemporaryFile;

namespace atrium::matrix {
class HttpClient;
}

namespace atrium::media {

// Uploads one file to the content repository, streamed from disk. With
// encryption on, the file is first encrypted (on a worker thread) into a
// temporary file, which is what gets uploaded; encryptedFile() then holds
// the key, iv and hash for the event's `file` field.
class MediaUpload : public MediaTransfer
{
    Q_OBJECT
public:
    struct Options
    {
        QString path;
        QString contentType; // of the plaintext; uploads of ciphertext say octet-stream
        QString fileName;    // sent as ?filename= (not for encrypted uploads)
        bool encrypt = false;
    };

    MediaUpload(matrix::HttpClient *http, Options options, QObject *parent = nullptr);
    ~MediaUpload() override;

    const Options &options() const { return m_options; }
    // The mxc URI once succeeded.
    QString contentUri() const { return m_contentUri; }
    // For encrypted uploads, once succeeded (url filled in).
    std::optional<crypto::EncryptedFile> encryptedFile() const { return m_encrypted; }

    // Starts, checking the size against the server's limit first (none if
    // nullopt). Called by MediaClient once it knows the limit.
    void start(std::optional<qint64> sizeLimit);

private:
    void stopWork() override;
    void send(const QString &path, const QString &contentType, const QString &fileName);

    matrix::HttpClient *m_http;
    Options m_options;
    std::unique_ptr<QFile> m_body;
    std::shared_ptr<QTemporaryFile> m_ciphertext;
    QFutureWatcher<std::optional<crypto::EncryptedFile>> m_encryption;
    QPointer<QNetworkReply> m_reply;
    QString m_contentUri;
    std::optional<crypto::EncryptedFile> m_encrypted;
};

// "12.3 MB": sizes in messages to people.
QString formatSize(qint64 bytes);

} // namespace atrium::media
