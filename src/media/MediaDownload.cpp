#include "MediaDownload.h"

#include "MediaCache.h"
#include "SafeFileName.h"
#include "crypto/AttachmentCipher.h"
#include "matrix/HttpClient.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkReply>
#include <QUuid>
#include <QtConcurrent>

namespace atrium::media {

namespace {

QString partPath(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral(".atrium-part-") +
                                    QUuid::createUuid().toString(QUuid::WithoutBraces));
}

} // namespace

MediaDownload::MediaDownload(matrix::HttpClient *http, Options options, QObject *parent)
    : MediaTransfer(parent), m_http(http), m_options(std::move(options))
{}

MediaDownload::~MediaDownload()
{
    blockSignals(true);
    cancel();
    // A decryption still running gets no chance to clean up after itself.
    m_decryption.waitForFinished();
    for (const QString &path : std::as_const(m_scratch))
        QFile::remove(path);
}

QString MediaDownload::workDirectory() const
{
    // Beside the destination, so the final step is a rename on one file system.
    if (!m_options.destination.isEmpty())
        return QFileInfo(m_options.destination).absolutePath();
    return m_options.cache ? m_options.cache->directory() : QDir::tempPath();
}

void MediaDownload::start(const matrix::ApiRequest &request)
{
    if (isFinished())
        return;
    if (request.path.isEmpty()) {
        fail(tr("not a valid mxc URI"));
        return;
    }
    m_request = request;
    const bool inMemory = m_options.intoMemory && m_options.encrypted;
    if (m_options.destination.isEmpty() && !inMemory && (!m_options.cache || m_options.encrypted)) {
        fail(tr("a download needs a destination"));
        return;
    }
    if (!m_options.destination.isEmpty()) {
        const QFileInfo destination(m_options.destination);
        if (!QFileInfo(destination.absolutePath()).isDir()) {
            fail(tr("no such folder: %1").arg(destination.absolutePath()));
            return;
        }
        if (destination.exists() && !m_options.overwrite && destination.isDir()) {
            fail(tr("%1 is a folder").arg(m_options.destination));
            return;
        }
    }
    if (m_options.cache && !m_options.cacheKey.isEmpty()) {
        const QString cached = m_options.cache->lookup(m_options.cacheKey);
        if (!cached.isEmpty()) {
            fetched(cached, true);
            return;
        }
    }
    fetch();
}

void MediaDownload::fetch()
{
    m_part = std::make_unique<QFile>(partPath(workDirectory()));
    if (!m_part->open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        fail(tr("cannot write in %1: %2").arg(workDirectory(), m_part->errorString()));
        return;
    }
    m_reply = m_http->download(
        m_request, m_part.get(), this, [this](const matrix::ApiResponse &response) {
            m_reply = nullptr;
            if (isFinished())
                return;
            if (response.error) {
                const auto &error = *response.error;
                fail(error.errcode == QLatin1String("M_NOT_FOUND")
                         ? tr("the server has no such file")
                         : tr("download failed: %1").arg(error.describe()),
                     error);
                return;
            }
            const QString path = m_part->fileName();
            if (!m_part->flush()) {
                fail(tr("cannot write %1: %2").arg(path, m_part->errorString()));
                return;
            }
            m_part->close();
            m_part.reset();
            setProgress(bytesDone(), bytesDone());
            if (m_options.cache && !m_options.cacheKey.isEmpty() &&
                (m_options.destination.isEmpty() || m_options.encrypted)) {
                // Ciphertext may be cached: it is useless without the key.
                const QString cached = m_options.cache->insert(m_options.cacheKey, path);
                if (!cached.isEmpty()) {
                    fetched(cached, true);
                    return;
                }
            }
            fetched(path, false);
        });
    connect(m_reply, &QNetworkReply::downloadProgress, this,
            [this](qint64 received, qint64 total) { setProgress(received, total); });
}

