#include "MessageMedia.h"

#include "HtmlSanitizer.h"
#include "media/FileSafety.h"
#include "media/MediaUpload.h"
#include "media/SafeFileName.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QMimeDatabase>

namespace atrium::models {

namespace {

// A positive integer from untrusted JSON, else 0 (dimensions, sizes).
qint64 positive(const QJsonValue &value, qint64 max)
{
    if (!value.isDouble())
        return 0;
    const double number = value.toDouble();
    return number > 0 && number <= double(max) ? qint64(number) : 0;
}

QString mxcOf(const QJsonValue &value)
{
    const QString uri = value.toString();
    return uri.startsWith(QLatin1String("mxc://")) ? uri : QString();
}

} // namespace

QString MessageMedia::sourceUri() const
{
    return isEncrypted() ? file.value(QLatin1String("url")).toString() : url;
}

MessageMedia MessageMedia::fromContent(const QJsonObject &content)
{
    MessageMedia media;
    const QString msgtype = content.value(QLatin1String("msgtype")).toString();
    if (msgtype == QLatin1String("m.image"))
        media.kind = QStringLiteral("image");
    else if (msgtype == QLatin1String("m.file"))
        media.kind = QStringLiteral("file");
    else if (msgtype == QLatin1String("m.audio"))
        media.kind = QStringLiteral("audio");
    else if (msgtype == QLatin1String("m.video"))
        media.kind = QStringLiteral("video");
    else
        return {};
    const QString body = content.value(QLatin1String("body")).toString();
    const QJsonValue filename = content.value(QLatin1String("filename"));
    const QString untrustedName = filename.isString() ? filename.toString() : body;
    media.name = media::SafeFileName::sanitize(untrustedName, QStringLiteral("file"));
    if (filename.isString() && !body.isEmpty() && body != filename.toString()) {
        media.caption = body;
        if (content.value(QLatin1String("format")).toString() ==
            QLatin1String("org.matrix.custom.html"))
            media.formattedCaption =
                HtmlSanitizer::sanitize(content.value(QLatin1String("formatted_body")).toString());
    }
    const QJsonObject info = content.value(QLatin1String("info")).toObject();
    media.mimeType = info.value(QLatin1String("mimetype")).toString().left(255);
    media.size = info.contains(QLatin1String("size"))
                     ? positive(info.value(QLatin1String("size")), qint64(1) << 50)
                     : -1;
    media.width = int(positive(info.value(QLatin1String("w")), 1 << 16));
    media.height = int(positive(info.value(QLatin1String("h")), 1 << 16));
    media.durationMs = positive(info.value(QLatin1String("duration")), qint64(1) << 40);
    media.url = mxcOf(content.value(QLatin1String("url")));
    media.file = content.value(QLatin1String("file")).toObject();
    if (!media.file.isEmpty() && mxcOf(media.file.value(QLatin1String("url"))).isEmpty())
        media.file = {};
    media.thumbnailUrl = mxcOf(info.value(QLatin1String("thumbnail_url")));
    media.thumbnailFile = info.value(QLatin1String("thumbnail_file")).toObject();
    if (!media.thumbnailFile.isEmpty() &&
        mxcOf(media.thumbnailFile.value(QLatin1String("url"))).isEmpty())
        media.thumbnailFile = {};
    const QJsonObject thumbnailInfo = info.value(QLatin1String("thumbnail_info")).toObject();
    media.thumbnailWidth = int(positive(thumbnailInfo.value(QLatin1String("w")), 1 << 16));
    media.thumbnailHeight = int(positive(thumbnailInfo.value(QLatin1String("h")), 1 << 16));
    media.executable = media::FileSafety::isExecutable(media.name, media.mimeType);
    return media;
}

QString MessageMedia::typeLabel() const
{
    QString suffix = QFileInfo(name).suffix().toUpper();
    if (suffix.isEmpty() || suffix.size() > 4) {
        const QMimeType type = QMimeDatabase().mimeTypeForName(mimeType);
        suffix = type.isValid() ? type.preferredSuffix().toUpper() : QString();
    }
    if (suffix.isEmpty() || suffix.size() > 4)
        return kind == QLatin1String("file") ? QStringLiteral("FILE") : kind.toUpper();
    return suffix;
}

QString MessageMedia::category() const
{
    if (executable)
        return QStringLiteral("executable");
    if (kind != QLatin1String("file"))
        return kind;
    const QString suffix = QFileInfo(name).suffix().toLower();
    const QString type = mimeType.toLower();
    if (type == QLatin1String("application/pdf") || suffix == QLatin1String("pdf"))
        return QStringLiteral("pdf");
    if (type.startsWith(QLatin1String("image/")))
        return QStringLiteral("image");
    if (type.startsWith(QLatin1String("video/")))
        return QStringLiteral("video");
    if (type.startsWith(QLatin1String("audio/")))
        return QStringLiteral("audio");
    static const QStringList archives = {"zip", "gz",  "tgz", "xz", "bz2",
                                         "7z",  "rar", "zst", "tar"};
    if (archives.contains(suffix))
        return QStringLiteral("archive");
    static const QStringList sheets = {"xls", "xlsx", "ods", "csv", "tsv"};
    if (sheets.contains(suffix))
        return QStringLiteral("spreadsheet");
    static const QStringList slides = {"ppt", "pptx", "odp", "key"};
    if (slides.contains(suffix))
        return QStringLiteral("presentation");
    static const QStringList documents = {"doc", "docx", "odt", "rtf", "pages", "epub"};
    if (documents.contains(suffix))
        return QStringLiteral("document");
    if (type.startsWith(QLatin1String("text/")))
        return QStringLiteral("text");
    return QStringLiteral("file");
}

QVariantMap MessageMedia::toVariantMap() const
{
    if (!isValid())
        return {};
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("name"), name},
            {QStringLiteral("caption"), caption},
            {QStringLiteral("formattedCaption"), formattedCaption},
            {QStringLiteral("mimeType"), mimeType},
            {QStringLiteral("size"), double(size)},
            {QStringLiteral("sizeText"), size >= 0 ? media::formatSize(size) : QString()},
            {QStringLiteral("width"), width},
            {QStringLiteral("height"), height},
            {QStringLiteral("durationMs"), double(durationMs)},
            {QStringLiteral("url"), url},
            {QStringLiteral("file"), file.toVariantMap()},
            {QStringLiteral("thumbnailUrl"), thumbnailUrl},
            {QStringLiteral("thumbnailFile"), thumbnailFile.toVariantMap()},
            {QStringLiteral("thumbnailWidth"), thumbnailWidth},
            {QStringLiteral("thumbnailHeight"), thumbnailHeight},
            {QStringLiteral("encrypted"), isEncrypted()},
            {QStringLiteral("localPath"), localPath},
            {QStringLiteral("executable"), executable},
            {QStringLiteral("typeLabel"), typeLabel()},
            {QStringLiteral("category"), category()}};
}

