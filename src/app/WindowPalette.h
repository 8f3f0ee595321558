#pragma once

class QQuickWindow;

// Gives `window` (and the application, whose palette rich text's links
// follow) Atrium's dark palette, or the platform's light one. Qt Quick
// Controls in Qt 6.4 take their palette from the platform theme at start-up
// and do not follow a change of the application palette, so the window's own
// palette is set.
void applyColorScheme(QQuickWindow *window, bool dark);
