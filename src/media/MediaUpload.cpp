#include "MediaUpload.h"

#include "crypto/AttachmentCipher.h"
#include "matrix/HttpClient.h"
#include "matrix/MediaRequests.h"
#include "matrix/MxcUri.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkReply>
#include <QTemporaryFile>
#include <QtConcurrent>

namespace atrium::media {

QString formatSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

MediaUpload::MediaUpload(matrix::HttpClient *http, Options options, QObject *parent)
    : MediaTransfer(parent), m_http(http), m_options(std::move(options))
{}

MediaUpload::~MediaUpload()
{
    // Whoever owned this is gone: stop quietly.
    blockSignals(true);
    cancel();
    // An encryption still running writes to m_ciphertext, which it shares.
    m_encryption.waitForFinished();
}

void MediaUpload::start(std::optional<qint64> sizeLimit)
{
    if (isFinished())
        return;
    const QFileInfo info(m_options.path);
    if (!info.isFile() || !info.isReadable()) {
        fail(tr("cannot read %1").arg(m_options.path));
        return;
    }
    if (sizeLimit && info.size() > *sizeLimit) {
        fail(tr("%1 is %2; this server accepts files up to %3")
                 .arg(info.fileName(), formatSize(info.size()), formatSize(*sizeLimit)));
        return;
    }
    setProgress(0, info.size());
    if (!m_options.encrypt) {
        send(m_options.path, m_options.contentType, m_options.fileName);
        return;
    }
    m_ciphertext = std::make_shared<QTemporaryFile>(QDir::temp().filePath("atrium-upload-XXXXXX"));
    if (!m_ciphertext->open()) {
        fail(tr("cannot create a temporary file: %1").arg(m_ciphertext->errorString()));
        return;
    }
    connect(&m_encryption, &QFutureWatcher<std::optional<crypto::EncryptedFile>>::finished, this,
            [this]() {
                if (isFinished())
                    return;
                const auto result = m_encryption.result();
                if (!result) {
                    fail(tr("cannot encrypt %1").arg(m_options.path));
                    return;
                }
                m_encrypted = result;
                m_ciphertext->close();
                send(m_ciphertext->fileName(), QStringLiteral("application/octet-stream"), {});
            });
    m_encryption.setFuture(QtConcurrent::run(
        [path = m_options.path, out = m_ciphertext]() -> std::optional<crypto::EncryptedFile> {
            QFile in(path);
            if (!in.open(QIODevice::ReadOnly))
                return std::nullopt;
            return crypto::AttachmentCipher::encrypt(in, *out);
        }));
}

void MediaUpload::send(const QString &path, const QString &contentType, const QString &fileName)
{
    m_body = std::make_unique<QFile>(path);
    if (!m_body->open(QIODevice::ReadOnly)) {
        fail(tr("cannot read %1: %2").arg(path, m_body->errorString()));
        return;
    }
    m_reply = m_http->upload(
        matrix::requests::upload(contentType, fileName), m_body.get(), this,
        [this](const matrix::ApiResponse &response) {
            m_reply = nullptr;
            if (isFinished())
                return;
            if (response.error) {
                const auto &error = *response.error;
                if (error.httpStatus == 413 || error.errcode == QLatin1String("M_TOO_LARGE"))
                    fail(tr("the server refused %1 as too large (%2)")
                             .arg(QFileInfo(m_options.path).fileName(), error.describe()),
                         error);
                else
                    fail(tr("upload failed: %1").arg(error.describe()), error);
                return;
            }
            const QString uri = response.json().value("content_uri").toString();
            if (!matrix::MxcUri::parse(uri)) {
                fail(tr("the server's upload answer has no valid content_uri"),
                     matrix::ApiError{matrix::ApiError::Kind::Malformed,
                                      response.httpStatus,
                                      {},
                                      QStringLiteral("no content_uri")});
                return;
            }
            m_contentUri = uri;
            if (m_encrypted)
                m_encrypted->url = uri;
            m_body.reset();
            m_ciphertext.reset();
            setProgress(bytesTotal(), bytesTotal());
            succeed();
        });
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (total > 0)
            setProgress(sent, total);
    });
}

void MediaUpload::stopWork()
{
    if (m_reply)
        m_http->abort(m_reply);
    m_reply = nullptr;
}

} // namespace atrium::media
