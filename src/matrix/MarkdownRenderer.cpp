#include "MarkdownRenderer.h"

#include <cmark.h>

namespace atrium::matrix {

QString MarkdownRenderer::toHtml(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    // CMARK_OPT_SAFE is the default in cmark 0.30: raw HTML is dropped, so a
    // message cannot smuggle markup the sender did not write as markdown.
    char *html = cmark_markdown_to_html(utf8.constData(), size_t(utf8.size()),
                                        CMARK_OPT_DEFAULT | CMARK_OPT_HARDBREAKS);
    QString result = QString::fromUtf8(html).trimmed();
    free(html);
    return result;
}

QJsonObject MarkdownRenderer::textMessage(const QString &markdown, const QString &msgtype)
{
    QJsonObject content{{"msgtype", msgtype}, {"body", markdown}};
    const QString html = toHtml(markdown);
    QString plain = markdown.toHtmlEscaped();
    plain.replace(QLatin1Char('\n'), QLatin1String("<br />\n"));
    const bool onlyParagraph = html == QStringLiteral("<p>%1</p>").arg(plain);
    if (!html.isEmpty() && !onlyParagraph) {
        content.insert("format", "org.matrix.custom.html");
        content.insert("formatted_body", html);
    }
    return content;
}

} // namespace atrium::matrix
