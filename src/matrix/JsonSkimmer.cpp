#include "JsonSkimmer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstring>

namespace atrium::matrix {

namespace {

constexpr qsizetype NotFound = -1;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(QByteArrayView text, qsizetype pos)
{
    while (pos < text.size() && isSpace(text[pos]))
        ++pos;
    return pos;
}

// The index just past the string whose opening quote is at `pos`. Most of
// a sync answer is text inside strings: memchr jumps over it.
qsizetype skipString(QByteArrayView text, qsizetype pos)
{
    const char *begin = text.data();
    const char *end = begin + text.size();
    const char *p = begin + pos + 1;
    while (p < end) {
        const auto *quote = static_cast<const char *>(memchr(p, '"', size_t(end - p)));
        if (!quote)
            return NotFound;
        // An odd run of backslashes before it escapes the quote.
        const char *q = quote;
        while (q > p && q[-1] == '\\')
            --q;
        if ((quote - q) % 2 == 0)
            return quote - begin + 1;
        p = quote + 1;
    }
    return NotFound;
}

// The index just past the value that starts at `pos`.
qsizetype skipValue(QByteArrayView text, qsizetype pos)
{
    const char first = text[pos];
    if (first == '"')
        return skipString(text, pos);
    if (first == '{' || first == '[') {
        int depth = 0;
        for (qsizetype i = pos; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '"') {
                i = skipString(text, i);
                if (i == NotFound)
                    return NotFound;
                --i; // the loop steps past the closing quote
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return i + 1;
            }
        }
        return NotFound;
    }
    // A number, true, false or null runs to the next delimiter.
    qsizetype i = pos;
    while (i < text.size() && !isSpace(text[i]) && text[i] != ',' && text[i] != '}' &&
           text[i] != ']')
        ++i;
    return i;
}

// A key as QJsonDocument reads it: escapes (rare in keys) decoded.
QString decodeKey(QByteArrayView raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    const QByteArray quoted = "[\"" + raw.toByteArray() + "\"]";
    return QJsonDocument::fromJson(quoted).array().at(0).toString();
}

// Walks a container's text: calls visit(keyText, valueText) for each member
// of an object (keyText empty for array elements). False on malformed text.
template <typename Visit>
bool forEachItem(QByteArrayView text, char open, char close, Visit visit)
{
    qsizetype pos = skipSpace(text, 0);
    if (pos >= text.size() || text[pos] != open)
        return false;
    pos = skipSpace(text, pos + 1);
    if (pos < text.size() && text[pos] == close)
        return true;
    while (pos < text.size()) {
        QByteArrayView key;
        if (open == '{') {
            const qsizetype keyEnd = text[pos] == '"' ? skipString(text, pos) : NotFound;
            if (keyEnd == NotFound)
                return false;
            key = text.sliced(pos + 1, keyEnd - pos - 2);
            pos = skipSpace(text, keyEnd);
            if (pos >= text.size() || text[pos] != ':')
                return false;
            pos = skipSpace(text, pos + 1);
        }
        const qsizetype valueEnd = pos < text.size() ? skipValue(text, pos) : NotFound;
        if (valueEnd == NotFound)
            return false;
        visit(key, text.sliced(pos, valueEnd - pos));
        pos = skipSpace(text, valueEnd);
        if (pos < text.size() && text[pos] == ',')
            pos = skipSpace(text, pos + 1);
        else
            return pos < text.size() && text[pos] == close;
    }
    return false;
}

} // namespace

QByteArrayView JsonSkimmer::member(QByteArrayView object, QLatin1String key)
{
    QByteArrayView found;
    const bool ok = forEachItem(object, '{', '}', [&](QByteArrayView rawKey, QByteArrayView value) {
        if (rawKey == QByteArrayView(key.data(), key.size()) ||
            (rawKey.contains('\\') && decodeKey(rawKey) == key))
            found = value;
    });
    return ok ? found : QByteArrayView();
}

QHash<QString, QByteArrayView> JsonSkimmer::members(QByteArrayView object)
{
    QHash<QString, QByteArrayView> result;
    const bool ok = forEachItem(object, '{', '}', [&](QByteArrayView rawKey, QByteArrayView value) {
        result.insert(decodeKey(rawKey), value);
    });
    return ok ? result : QHash<QString, QByteArrayView>();
}

QList<QByteArrayView> JsonSkimmer::elements(QByteArrayView array)
{
    QList<QByteArrayView> result;
    const bool ok = forEachItem(
        array, '[', ']', [&](QByteArrayView, QByteArrayView value) { result.append(value); });
    return ok ? result : QList<QByteArrayView>();
}

} // namespace atrium::matrix
