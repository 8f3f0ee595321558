// The browser side of jssdk_calls.mjs: matrix-js-sdk's MatrixCall (what Element
// uses for 1:1 calls) in headless Chromium. Bundled by esbuild into the test's
// temporary directory; the driver calls window.jscall.* through puppeteer.
import * as sdk from "matrix-js-sdk";
// Not re-exported by the package's index.
import { CallErrorCode, supportsMatrixCall } from "matrix-js-sdk/lib/webrtc/call.js";
import { CallEventHandlerEvent } from "matrix-js-sdk/lib/webrtc/callEventHandler.js";

let client;
let current;       // the MatrixCall in progress
const seen = [];   // what happened, for the driver's assertions and logs

function note(what) {
    seen.push(what);
}

// Remote audio is only decoded when something plays it (as Element does with
// an <audio> element); Chromium's stats count decoded samples only then.
function play(call) {
    for (const feed of call.getRemoteFeeds()) {
        if (feed.stream.getAudioTracks().length === 0 || document.getElementById(feed.stream.id))
            continue;
        const audio = document.createElement("audio");
        audio.id = feed.stream.id;
        audio.autoplay = true;
        audio.srcObject = feed.stream;
        document.body.append(audio);
        audio.play().catch((error) => note(`audio play failed: ${error.message}`));
    }
}

function watch(call) {
    current = call;
    call.on(sdk.CallEvent.FeedsChanged, () => play(call));
    call.on(sdk.CallEvent.State, (state) => note(`state ${state}`));
    call.on(sdk.CallEvent.Hangup, () => note(`hangup party=${call.hangupParty} reason=${call.hangupReason}`));
    call.on(sdk.CallEvent.Error, (error) => note(`error ${error.code} ${error.message}`));
}

async function start(baseUrl, userId, deviceId, accessToken, roomId) {
    client = sdk.createClient({ baseUrl, userId, deviceId, accessToken });
    if (!supportsMatrixCall())
        throw new Error("this browser does not support MatrixCall");
    client.on(CallEventHandlerEvent.Incoming, (call) => {
        note(`incoming video=${call.type}`);
        watch(call);
        call.answer(true, true);
    });
    const synced = new Promise((resolve, reject) => {
        client.on(sdk.ClientEvent.Sync, (state) => {
            if (state === "PREPARED" || state === "SYNCING")
                resolve();
            else if (state === "ERROR")
                reject(new Error("sync failed"));
        });
    });
    await client.startClient({ initialSyncLimit: 5 });
    await synced;
    await client.joinRoom(roomId);
}

// When set (a MIME type, "video/H264"), the video sections of our offers
// list only that codec, as a peer that takes only one offers. js-sdk makes
// its offers as negotiation is needed, so the choice is made in createOffer.
let offeredVideoCodec = null;
const createOffer = RTCPeerConnection.prototype.createOffer;
RTCPeerConnection.prototype.createOffer = function (...args) {
    if (offeredVideoCodec) {
        const codecs = RTCRtpReceiver.getCapabilities("video").codecs
            .filter((codec) => codec.mimeType === offeredVideoCodec);
        for (const transceiver of this.getTransceivers()) {
            if (transceiver.receiver.track.kind === "video")
                transceiver.setCodecPreferences(codecs);
        }
    }
    return createOffer.apply(this, args);
};

function offerVideoOnlyIn(mimeType) {
    offeredVideoCodec = mimeType;
}

async function placeVideoCall(roomId) {
    const call = sdk.createNewMatrixCall(client, roomId);
    watch(call);
    await call.placeVideoCall();
}

