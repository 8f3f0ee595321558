import QtQuick
import QtQuick.Controls

// A choice of one capture device: "System default" first, then the devices
// plugged in. A chosen device that is unplugged stays listed, marked, so the
// choice shows and comes back into use when the device does.
ComboBox {
    id: box

    // Ids of the devices plugged in, and the chosen one ("": the default).
    property string chosen: ""
    property var devices: []

    // The device ids in list order: "" for the default.
    readonly property var ids: {
        const list = [""].concat(devices);
        if (chosen !== "" && devices.indexOf(chosen) < 0)
            list.push(chosen);
        return list;
    }
    // What the list is of, for screen readers: "Microphone".
    property string what: ""

    signal chose(string id)

    // Set, not bound: choosing in the list assigns currentIndex itself.
    function showChosen() {
        currentIndex = ids.indexOf(chosen);
    }

    Accessible.name: what
    model: ids.map(id => {
            if (id === "")
                return qsTr("System default");
            return devices.indexOf(id) < 0 ? qsTr("%1 (unplugged)").arg(id) : id;
        })

    Component.onCompleted: showChosen()
    onActivated: index => box.chose(box.ids[index])
    onChosenChanged: showChosen()
    onModelChanged: showChosen()
}