MessageMedia MessageMedia::fromVariantMap(const QVariantMap &map)
{
    MessageMedia media;
    media.kind = map.value(QStringLiteral("kind")).toString();
    media.name = map.value(QStringLiteral("name")).toString();
    media.caption = map.value(QStringLiteral("caption")).toString();
    media.formattedCaption = map.value(QStringLiteral("formattedCaption")).toString();
    media.mimeType = map.value(QStringLiteral("mimeType")).toString();
    media.size = qint64(map.value(QStringLiteral("size"), -1).toDouble());
    media.width = map.value(QStringLiteral("width")).toInt();
    media.height = map.value(QStringLiteral("height")).toInt();
    media.durationMs = qint64(map.value(QStringLiteral("durationMs")).toDouble());
    media.url = map.value(QStringLiteral("url")).toString();
    media.file = QJsonObject::fromVariantMap(map.value(QStringLiteral("file")).toMap());
    media.thumbnailUrl = map.value(QStringLiteral("thumbnailUrl")).toString();
    media.thumbnailFile =
        QJsonObject::fromVariantMap(map.value(QStringLiteral("thumbnailFile")).toMap());
    media.thumbnailWidth = map.value(QStringLiteral("thumbnailWidth")).toInt();
    media.thumbnailHeight = map.value(QStringLiteral("thumbnailHeight")).toInt();
    media.localPath = map.value(QStringLiteral("localPath")).toString();
    // Never trusted from the view: decided again from name and type.
    media.executable = media::FileSafety::isExecutable(media.name, media.mimeType);
    return media;
}

} // namespace atrium::models
