#pragma once

#include <QString>
#include <QStringView>
#include <functional>

namespace atrium::models {

// Rewrites the prose of sanitized HTML (HtmlSanitizer's output): the text
// between tags, except inside <a>, <code> and <pre>, whose text is meant
// literally or is a link already. Tags pass through unchanged.
QString mapProse(const QString &html, const std::function<QString(QStringView)> &rewrite);

} // namespace atrium::models
