#pragma once

#include <QString>

namespace atrium::models {

// Reduces a message's formatted_body to what the spec allows and Qt's rich
// text shows safely: formatting, lists (an <ol>'s start), quotes, code,
// tables, text colours (data-mx-color, data-mx-bg-color, a <font>'s color)
// and http(s)/mailto/matrix: links. Other tags are dropped with their text
// kept (an <img>, which would need a fetch, leaves its alt text); scripts,
// styles and reply fallbacks are dropped with their content; all other
// attributes are dropped. The result is safe to give a Text with Text.RichText.
class HtmlSanitizer
{
public:
    // A spoiler (<span data-mx-spoiler>) hidden shows as a box reading
    // "Spoiler" (with its reason) that links to SpoilerLink; shown, as its
    // text on a tinted background.
    enum class Spoilers
    {
        Hidden,
        Shown
    };
    static constexpr auto SpoilerLink = "atrium:spoiler";

    static QString sanitize(const QString &html, Spoilers spoilers = Spoilers::Hidden);
};

} // namespace atrium::models
