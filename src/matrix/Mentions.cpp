#include "Mentions.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace atrium::matrix {

namespace {

// [text](https://matrix.to/#/@user:server), the user id maybe percent-encoded.
const QRegularExpression &userLinkPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(\[([^\]\n]*)\]\(https://matrix\.to/#/((?:@|%40)[^)\s/?]+)\))"));
    return pattern;
}

// <a href="https://matrix.to/#/@user:server">Name</a> in HTML.
const QRegularExpression &userAnchorPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"re(<a href="https://matrix\.to/#/((?:@|%40)[^"/?]+)[^"]*">([^<]*)</a>)re"));
    return pattern;
}

QString htmlUnescaped(QString text)
{
    return text.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
}

// Where `needle` is in `text` for the n-th time, counting from 0; -1 if not.
qsizetype nthIndexOf(const QString &text, const QString &needle, qsizetype n)
{
    qsizetype at = text.indexOf(needle);
    for (; at >= 0 && n > 0; --n)
        at = text.indexOf(needle, at + needle.size());
    return at;
}

// A name as the composer writes it in a link's text.
QString markdownEscaped(const QString &name)
{
    QString escaped;
    for (const QChar c : name) {
        if (c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

} // namespace

QString Mentions::typedMarkdown(const QString &body, const QString &formattedBody)
{
    // A reply's quote of its parent (rich reply fallback) is not typed.
    static const QRegularExpression replyFallback(QStringLiteral("<mx-reply>.*</mx-reply>"),
                                                  QRegularExpression::DotMatchesEverythingOption);
    const QString typedHtml = QString(formattedBody).remove(replyFallback);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString markdown;
    qsizetype position = 0;
    auto anchors = userAnchorPattern().globalMatch(typedHtml);
    while (anchors.hasNext()) {
        const auto anchor = anchors.next();
        const QString name = htmlUnescaped(anchor.captured(2));
        if (name.isEmpty())
            continue;
        // The name's n-th time in the text shown is its n-th in the body
        // ("**Ann**: [Ann](…)" is "Ann: Ann").
        const QString shownBefore =
            htmlUnescaped(typedHtml.left(anchor.capturedStart()).remove(tag));
        qsizetype at = nthIndexOf(body, name, shownBefore.count(name));
        if (at < position)
            at = body.indexOf(name, position);
        if (at < 0)
            continue;
        const QString userId = QUrl::fromPercentEncoding(anchor.captured(1).toUtf8());
        markdown += QStringView(body).mid(position, at - position);
        markdown += QStringLiteral("[%1](%2)").arg(markdownEscaped(name), userLink(userId));
        position = at + name.size();
    }
    markdown += QStringView(body).mid(position);
    return markdown;
}

QString Mentions::userLink(const QString &userId)
{
    return QStringLiteral("https://matrix.to/#/") + userId;
}

QStringList Mentions::linkedUsers(const QString &markdown)
{
    QStringList users;
    auto matches = userLinkPattern().globalMatch(markdown);
    while (matches.hasNext()) {
        const QString userId = QUrl::fromPercentEncoding(matches.next().captured(2).toUtf8());
        if (!users.contains(userId))
            users.append(userId);
    }
    return users;
}

QJsonObject Mentions::addTo(QJsonObject content, const QString &markdown)
{
    const QStringList users = linkedUsers(markdown);
    QJsonObject mentions;
    if (!users.isEmpty())
        mentions.insert(QStringLiteral("user_ids"), QJsonArray::fromStringList(users));
    content.insert(QStringLiteral("m.mentions"), mentions);
    QString body = content.value(QLatin1String("body")).toString();
    body.replace(userLinkPattern(), QStringLiteral("\\1"));
    content.insert(QStringLiteral("body"), body);
    return content;
}

} // namespace atrium::matrix
