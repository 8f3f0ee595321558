#include "HtmlSanitizer.h"

#include <QCoreApplication>
#include <QHash>
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

// Only < and >: entities (&amp;, &lt;) in the formatted body are text already
// and pass through as they are.
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

using Attributes = QHash<QString, QString>; // lower-case name → value ("" when none)

// A tag's attribute text read as browsers do: names up to whitespace, "/" or
// "=", values quoted with " or ' (to the end, if never closed) or unquoted up
// to whitespace. The first of a repeated name counts.
Attributes parseAttributes(QStringView text)
{
    Attributes attributes;
    qsizetype i = 0;
    auto skip = [&](auto isSkipped) {
        while (i < text.size() && isSkipped(text.at(i)))
            ++i;
    };
    const auto isSpace = [](QChar c) { return c.isSpace(); };
    while (i < text.size()) {
        skip([](QChar c) { return c.isSpace() || c == QLatin1Char('/'); });
        const qsizetype nameStart = i;
        skip(
            [](QChar c) { return !c.isSpace() && c != QLatin1Char('/') && c != QLatin1Char('='); });
        const QString name = text.mid(nameStart, i - nameStart).toString().toLower();
        skip(isSpace);
        QString value;
        if (i < text.size() && text.at(i) == QLatin1Char('=')) {
            ++i;
            skip(isSpace);
            const QChar quote = i < text.size() ? text.at(i) : QChar();
            if (quote == QLatin1Char('"') || quote == QLatin1Char('\'')) {
                const qsizetype close = text.indexOf(quote, i + 1);
                const qsizetype end = close < 0 ? text.size() : close;
                value = text.mid(i + 1, end - i - 1).toString();
                i = end + 1;
            } else {
                const qsizetype valueStart = i;
                skip([](QChar c) { return !c.isSpace(); });
                value = text.mid(valueStart, i - valueStart).toString();
            }
        }
        if (!name.isEmpty() && !attributes.contains(name))
            attributes.insert(name, value.trimmed());
    }
    return attributes;
}

QString safeHref(const Attributes &attributes)
{
    const QString url = attributes.value(QStringLiteral("href"));
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
QString colourSpan(const QString &tag, const Attributes &attributes)
{
    const bool font = tag == QLatin1String("font");
    QString color = safeColor(attributes.value(QStringLiteral("data-mx-color")), false);
    if (color.isEmpty() && font)
        color = safeColor(attributes.value(QStringLiteral("color")), true);
    const QString background =
        safeColor(attributes.value(QStringLiteral("data-mx-bg-color")), false);
    QStringList style;
    if (!color.isEmpty())
        style.append(QStringLiteral("color:%1").arg(color));
    if (!background.isEmpty())
        style.append(QStringLiteral("background-color:%1").arg(background));
    if (style.isEmpty())
        return QStringLiteral("<span>");
    return QStringLiteral("<span style=\"%1\">").arg(style.join(QLatin1Char(';')));
}

QString orderedList(const Attributes &attributes)
{
    bool ok = false;
    const int start = attributes.value(QStringLiteral("start")).toInt(&ok);
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

    QString openingTag(const QString &name, const QString &attributeText)
    {
        const Attributes attributes = parseAttributes(attributeText);
        if (plainTags().contains(name))
            return QLatin1Char('<') + name + QLatin1Char('>');
        if (name == QLatin1String("a")) {
            const QString href = safeHref(attributes);
            return href.isEmpty() ? QStringLiteral("<a>")
                                  : QStringLiteral("<a href=\"%1\">").arg(href);
        }
        if (name == QLatin1String("span") && attributes.contains(QStringLiteral("data-mx-spoiler")))
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
            const QString alt = attributes.value(QStringLiteral("alt"));
            return escapeText(alt.isEmpty() ? attributes.value(QStringLiteral("title")) : alt);
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

    QString spoiler(const Attributes &attributes)
    {
        if (m_spoilers == HtmlSanitizer::Spoilers::Shown)
            // A grey tint that reads on light and dark alike.
            return QStringLiteral("<span style=\"background-color:rgba(127,127,127,25%)\">");
        m_hiddenSpans = 1;
        return spoilerBox(attributes.value(QStringLiteral("data-mx-spoiler")));
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
    // A quote left open inside a tag still ends the tag at its ">" (the last
    // alternative): else the tag would show as text, and a spoiler's text with it.
    static const QRegularExpression tag(
        QStringLiteral(
            R"re(<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*'|["'])*)>)re"),
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
