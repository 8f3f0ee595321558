#pragma once

#include <QString>

namespace atrium::models {

// Makes links of what a message names without linking it: web addresses
// ("https://…", "www.…") and Matrix ids ("@user:server", "#room:server",
// which become matrix.to links and so pills). Element and most clients
// send such messages as plain text, so a reader's client has to do it.
class Linkify
{
public:
    // Sanitized HTML with the addresses and ids in its prose made links.
    static QString html(const QString &sanitizedHtml);
    // A plain-text body as HTML (spaces and line breaks kept) with its
    // addresses and ids made links.
    static QString plainText(const QString &body);
};

} // namespace atrium::models
