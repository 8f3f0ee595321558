#include "Pills.h"

#include "HtmlProse.h"

#include <QRegularExpression>
#include <QUrl>

namespace atrium::models {

namespace {

// Translucent, so one tint reads on light and dark backgrounds alike.
const QString OtherTint = QStringLiteral("rgba(61,127,208,0.22)");
const QString OwnTint = QStringLiteral("rgba(217,48,37,0.25)");

QString chip(const QString &innerHtml, const QString &tint)
{
    // Non-breaking spaces pad the text inside the box; rich text has no padding on spans.
    return QStringLiteral("<span style=\"background-color:%1\">&nbsp;%2&nbsp;</span>")
        .arg(tint, innerHtml);
}

QString pillLinks(const QString &html, const QString &ownUserId)
{
    static const QRegularExpression link(QStringLiteral(R"re(<a href="([^"]*)">(.*?)</a>)re"),
                                         QRegularExpression::DotMatchesEverythingOption);
    QString out;
    qsizetype position = 0;
    auto it = link.globalMatch(html);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(html).mid(position, match.capturedStart() - position);
        position = match.capturedEnd();
        const QString id = Pills::linkedId(match.captured(1));
        if (id.isEmpty()) {
            out += match.captured(0);
            continue;
        }
        out += QStringLiteral("<a href=\"%1\" style=\"text-decoration:none\">%2</a>")
                   .arg(match.captured(1),
                        chip(match.captured(2), id == ownUserId ? OwnTint : OtherTint));
    }
    out += QStringView(html).mid(position);
    return out;
}

// "@room" in the text, not in a tag, a link or code.
QString pillRoomMentions(const QString &html)
{
    static const QRegularExpression atRoom(QStringLiteral(R"re((?<![\w@])@room\b)re"));
    return mapProse(html, [](QStringView text) {
        return text.toString().replace(atRoom, chip(QStringLiteral("@room"), OwnTint));
    });
}

} // namespace

QString Pills::decorate(const QString &sanitizedHtml, const QString &ownUserId)
{
    return pillLinks(pillRoomMentions(sanitizedHtml), ownUserId);
}

QString Pills::linkedId(const QString &url)
{
    static const QString MatrixTo = QStringLiteral("https://matrix.to/#/");
    static const QRegularExpression matrixUri(QStringLiteral("^matrix:(u|r|roomid)/"));
    QString sigil;
    QStringView rest;
    if (url.startsWith(MatrixTo)) {
        rest = QStringView(url).mid(MatrixTo.size()); // the sigil may be percent-encoded
    } else if (const auto match = matrixUri.match(url); match.hasMatch()) {
        const QString kind = match.captured(1);
        sigil = kind == QLatin1String("u")   ? QStringLiteral("@")
                : kind == QLatin1String("r") ? QStringLiteral("#")
                                             : QStringLiteral("!");
        rest = QStringView(url).mid(match.capturedEnd());
    } else {
        return {};
    }
    // The id ends where a query (?via=…) or an event (/$event) begins.
    const QString id = sigil + QUrl::fromPercentEncoding(rest.toUtf8())
                                   .section(QLatin1Char('?'), 0, 0)
                                   .section(QLatin1Char('/'), 0, 0);
    static const QRegularExpression matrixId(QStringLiteral("^[@#!][^:]+:.+$"));
    return matrixId.match(id).hasMatch() ? id : QString();
}

} // namespace atrium::models
