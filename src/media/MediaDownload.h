#pragma once

#include "MediaTransfer.h"
#include "crypto/EncryptedFile.h"
#include "matrix/ApiRequest.h"

#include <QFutureWatcher>
#include <QPointer>
#include <memory>
#include <optional>

class QFile;
class QNetworkReply;

namespace atrium::matrix {
class HttpClient;
}

namespace atrium::media {

class MediaCache;

// Downloads one file from the content repository, streamed to disk: into
// a temporary file beside the destination, which becomes the destination
// only when complete (and, for an encrypted file, only when its hash
// matched and it was decrypted). An existing file is replaced only with
// `overwrite`; otherwise the first free "name (N).ext" is used. With no
// destination the file goes into the media cache (plain files only). An
// encrypted file can instead be decrypted into memory (for showing an
// image), so that its plaintext never touches the disk.
class MediaDownload : public MediaTransfer
{
    Q_OBJECT
public:
    struct Options
    {
        QString destination; // a file path; empty: into the cache
        bool overwrite = false;
        std::optional<crypto::EncryptedFile> encrypted;
        MediaCache *cache = nullptr; // looked up first when set
        QString cacheKey;
        // Encrypted only: decrypt into data() instead of a file, refusing
        // files larger than maxMemoryBytes.
        bool intoMemory = false;
        qint64 maxMemoryBytes = 0;
    };

    MediaDownload(matrix::HttpClient *http, Options options, QObject *parent = nullptr);
    ~MediaDownload() override;

    // Where the file is, once succeeded.
    QString filePath() const { return m_filePath; }
    // The plaintext, once succeeded with Options::intoMemory.
    QByteArray data() const { return m_data; }

    // Starts with the request MediaClient chose (authenticated media or
    // not); a request without a path means the mxc URI was not valid.
    void start(const matrix::ApiRequest &request);

private:
    void stopWork() override;
    void fetch();
    void fetched(const QString &path, bool cached);
    void place(const QString &tempPath);
    QString workDirectory() const;

    matrix::HttpClient *m_http;
    Options m_options;
    matrix::ApiRequest m_request;
    std::unique_ptr<QFile> m_part;
    struct Decrypted
    {
        QString error;
        QByteArray data; // with intoMemory
    };
    QFutureWatcher<Decrypted> m_decryption;
    QByteArray m_data;
    QPointer<QNetworkReply> m_reply;
    QString m_filePath;
    QStringList m_scratch; // temporary files a running decryption owns
};

} // namespace atrium::media
