#include "HtmlProse.h"

#include <QRegularExpression>

namespace atrium::models {

QString mapProse(const QString &html, const std::function<QString(QStringView)> &rewrite)
{
    static const QRegularExpression tag(QStringLiteral("<(/?)([a-z0-9]+)[^>]*>"));
    QString out;
    qsizetype position = 0;
    int literalDepth = 0; // inside <a>, <code> or <pre>
    auto text = [&](QStringView segment) {
        if (literalDepth == 0)
            out += rewrite(segment);
        else
            out += segment;
    };
    auto it = tag.globalMatch(html);
    while (it.hasNext()) {
        const auto match = it.next();
        text(QStringView(html).mid(position, match.capturedStart() - position));
        position = match.capturedEnd();
        const QString name = match.captured(2);
        if (name == QLatin1String("a") || name == QLatin1String("code") ||
            name == QLatin1String("pre"))
            literalDepth = std::max(0, literalDepth + (match.captured(1).isEmpty() ? 1 : -1));
        out += match.captured(0);
    }
    text(QStringView(html).mid(position));
    return out;
}

} // namespace atrium::models
