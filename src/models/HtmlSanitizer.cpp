#include "HtmlSanitizer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace atrium::models {

namespace {

// The spec's allowed tags that pass unchanged (without attributes). <font>,
// <span>, <a>, <ol>, <img>, <table>, <details> and <summary> are rewritten.
const QSet<QString> &plainTags()
{
    static const QSet<QString> tags = {
        QStringLiteral("b"),       QStringLiteral("strong"), QStringLiteral("i"),
        QStringLiteral("em"),      QStringLiteral("u"),      QStringLiteral("s"),
        QStringLiteral("del"),     QStringLiteral("strike"), QStringLiteral("code"),
        QStringLiteral("pre"),     QStringLiteral("p"),      QStringLiteral("br"),
        QStringLiteral("hr"),      QStringLiteral("ul"),     QStringLiteral("li"),
        QStringLiteral("h1"),      QStringLiteral("h2"),     QStringLiteral("h3"),
        QStringLiteral("h4"),      QStringLiteral("h5"),     QStringLiteral("h6"),
        QStringLiteral("sup"),     QStringLiteral("sub"),    QStringLiteral("blockquote"),
        QStringLiteral("div"),     QStringLiteral("thead"),  QStringLiteral("tbody"),
        QStringLiteral("tr"),      QStringLiteral("th"),     QStringLiteral("td"),
        QStringLiteral("caption"),
    };
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

QString escapeAttribute(QStringView value)
{
    return escapeText(value).replace(QLatin1Char('"'), QLatin1String("&quot;"));
}

// The value of attribute `name` in a tag's attribute text; null when absent.
QString attribute(const QString &attributes, const QString &name)
{
    const QRegularExpression pattern(
        QStringLiteral(R"re((?:^|\s)%1\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))re")
            .arg(QRegularExpression::escape(name)),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(attributes);
    if (!match.hasMatch())
        return {};
    return (match.captured(1) + match.captured(2) + match.captured(3)).trimmed();
}

bool hasAttribute(const QString &attributes, const QString &name)
{
    static const QString boundary = QStringLiteral(R"re((?:^|\s)%1(?:\s|=|$))re");
    return QRegularExpression(boundary.arg(QRegularExpression::escape(name)),
                              QRegularExpression::CaseInsensitiveOption)
        .match(attributes)
        .hasMatch();
}

QString safeHref(const QString &attributes)
{
    const QString url = attribute(attributes, QStringLiteral("href"));
    const QString lower = url.toLower();
    for (const char *scheme : {"https://", "http://", "mailto:", "matrix:"}) {
        if (lower.startsWith(QLatin1String(scheme)))
            return escapeAttribute(url);
    }
    return {};
}

// A colour as the spec allows one (#rrggbb); a <font>'s color may also be a
// name. Anything else (url(), expressions) is refused: empty.
QString safeColor(const QString &value, bool namesAllowed)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    static const QRegularExpression name(QStringLiteral("^[a-zA-Z]{1,20}$"));
    if (hex.match(value).hasMatch() || (namesAllowed && name.match(value).hasMatch()))
        return value;
    return {};
}

// <font> and <span> become a <span> with the colours they ask for.
QString colourSpan(const QString &tag, const QString &attributes)
{
    const bool font = tag == QLatin1String("font");
    QString color = safeColor(attribute(attributes, QStringLiteral("data-mx-color")), false);
    if (color.isEmpty() && font)
        color = safeColor(attribute(attributes, QStringLiteral("color")), true);
    const QString background =
        safeColor(attribute(attributes, QStringLiteral("data-mx-bg-color")), false);
    QStringList style;
    if (!color.isEmpty())
        style.append(QStringLiteral("color:%1").arg(color));
    if (!background.isEmpty())
        style.append(QStringLiteral("background-color:%1").arg(background));
    if (style.isEmpty())
        return QStringLiteral("<span>");
    return QStringLiteral("<span style=\"%1\">").arg(style.join(QLatin1Char(';')));
}

QString orderedList(const QString &attributes)
{
    bool ok = false;
    const int start = attribute(attributes, QStringLiteral("start")).toInt(&ok);
    return ok ? QStringLiteral("<ol start=\"%1\">").arg(start) : QStringLiteral("<ol>");
}

// The box a hidden spoiler shows instead of its text.
QString spoilerBox(const QString &reason)
{
    const QString label =
        reason.isEmpty()
            ? QCoreApplication::translate("HtmlSanitizer", "Spoiler")
            : QCoreApplication::translate("HtmlSanitizer", "Spoiler: %1").arg(escapeText(reason));
    return QStringLiteral("<a href=\"%1\"><span style=\"color:#ffffff;background-color:#5f6368\">"
                          "&nbsp;%2&nbsp;</span></a>")
        .arg(QLatin1String(HtmlSanitizer::SpoilerLink), label);
}

// One pass over the tags of a formatted body, writing what is kept.
class Sanitizing
{
public:
    explicit Sanitizing(HtmlSanitizer::Spoilers spoilers) : m_spoilers(spoilers) {}

    void text(QStringView text)
    {
        if (m_skipping.isEmpty() && m_hiddenSpans == 0)
            m_out += escapeText(text);
    }

    void tag(bool closing, const QString &name, const QString &attributes)
    {
        if (!m_skipping.isEmpty())
            return skipInside(closing, name);
        if (m_hiddenSpans > 0)
            return hideInside(closing, name);
        if (droppedWithContent().contains(name)) {
            if (!closing && !attributes.trimmed().endsWith(QLatin1Char('/'))) {
                m_skipping = name;
                m_skipDepth = 1;
            }
            return;
        }
        m_out += closing ? closingTag(name) : openingTag(name, attributes);
    }

    QString result() const { return m_out; }

private:
    void skipInside(bool closing, const QString &name)
    {
        if (name == m_skipping)
            m_skipDepth += closing ? -1 : 1;
        if (m_skipDepth == 0)
            m_skipping.clear();
    }

    void hideInside(bool closing, const QString &name)
    {
        if (name == QLatin1String("span"))
            m_hiddenSpans += closing ? -1 : 1;
    }

    QString openingTag(const QString &name, const QString &attributes)
    {
        if (plainTags().contains(name))
            return QLatin1Char('<') + name + QLatin1Char('>');
        if (name == QLatin1String("a")) {
            const QString href = safeHref(attributes);
            return href.isEmpty() ? QStringLiteral("<a>")
                                  : QStringLiteral("<a href=\"%1\">").arg(href);
        }
        if (name == QLatin1String("span") &&
            hasAttribute(attributes, QStringLiteral("data-mx-spoiler")))
            return spoiler(attributes);
        if (name == QLatin1String("span") || name == QLatin1String("font"))
            return colourSpan(name, attributes);
        if (name == QLatin1String("ol"))
            return orderedList(attributes);
        if (name == QLatin1String("table"))
            return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
        if (name == QLatin1String("details"))
            return QStringLiteral("<div>");
        if (name == QLatin1String("summary"))
            return QStringLiteral("<div><b>");
        if (name == QLatin1String("img")) {
            const QString alt = attribute(attributes, QStringLiteral("alt"));
            return escapeText(alt.isEmpty() ? attribute(attributes, QStringLiteral("title")) : alt);
        }
        return {};
    }

    static QString closingTag(const QString &name)
    {
        if (plainTags().contains(name) || name == QLatin1String("a") ||
            name == QLatin1String("ol") || name == QLatin1String("table") ||
            name == QLatin1String("span"))
            return QStringLiteral("</%1>").arg(name);
        if (name == QLatin1String("font"))
            return QStringLiteral("</span>");
        if (name == QLatin1String("details"))
            return QStringLiteral("</div>");
        if (name == QLatin1String("summary"))
            return QStringLiteral("</b></div>");
        return {};
    }

    QString spoiler(const QString &attributes)
    {
        if (m_spoilers == HtmlSanitizer::Spoilers::Shown)
            return QStringLiteral("<span style=\"background-color:#e8eaed;color:#202124\">");
        m_hiddenSpans = 1;
        return spoilerBox(attribute(attributes, QStringLiteral("data-mx-spoiler")));
    }

    const HtmlSanitizer::Spoilers m_spoilers;
    QString m_out;
    QString m_skipping; // inside a tag dropped with its content
    int m_skipDepth = 0;
    int m_hiddenSpans = 0; // inside a hidden spoiler: the spans open there
};

} // namespace

QString HtmlSanitizer::sanitize(const QString &html, Spoilers spoilers)
{
    static const QRegularExpression tag(
        QStringLiteral(
            R"re(<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>)re"),
        QRegularExpression::DotMatchesEverythingOption);
    Sanitizing sanitizing(spoilers);
    qsizetype position = 0;
    auto it = tag.globalMatch(html);
    while (it.hasNext()) {
        const auto match = it.next();
        sanitizing.text(QStringView(html).mid(position, match.capturedStart() - position));
        position = match.capturedEnd();
        if (!match.captured(2).isEmpty()) // else a comment
            sanitizing.tag(!match.captured(1).isEmpty(), match.captured(2).toLower(),
                           match.captured(3));
    }
    sanitizing.text(QStringView(html).mid(position));
    return sanitizing.result();
}

} // namespace atrium::models
