#include "EmojiText.h"

#include <QList>
#include <QStringView>
#include <QTextBoundaryFinder>
#include <algorithm>

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
    // Whole blocks of pictographs and of symbols shown as emoji.
    if ((c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF))
        return true;
    // From blocks of arrows, shapes and technical signs, only the emoji
    // (⌚ ⏰ ▶ ⬆ ⭐ …), not ⇒, ■ or ⌘.
    static constexpr char32_t Singles[] = {
        0x00A9, 0x00AE, 0x203C, 0x2049, 0x2122, 0x2139, 0x2194, 0x2195, 0x2196, 0x2197, 0x2198,
        0x2199, 0x21A9, 0x21AA, 0x231A, 0x231B, 0x2328, 0x23CF, 0x23E9, 0x23EA, 0x23EB, 0x23EC,
        0x23ED, 0x23EE, 0x23EF, 0x23F0, 0x23F1, 0x23F2, 0x23F3, 0x23F8, 0x23F9, 0x23FA, 0x24C2,
        0x25AA, 0x25AB, 0x25B6, 0x25C0, 0x25FB, 0x25FC, 0x25FD, 0x25FE, 0x2934, 0x2935, 0x2B05,
        0x2B06, 0x2B07, 0x2B1B, 0x2B1C, 0x2B50, 0x2B55, 0x3030, 0x303D, 0x3297, 0x3299};
    return std::find(std::begin(Singles), std::end(Singles), c) != std::end(Singles);
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
