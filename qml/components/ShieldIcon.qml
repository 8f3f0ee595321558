import QtQuick

// A small shield, drawn (no icon font needed), with a mark inside: ✓ for
// trust, ! for a warning, ? for what cannot be known. What trust the views show: on a message, a room
// and a member.
Canvas {
    id: shield

    property color color: "#2e7d32"
    property string mark: "✓"
    property real size: 14

    Accessible.role: Accessible.Graphic
    implicitHeight: size
    implicitWidth: Math.round(size * 0.86)

    onColorChanged: requestPaint()
    onHeightChanged: requestPaint()
    onMarkChanged: requestPaint()
    onPaint: {
        const ctx = getContext("2d");
        const w = width;
        const h = height;
        ctx.reset();
        // Flat top, straight sides, curving to a point at the bottom.
        ctx.beginPath();
        ctx.moveTo(w * 0.5, 0);
        ctx.lineTo(w, h * 0.16);
        ctx.lineTo(w, h * 0.45);
        ctx.quadraticCurveTo(w, h * 0.82, w * 0.5, h);
        ctx.quadraticCurveTo(0, h * 0.82, 0, h * 0.45);
        ctx.lineTo(0, h * 0.16);
        ctx.closePath();
        ctx.fillStyle = shield.color;
        ctx.fill();
        ctx.strokeStyle = "white";
        ctx.fillStyle = "white";
        ctx.lineCap = "round";
        ctx.lineWidth = Math.max(1.4, h / 9);
        ctx.beginPath();
        if (shield.mark === "✓") {
            ctx.moveTo(w * 0.28, h * 0.5);
            ctx.lineTo(w * 0.45, h * 0.66);
            ctx.lineTo(w * 0.74, h * 0.32);
            ctx.stroke();
        } else if (shield.mark === "!") {
            ctx.moveTo(w * 0.5, h * 0.24);
            ctx.lineTo(w * 0.5, h * 0.56);
            ctx.stroke();
            ctx.beginPath();
            ctx.arc(w * 0.5, h * 0.73, ctx.lineWidth * 0.6, 0, 2 * Math.PI);
            ctx.fill();
        } else if (shield.mark === "?") {
            // An arc over to the right, down to the middle, then the dot.
            ctx.arc(w * 0.5, h * 0.35, w * 0.16, Math.PI * 1.1, Math.PI * 0.5);
            ctx.lineTo(w * 0.5, h * 0.57);
            ctx.stroke();
            ctx.beginPath();
            ctx.arc(w * 0.5, h * 0.74, ctx.lineWidth * 0.6, 0, 2 * Math.PI);
            ctx.fill();
        }
    }
    onWidthChanged: requestPaint()
}