void MediaDownload::fetched(const QString &path, bool cached)
{
    if (!m_options.encrypted) {
        if (m_options.destination.isEmpty()) {
            m_filePath = path; // in the cache
            succeed();
            return;
        }
        if (!cached) {
            place(path);
            return;
        }
        // From the cache to the destination: a copy, the cache keeps its own.
        const QString part = partPath(workDirectory());
        if (!QFile::copy(path, part)) {
            fail(tr("cannot write in %1").arg(workDirectory()));
            return;
        }
        place(part);
        return;
    }
    const bool inMemory = m_options.intoMemory;
    if (inMemory && m_options.maxMemoryBytes > 0 &&
        QFileInfo(path).size() > m_options.maxMemoryBytes) {
        if (!cached)
            QFile::remove(path);
        fail(tr("too large to show (%1)").arg(QFileInfo(path).size()));
        return;
    }
    // Decrypting reads the whole file twice (hash first, then decrypt), so
    // it runs on a worker thread. Nothing is written unless the hash matches.
    const QString plainPart = inMemory ? QString() : partPath(workDirectory());
    m_scratch.clear();
    if (!plainPart.isEmpty())
        m_scratch.append(plainPart);
    if (!cached)
        m_scratch.append(path);
    connect(&m_decryption, &QFutureWatcher<Decrypted>::finished, this,
            [this, path, cached, plainPart]() {
                m_scratch.clear();
                if (!cached)
                    QFile::remove(path);
                auto dropPart = [&plainPart]() {
                    if (!plainPart.isEmpty())
                        QFile::remove(plainPart);
                };
                if (isFinished()) {
                    dropPart();
                    return;
                }
                Decrypted result = m_decryption.result();
                if (!result.error.isEmpty()) {
                    dropPart();
                    fail(result.error);
                    return;
                }
                if (plainPart.isEmpty()) {
                    m_data = std::move(result.data);
                    succeed();
                    return;
                }
                place(plainPart);
            });
    m_decryption.setFuture(QtConcurrent::run([path, plainPart,
                                              file = *m_options.encrypted]() -> Decrypted {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return {QStringLiteral("cannot read %1: %2").arg(path, in.errorString()), {}};
        QString error;
        if (plainPart.isEmpty()) {
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            if (!crypto::AttachmentCipher::decrypt(in, out, file, &error))
                return {error, {}};
            return {{}, out.buffer()};
        }
        QFile out(plainPart);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return {QStringLiteral("cannot write %1: %2").arg(plainPart, out.errorString()), {}};
        if (!crypto::AttachmentCipher::decrypt(in, out, file, &error)) {
            out.remove();
            return {error, {}};
        }
        return {out.flush() ? QString() : out.errorString(), {}};
    }));
}

void MediaDownload::place(const QString &tempPath)
{
    const QFileInfo destination(m_options.destination);
    if (m_options.overwrite) {
        // QFile::rename never replaces; remove first, the rename follows at once.
        if (destination.exists() && !QFile::remove(m_options.destination)) {
            QFile::remove(tempPath);
            fail(tr("cannot replace %1").arg(m_options.destination));
            return;
        }
        if (!QFile::rename(tempPath, m_options.destination)) {
            QFile::remove(tempPath);
            fail(tr("cannot write %1").arg(m_options.destination));
            return;
        }
        m_filePath = m_options.destination;
        succeed();
        return;
    }
    // Someone may create the file in between: rename refuses then, try the next name.
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString target =
            SafeFileName::freePath(destination.absolutePath(), destination.fileName());
        if (QFile::rename(tempPath, target)) {
            m_filePath = target;
            succeed();
            return;
        }
    }
    QFile::remove(tempPath);
    fail(tr("cannot write %1").arg(m_options.destination));
}

void MediaDownload::stopWork()
{
    if (m_reply)
        m_http->abort(m_reply);
    m_reply = nullptr;
    if (m_part) {
        m_part->close();
        m_part->remove();
        m_part.reset();
    }
}

} // namespace atrium::media
