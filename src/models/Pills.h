#pragma once

#include <QString>

namespace atrium::models {

// Shows what a message links to inside Matrix as pills, the way Matrix clients do:
// a link to a user or a room (https://matrix.to/#/… or a matrix: URI) becomes a chip,
// a tinted box around the link's text, and so does "@room"; a pill naming the
// reader stands out in the mention colour. Works on sanitized HTML (HtmlSanitizer's
// output, attributes reduced to href), which it keeps safe.
class Pills
{
public:
    static QString decorate(const QString &sanitizedHtml, const QString &ownUserId);
    // The Matrix id a link points to ("@user:server", "#room:server", "!id:server"),
    // or empty for any other link.
    static QString linkedId(const QString &url);
};

} // namespace atrium::models
