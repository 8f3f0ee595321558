#pragma once

#include <QByteArrayView>
#include <QLatin1String>
#include <QString>

namespace atrium::matrix {

// Finds where values sit in a JSON text without building them, in one pass:
// the caller descends into the values it wants and passes over the rest.
// The sync parser uses it to keep each event's text as the server sent it,
// so that the store writes those bytes instead of serializing every event
// again. Meant for text QJsonDocument has accepted; on anything else the
// walk reports Malformed and never reads past the text.
class JsonSkimmer
{
public:
    static constexpr qsizetype Malformed = -1;

    // The length of the JSON value at the start of `text`.
    static qsizetype valueLength(QByteArrayView text);

    // Walks the object at the start of `text`. For each member it calls
    // visit(key, rest): `key` is the key's raw text (see keyIs, decodeKey),
    // `rest` runs from the member's value to the end of `text`, and visit
    // returns the value's length (valueLength(rest) to pass over it).
    // Returns the object's length.
    template <typename Visit>
    static qsizetype readObject(QByteArrayView text, Visit visit);
    // The same for an array: visit(rest) for each element.
    template <typename Visit>
    static qsizetype readArray(QByteArrayView text, Visit visit);

    static bool keyIs(QByteArrayView rawKey, QLatin1String key);
    // A key as QJsonDocument reads it, escapes decoded.
    static QString decodeKey(QByteArrayView rawKey);

private:
    static qsizetype skipSpace(QByteArrayView text, qsizetype pos);
    // The index just past the string whose opening quote is at `pos`.
    static qsizetype stringEnd(QByteArrayView text, qsizetype pos);
    template <typename Visit>
    static qsizetype readContainer(QByteArrayView text, char open, char close, Visit visit);
};

template <typename Visit>
qsizetype JsonSkimmer::readObject(QByteArrayView text, Visit visit)
{
    return readContainer(text, '{', '}', visit);
}

template <typename Visit>
qsizetype JsonSkimmer::readArray(QByteArrayView text, Visit visit)
{
    return readContainer(text, '[', ']',
                         [&](QByteArrayView, QByteArrayView rest) { return visit(rest); });
}

template <typename Visit>
qsizetype JsonSkimmer::readContainer(QByteArrayView text, char open, char close, Visit visit)
{
    qsizetype pos = skipSpace(text, 0);
    if (pos >= text.size() || text[pos] != open)
        return Malformed;
    pos = skipSpace(text, pos + 1);
    if (pos < text.size() && text[pos] == close)
        return pos + 1;
    while (pos < text.size()) {
        QByteArrayView key;
        if (open == '{') {
            const qsizetype keyEnd = text[pos] == '"' ? stringEnd(text, pos) : Malformed;
            if (keyEnd == Malformed)
                return Malformed;
            key = text.sliced(pos + 1, keyEnd - pos - 2);
            pos = skipSpace(text, keyEnd);
            if (pos >= text.size() || text[pos] != ':')
                return Malformed;
            pos = skipSpace(text, pos + 1);
        }
        const qsizetype length = pos < text.size() ? visit(key, text.sliced(pos)) : Malformed;
        if (length == Malformed)
            return Malformed;
        pos = skipSpace(text, pos + length);
        if (pos < text.size() && text[pos] == ',')
            pos = skipSpace(text, pos + 1);
        else
            return pos < text.size() && text[pos] == close ? pos + 1 : Malformed;
    }
    return Malformed;
}

} // namespace atrium::matrix