// Media received from the other side so far, from the peer connection's stats,
// and the addresses of the candidate pair in use.
async function media() {
    const result = { state: current?.state ?? "none", audioSamples: 0, audioPackets: 0,
                     framesDecoded: 0, remoteTracks: [], pair: null, seen: [...seen],
                     remoteAudioMuted: null, remoteVideoMuted: null,
                     signalingState: null, directions: [], localOnHold: false,
                     videoCodecs: { inbound: null, outbound: null } };
    if (!current)
        return result;
    for (const feed of current.getRemoteFeeds())
        for (const track of feed.stream.getTracks())
            result.remoteTracks.push(`${track.kind}:${track.readyState}`);
    // What the other side's sdp_stream_metadata says of its microphone and camera.
    const usermedia = current.remoteUsermediaFeed;
    if (usermedia) {
        result.remoteAudioMuted = usermedia.isAudioMuted();
        result.remoteVideoMuted = usermedia.isVideoMuted();
    }
    const pc = current.peerConn;
    if (!pc)
        return result;
    // Negotiated directions (set once an answer was applied): hold shows here.
    result.signalingState = pc.signalingState;
    result.directions = pc.getTransceivers().map((t) => t.currentDirection);
    result.localOnHold = current.isLocalOnHold(); // the other side holds us
    result.sharing = current.isScreensharing();
    // The other side's screen share, as js-sdk sorted it: a feed of its own
    // with purpose m.screenshare (kept only when the metadata named it).
    const screenTrack = current.remoteScreensharingFeed?.stream.getVideoTracks()[0];
    result.remoteScreen = screenTrack ? { state: screenTrack.readyState, framesDecoded: 0 } : null;

    const stats = await pc.getStats();
    let pairId;
    stats.forEach((s) => {
        if (s.type === "inbound-rtp" && s.kind === "audio") {
            result.audioSamples += s.totalSamplesReceived ?? 0;
            result.audioPackets += s.packetsReceived ?? 0;
        } else if (s.type === "inbound-rtp" && s.kind === "video" &&
                   screenTrack && s.trackIdentifier === screenTrack.id) {
            result.remoteScreen.framesDecoded = s.framesDecoded ?? 0;
        } else if (s.type === "inbound-rtp" && s.kind === "video") {
            result.framesDecoded += s.framesDecoded ?? 0;
            result.videoCodecs.inbound = stats.get(s.codecId)?.mimeType ?? null;
        } else if (s.type === "outbound-rtp" && s.kind === "video") {
            result.videoCodecs.outbound = stats.get(s.codecId)?.mimeType ?? null;
        } else if (s.type === "transport" && s.selectedCandidatePairId) {
            pairId = s.selectedCandidatePairId;
        }
    });
    const pair = pairId && stats.get(pairId);
    if (pair) {
        const local = stats.get(pair.localCandidateId);
        const remote = stats.get(pair.remoteCandidateId);
        result.pair = `${local?.address}:${local?.port} -> ${remote?.address}:${remote?.port}`;
    }
    return result;
}

function hangup() {
    current?.hangup(CallErrorCode.UserHangup, false);
}

// Sends m.call.sdp_stream_metadata_changed, as Element's mute button does.
async function setMicrophoneMuted(muted) {
    return current ? await current.setMicrophoneMuted(muted) : null;
}

// Element's hold: m.call.negotiate with every transceiver sendonly.
function setRemoteOnHold(onHold) {
    current?.setRemoteOnHold(onHold);
}

// Element's screen sharing, from an animated canvas (headless Chromium has no
// screen to capture): js-sdk adds it as a second video stream, purpose
// m.screenshare, and offers it in m.call.negotiate.
async function setScreensharing(enabled) {
    if (!current)
        return null;
    client.getMediaHandler().getScreensharingStream = async () => {
        const canvas = document.createElement("canvas");
        canvas.width = 640;
        canvas.height = 360;
        const context = canvas.getContext("2d");
        let frame = 0;
        setInterval(() => {
            context.fillStyle = "#204080";
            context.fillRect(0, 0, canvas.width, canvas.height);
            context.fillStyle = "#ffffff";
            context.fillRect((frame++ * 8) % canvas.width, 140, 80, 80);
        }, 50);
        return canvas.captureStream(15);
    };
    return await current.setScreensharingEnabled(enabled);
}

window.jscall = { start, placeVideoCall, media, hangup, setMicrophoneMuted, setRemoteOnHold,
                  setScreensharing, offerVideoOnlyIn };
