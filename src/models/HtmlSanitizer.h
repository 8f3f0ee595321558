#pragma once

#include <QString>

namespace atrium::models {

// Reduces a message's formatted_body to the small set of tags Qt's rich text
// shows safely: formatting, lists, quotes, code and http(s)/mailto/matrix: links.
// Other tags are dropped (their text kept); scripts, styles and reply
// fallbacks are dropped with their content; attributes are dropped except a
// link's href. The result is safe to give a Text with Text.RichText.
class HtmlSanitizer
{
public:
    static QString sanitize(const QString &html);
};

} // namespace atrium::models
