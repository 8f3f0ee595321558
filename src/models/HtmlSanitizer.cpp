#include "HtmlSanitizer.h"

#include <QRegularExpression>
#include <QSet>

namespace atrium::models {

namespace {

const QSet<QString> &allowedTags()
{
    static const QSet<QString> tags = {
        QStringLiteral("b"),   QStringLiteral("strong"), QStringLiteral("i"),
        QStringLiteral("em"),  QStringLiteral("u"),      QStringLiteral("s"),
        QStringLiteral("del"), QStringLiteral("strike"), QStringLiteral("code"),
        QStringLiteral("pre"), QStringLiteral("p"),      QStringLiteral("br"),
        QStringLiteral("hr"),  QStringLiteral("ul"),     QStringLiteral("ol"),
        QStringLiteral("li"),  QStringLiteral("a"),      QStringLiteral("blockquote"),
        QStringLiteral("h1"),  QStringLiteral("h2"),     QStringLiteral("h3"),
        QStringLiteral("h4"),  QStringLiteral("h5"),     QStringLiteral("h6"),
        QStringLiteral("sup"), QStringLiteral("sub")};
    return tags;
}

// Dropped together with everything inside them.
const QSet<QString> &droppedWithContent()
{
    static const QSet<QString> tags = {QStringLiteral("script"),   QStringLiteral("style"),
                                       QStringLiteral("mx-reply"), QStringLiteral("head"),
                                       QStringLiteral("title"),    QStringLiteral("iframe"),
                                       QStringLiteral("object"),   QStringLiteral("svg"),
                                       QStringLiteral("math"),     QStringLiteral("template")};
    return tags;
}

QString safeHref(const QString &attributes)
{
    static const QRegularExpression href(
        QStringLiteral(R"re(\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))re"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = href.match(attributes);
    if (!match.hasMatch())
        return {};
    QString url = match.captured(1) + match.captured(2) + match.captured(3);
    url = url.trimmed();
    const QString lower = url.toLower();
    if (!lower.startsWith(QLatin1String("https://")) &&
        !lower.startsWith(QLatin1String("http://")) &&
        !lower.startsWith(QLatin1String("mailto:")) && !lower.startsWith(QLatin1String("matrix:")))
        return {};
    url.replace(QLatin1Char('"'), QLatin1String("&quot;"));
    url.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    url.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    return url;
}

QString escapeText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('<'))
            out += QLatin1String("&lt;");
        else if (c == QLatin1Char('>'))
            out += QLatin1String("&gt;");
        else
            out += c;
    }
    return out;
}

} // namespace

QString HtmlSanitizer::sanitize(const QString &html)
{
    static const QRegularExpression tag(
        QStringLiteral(
            R"re(<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>)re"),
        QRegularExpression::DotMatchesEverythingOption);
    QString out;
    qsizetype position = 0;
    QString skipping; // inside a tag dropped with its content
    int skipDepth = 0;
    auto it = tag.globalMatch(html);
    while (it.hasNext()) {
        const auto match = it.next();
        if (skipping.isEmpty())
            out += escapeText(QStringView(html).mid(position, match.capturedStart() - position));
        position = match.capturedEnd();
        if (match.captured(2).isEmpty())
            continue; // a comment
        const bool closing = !match.captured(1).isEmpty();
        const QString name = match.captured(2).toLower();
        if (!skipping.isEmpty()) {
            if (name == skipping)
                skipDepth += closing ? -1 : 1;
            if (skipDepth == 0)
                skipping.clear();
            continue;
        }
        if (droppedWithContent().contains(name)) {
            if (!closing && !match.captured(3).trimmed().endsWith(QLatin1Char('/'))) {
                skipping = name;
                skipDepth = 1;
            }
            continue;
        }
        if (!allowedTags().contains(name))
            continue;
        if (closing) {
            out += QLatin1String("</") + name + QLatin1Char('>');
        } else if (name == QLatin1String("a")) {
            const QString href = safeHref(match.captured(3));
            out += href.isEmpty() ? QStringLiteral("<a>")
                                  : QStringLiteral("<a href=\"%1\">").arg(href);
        } else {
            out += QLatin1Char('<') + name + QLatin1Char('>');
        }
    }
    if (skipping.isEmpty())
        out += escapeText(QStringView(html).mid(position));
    return out;
}

} // namespace atrium::models
