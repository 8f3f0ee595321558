#pragma once

#include <QJsonObject>
#include <QString>

namespace atrium::matrix {

// Turns what a person typed into an m.text message content: the text as
// `body`, and CommonMark rendered by cmark as `formatted_body` when the
// markdown changes anything.
class MarkdownRenderer
{
public:
    static QString toHtml(const QString &markdown);
    static QJsonObject textMessage(const QString &markdown, const QString &msgtype = "m.text");
};

} // namespace atrium::matrix
