#include "MediaUpload.h"

#include "ImageThumbnail.h"
#include "MediaProbe.h"
#include "crypto/AttachmentCipher.h"
#include "matrix/HttpClient.h"
#include "matrix/MediaRequests.h"
#include "matrix/MxcUri.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
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
    // A preparation still running writes to m_prepared, which it shares.
    m_preparation.waitForFinished();
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
    if (sizeLimit && info.size() > *sizeLimit && !m_options.thumbnail) {
        fail(tr("%1 is %2; this server accepts files up to %3")
                 .arg(info.fileName(), formatSize(info.size()), formatSize(*sizeLimit)));
        return;
    }
    if (!m_options.encrypt && !m_options.thumbnail) {
        setProgress(0, info.size());
        send(m_options.path, m_options.contentType, m_options.fileName);
        return;
    }
    m_prepared = std::make_shared<QTemporaryFile>(QDir::temp().filePath("atrium-upload-XXXXXX"));
    if (!m_prepared->open()) {
        fail(tr("cannot create a temporary file: %1").arg(m_prepared->errorString()));
        return;
    }
    connect(&m_preparation, &QFutureWatcher<Prepared>::finished, this, [this]() {
        if (isFinished())
            return;
        const Prepared result = m_preparation.result();
        if (!result.error.isEmpty()) {
            fail(result.error);
            return;
        }
        m_encrypted = result.encrypted;
        m_thumbnailInfo = result.thumbnailInfo;
        m_prepared->close();
        setProgress(0, QFileInfo(m_prepared->fileName()).size());
        if (m_encrypted)
            send(m_prepared->fileName(), QStringLiteral("application/octet-stream"), {});
        else
            send(m_prepared->fileName(), m_thumbnailInfo.value("mimetype").toString(), {});
    });
    m_preparation.setFuture(QtConcurrent::run([options = m_options, out = m_prepared]() {
        Prepared result;
        QFile file(options.path);
        QBuffer thumbnail;
        QIODevice *source = &file;
        if (options.thumbnail) {
            // A video's thumbnail is a frame of it (the poster).
            const bool video = QMimeDatabase()
                                   .mimeTypeForFile(options.path)
                                   .name()
                                   .startsWith(QLatin1String("video/"));
            const auto made = video
                                  ? ImageThumbnail::fromImage(MediaProbe::probe(options.path).frame)
                                  : ImageThumbnail::make(options.path);
            if (!made) {
                result.error = QStringLiteral("cannot make a thumbnail of %1").arg(options.path);
                return result;
            }
            result.thumbnailInfo = {{"w", made->size.width()},
                                    {"h", made->size.height()},
                                    {"mimetype", made->mimeType},
                                    {"size", double(made->data.size())}};
            thumbnail.setData(made->data);
            source = &thumbnail;
        }
        if (!source->open(QIODevice::ReadOnly)) {
            result.error = QStringLiteral("cannot read %1").arg(options.path);
            return result;
        }
        if (options.encrypt) {
            result.encrypted = crypto::AttachmentCipher::encrypt(*source, *out, &result.error);
            return result;
        }
        if (out->write(source->readAll()) != source->size())
            result.error = QStringLiteral("cannot write a temporary file");
        return result;
    }));
}

void MediaUpload::send(const QString &path, const QString &contentType, const QString &fileName)
{
    auto *body = new QFile(path);
    if (!body->open(QIODevice::ReadOnly)) {
        fail(tr("cannot read %1: %2").arg(path, body->errorString()));
        delete body;
        return;
    }
    m_reply = m_http->upload(
        matrix::requests::upload(contentType, fileName), body, this,
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
            m_prepared.reset();
            setProgress(bytesTotal(), bytesTotal());
            succeed();
        });
    // Qt's network thread may still read the body after an abort, until the
    // reply is gone (which can be after this transfer): the reply owns it.
    body->setParent(m_reply);
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
