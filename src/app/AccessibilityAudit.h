#pragma once

#include <QStringList>

class QQuickWindow;

// Checks that every control a person can operate in a window (buttons, fields,
// check boxes, tabs, sliders, …) has a name for screen readers. The screenshot
// mode runs it on every view it renders and fails on what it finds.
class AccessibilityAudit
{
public:
    // One line per visible, enabled control without an accessible name: its
    // QML type and objectName, and where it is.
    static QStringList unnamedControls(QQuickWindow *window);
};
