#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariantMap>

namespace atrium::models {

// What the timeline shows of a file message (m.image, m.file, m.audio,
// m.video): its name, size, type, dimensions, caption, where the file and
// its thumbnail are (mxc URIs, or EncryptedFile objects in encrypted rooms)
// and, for our own message still uploading, the local file. Read from the
// event content, which comes from other people: names are sanitized, sizes
// and dimensions checked.
struct MessageMedia
{
    QString kind; // "image", "file", "audio", "video"; empty: not a file message
    QString name; // the file name, safe to show and to save under
    // The spec's caption (v1.10): `body` when `filename` is set and differs.
    QString caption;
    QString formattedCaption; // sanitized HTML, when the caption has it
    QString mimeType;
    qint64 size = -1;
    int width = 0;
    int height = 0;
    qint64 durationMs = 0;
    QString url;      // mxc URI of the file (unencrypted)
    QJsonObject file; // EncryptedFile JSON (encrypted rooms)
    QString thumbnailUrl;
    QJsonObject thumbnailFile;
    int thumbnailWidth = 0;
    int thumbnailHeight = 0;
    QString localPath;       // our file while it is being sent
    bool executable = false; // see media::FileSafety

    bool isValid() const { return !kind.isEmpty(); }
    bool isEncrypted() const { return !file.isEmpty(); }
    // The mxc URI the file is fetched from (plain or encrypted).
    QString sourceUri() const;

    // nullopt-like: kind empty for anything but a file message. A redacted
    // or undecryptable event has no file.
    static MessageMedia fromContent(const QJsonObject &content);
    // For QML: {kind, name, caption, formattedCaption, mimeType, size,
    // sizeText, width, height, durationMs, url, file, thumbnailUrl,
    // thumbnailFile, thumbnailWidth, thumbnailHeight, encrypted, localPath,
    // executable, typeLabel, category}; empty when not a file message.
    QVariantMap toVariantMap() const;
    static MessageMedia fromVariantMap(const QVariantMap &map);
    // "PDF", "ZIP", "PNG": the short label on a file card's type icon.
    QString typeLabel() const;
    // "image", "video", "audio", "pdf", "archive", "document",
    // "spreadsheet", "presentation", "text", "executable" or "file".
    QString category() const;
};

} // namespace atrium::models
