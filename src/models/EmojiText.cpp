#include "EmojiText.h"

#include <QList>
#include <QStringView>
#include <QTextBoundaryFinder>

namespace atrium::models {

namespace {

// More than this many and it reads as a line of text again.
constexpr int MaxEmoji = 10;

constexpr char32_t ZeroWidthJoiner = 0x200D;
constexpr char32_t Keycap = 0x20E3;

// Code points that are emoji themselves (the blocks Unicode puts its
// pictographs in, and the few older symbols shown as emoji).
bool isPictograph(char32_t c)
{
    return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) ||
           (c >= 0x2300 && c <= 0x23FF) || (c >= 0x2B00 && c <= 0x2BFF) ||
           (c >= 0x2190 && c <= 0x21FF) || (c >= 0x25A0 && c <= 0x25FF) || c == 0x00A9 ||
           c == 0x00AE || c == 0x203C || c == 0x2049 || c == 0x2122 || c == 0x2139 || c == 0x24C2 ||
           c == 0x3030 || c == 0x303D || c == 0x3297 || c == 0x3299;
}

// What joins or modifies an emoji without being one: ZWJ, variation
// selectors, the keycap mark and the tags of subdivision flags.
bool isEmojiComponent(char32_t c)
{
    return c == ZeroWidthJoiner || c == 0xFE0F || c == 0xFE0E || c == Keycap ||
           (c >= 0xE0020 && c <= 0xE007F);
}

// One grapheme (what a reader sees as one character) that is an emoji.
bool isEmojiGrapheme(QStringView grapheme)
{
    const QList<uint> codePoints = grapheme.toUcs4();
    if (codePoints.isEmpty())
        return false;
    // A digit, # or * is an emoji only as a keycap (1️⃣).
    const char32_t first = codePoints.first();
    if ((first >= '0' && first <= '9') || first == '#' || first == '*')
        return codePoints.contains(Keycap);
    if (!isPictograph(first))
        return false;
    for (const uint c : codePoints) {
        if (!isPictograph(c) && !isEmojiComponent(c))
            return false;
    }
    return true;
}

} // namespace

bool isEmojiOnly(const QString &text)
{
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    int emoji = 0;
    qsizetype start = 0;
    for (qsizetype end = graphemes.toNextBoundary(); end != -1;
         start = end, end = graphemes.toNextBoundary()) {
        const QStringView grapheme = QStringView(text).mid(start, end - start);
        if (grapheme.trimmed().isEmpty())
            continue;
        if (!isEmojiGrapheme(grapheme) || ++emoji > MaxEmoji)
            return false;
    }
    return emoji > 0;
}

} // namespace atrium::models
