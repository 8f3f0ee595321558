#pragma once

#include <QString>

namespace atrium::models {

// Whether a message is only emoji (at most a few, spaces between allowed),
// which the timeline shows larger, as other clients do. Flags, skin tones,
// keycaps and ZWJ sequences (👩‍💻) count as one emoji each.
bool isEmojiOnly(const QString &text);

} // namespace atrium::models
