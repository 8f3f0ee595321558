#include "Linkify.h"

#include "HtmlProse.h"

#include <QRegularExpression>

namespace atrium::models {

namespace {

// Matched in escaped HTML text. An address runs to the next space, quote or
// escaped bracket; an id is a sigil, a localpart and a server name (a host
// whose last label starts with a letter, or an IPv4 address, and a port),
// not preceded by a word character (so an e-mail address is not an id).
const QRegularExpression &linkable()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            R"re((?<address>\b(?:https?://|www\.)(?:(?!&(?:lt|gt|quot|nbsp|#39|apos);))re"
            R"re([^\s<>"'])+))re"
            R"re(|(?<![\w@#/.:])(?<id>[@#][\w.=\-]+:(?:(?:[A-Za-z0-9\-]+\.)*)re"
            R"re([A-Za-z][A-Za-z0-9\-]*|\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5})?)(?![\w\-]))re"),
        QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

// Sentence punctuation after an address is not part of it; nor is a closing
// bracket that no bracket in the address opens ("(see https://x.org/a)").
qsizetype addressLength(QStringView address)
{
    qsizetype length = address.size();
    while (length > 0) {
        const QChar last = address.at(length - 1);
        if (QStringLiteral(".,;:!?").contains(last)) {
            --length;
        } else if (last == QLatin1Char(')') && address.left(length).count(QLatin1Char('(')) <
                                                   address.left(length).count(QLatin1Char(')'))) {
            --length;
        } else {
            break;
        }
    }
    return length;
}

QString linkProse(QStringView text)
{
    QString out;
    qsizetype position = 0;
    auto it = linkable().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        QStringView found = match.capturedView(0);
        QString href;
        if (match.capturedLength(QStringLiteral("address")) > 0) {
            found = found.left(addressLength(found));
            href = found.startsWith(QLatin1String("www."))
                       ? QStringLiteral("https://") + found.toString()
                       : found.toString();
        } else {
            // Ids keep their characters in a URL fragment, but '#' must be escaped.
            href = QStringLiteral("https://matrix.to/#/") +
                   found.toString().replace(QLatin1Char('#'), QLatin1String("%23"));
        }
        if (found.isEmpty())
            continue;
        out += text.mid(position, match.capturedStart() - position);
        out += QStringLiteral("<a href=\"%1\">%2</a>").arg(href, found);
        position = match.capturedStart() + found.size();
    }
    out += text.mid(position);
    return out;
}

} // namespace

QString Linkify::html(const QString &sanitizedHtml)
{
    return mapProse(sanitizedHtml, linkProse);
}

QString Linkify::plainText(const QString &body)
{
    return QStringLiteral("<span style=\"white-space:pre-wrap\">%1</span>")
        .arg(linkProse(body.toHtmlEscaped()));
}

} // namespace atrium::models
