#include "JsonSkimmer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstring>

namespace atrium::matrix {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

qsizetype JsonSkimmer::skipSpace(QByteArrayView text, qsizetype pos)
{
    while (pos < text.size() && isSpace(text[pos]))
        ++pos;
    return pos;
}

qsizetype JsonSkimmer::stringEnd(QByteArrayView text, qsizetype pos)
{
    // Most of a sync answer is text inside strings: memchr jumps over it.
    const char *begin = text.data();
    const char *end = begin + text.size();
    const char *p = begin + pos + 1;
    while (p < end) {
        const auto *quote = static_cast<const char *>(memchr(p, '"', size_t(end - p)));
        if (!quote)
            return Malformed;
        // An odd run of backslashes before it escapes the quote.
        const char *q = quote;
        while (q > p && q[-1] == '\\')
            --q;
        if ((quote - q) % 2 == 0)
            return quote - begin + 1;
        p = quote + 1;
    }
    return Malformed;
}

qsizetype JsonSkimmer::valueLength(QByteArrayView text)
{
    if (text.isEmpty())
        return Malformed;
    const char first = text[0];
    if (first == '"')
        return stringEnd(text, 0);
    if (first == '{' || first == '[') {
        int depth = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '"') {
                i = stringEnd(text, i);
                if (i == Malformed)
                    return Malformed;
                --i; // the loop steps past the closing quote
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return i + 1;
            }
        }
        return Malformed;
    }
    // A number, true, false or null runs to the next delimiter.
    qsizetype i = 0;
    while (i < text.size() && !isSpace(text[i]) && text[i] != ',' && text[i] != '}' &&
           text[i] != ']')
        ++i;
    return i > 0 ? i : Malformed;
}

bool JsonSkimmer::keyIs(QByteArrayView rawKey, QLatin1String key)
{
    if (!rawKey.contains('\\'))
        return rawKey == QByteArrayView(key.data(), key.size());
    return decodeKey(rawKey) == key;
}

QString JsonSkimmer::decodeKey(QByteArrayView rawKey)
{
    if (!rawKey.contains('\\'))
        return QString::fromUtf8(rawKey);
    // Rare in keys: let QJsonDocument decode the escapes.
    const QByteArray quoted = "[\"" + rawKey.toByteArray() + "\"]";
    return QJsonDocument::fromJson(quoted).array().at(0).toString();
}

} // namespace atrium::matrix
