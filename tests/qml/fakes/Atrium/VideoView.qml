import QtQuick

// Stands in for the app's VideoView (a painted item drawing a call's frames).
Item {
    property bool fill: false
    property bool mirrored: false
    property var source: null
}
