// Interoperability test: a WebSocket client that nobody on the Palaver team wrote (the `ws`
// package under Node.js) talks to the real palaver-server, using only the protocol as written
// down, never our own client code.
//
//   node chat.mjs <path to palaver-server>
//
// Exits 0 when every check passes, 1 on the first failure or after TIMEOUT_MS.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';

const TIMEOUT_MS = 20_000;
const ROOM = 'general';
/// Kinds of the messages the server writes itself: who joined or left a room, or was renamed.
const EVENT_KINDS = ['join', 'leave', 'nick'];
const TIME_FORMAT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const serverBinary = process.argv[2];
if (!serverBinary) {
  console.error('usage: node chat.mjs <path to palaver-server>');
  process.exit(2);
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'palaver-interop-'));
let server = null;
let serverLog = '';
const clients = [];

function cleanUp() {
  for (const client of clients) client.socket.terminate();
  if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
}

function fail(error) {
  console.error(`interop_node_ws: FAILED: ${error && error.stack ? error.stack : error}`);
  if (serverLog) console.error(`--- palaver-server log ---\n${serverLog.trimEnd()}`);
  cleanUp();
  process.exit(1);
}

process.on('uncaughtException', fail); // e.g. an assert in an event handler
process.on('unhandledRejection', fail);
const watchdog = setTimeout(() => fail(new Error(`no result after ${TIMEOUT_MS} ms`)), TIMEOUT_MS);

/// Resolves once `check()` returns something other than undefined; re-checked on every event.
function waitUntil(what, emitter, events, check) {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      let value;
      try {
        value = check();
      } catch (error) {
        reject(error);
        return true;
      }
      if (value === undefined) return false;
      for (const event of events) emitter.off(event, attempt);
      resolve(value);
      return true;
    };
    if (!attempt()) {
      for (const event of events) emitter.on(event, attempt);
    }
  }).catch((error) => {
    throw new Error(`while waiting for ${what}: ${error.message}`);
  });
}

function startServer() {
  const env = { ...process.env };
  delete env.QT_MESSAGE_PATTERN; // the log line we parse is in the server's own format
  delete env.QT_LOGGING_RULES;
  server = spawn(
    serverBinary,
    ['--listen', '127.0.0.1', '--port', '0', '--data-dir', dataDir, '--name', 'interop'],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout.setEncoding('utf8');
  server.stderr.setEncoding('utf8');
  server.stdout.on('data', (text) => { serverLog += text; });
  server.stderr.on('data', (text) => { serverLog += text; });
  server.on('error', fail);
  const exited = new Promise((resolve) => {
    server.on('exit', (code, signal) => resolve({ code, signal }));
  });
  const port = waitUntil('the "listening" line', server.stderr, ['data', 'end'], () => {
    const match = /listening on ws:\/\/127\.0\.0\.1:(\d+)/.exec(serverLog);
    if (match) return Number(match[1]);
    if (server.stderr.readableEnded) throw new Error('the server closed its log first');
    return undefined;
  });
  return { port, exited };
}

/// One `ws` connection that records every message it receives, decoded, in order.
class Client {
  constructor(name, port) {
    this.name = name;
    this.messages = [];
    this.socket = new WebSocket(`ws://127.0.0.1:${port}`);
    this.opened = new Promise((resolve, reject) => {
      this.socket.once('open', resolve);
      this.socket.once('error', reject);
    });
    this.closed = new Promise((resolve) => {
      this.socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    });
    this.socket.on('message', (data, isBinary) => {
      assert.equal(isBinary, false, `${name}: the server sent a binary frame`);
      this.messages.push(JSON.parse(data.toString('utf8')));
    });
    clients.push(this);
  }

  send(message) {
    this.socket.send(JSON.stringify(message));
  }

  sendRaw(text) {
    this.socket.send(text);
  }

  /// All received messages of `type`, once there are at least `count` of them.
  waitFor(type, count = 1) {
    return waitUntil(`${count} "${type}" message(s) to ${this.name}`, this.socket,
      ['message', 'close'], () => {
        const found = this.messages.filter((m) => m.type === type);
        if (found.length >= count) return found;
        if (this.socket.readyState === WebSocket.CLOSED) {
          throw new Error(`${this.name} was disconnected; received ${JSON.stringify(this.messages)}`);
        }
        return undefined;
      });
  }

  /// The chat messages received, without the membership events the server records ("alice
  /// joined"), once there are at least `count` of them.
  waitForSaid(count = 1) {
    return waitUntil(`${count} chat message(s) to ${this.name}`, this.socket,
      ['message', 'close'], () => {
        const found = this.said();
        if (found.length >= count) return found;
        if (this.socket.readyState === WebSocket.CLOSED) {
          throw new Error(`${this.name} was disconnected; received ${JSON.stringify(this.messages)}`);
        }
        return undefined;
      });
  }

  said() {
    return this.messages.filter((m) => m.type === 'message' && !EVENT_KINDS.includes(m.kind));
  }

  async waitForAck(id) {
    for (let count = 1; ; ++count) {
      const acks = await this.waitFor('ack', count);
      const ack = acks.find((a) => a.id === id);
      if (ack) return ack;
    }
  }

  async join(nick, extraFields = {}) {
    await this.opened;
    this.send({ type: 'hello', protocol: 1, nick, client: 'interop ws', ...extraFields });
    const [welcome] = await this.waitFor('welcome');
    return welcome;
  }
}

function checkTime(time, what) {
  assert.match(time, TIME_FORMAT, `${what}: time is not ISO 8601 UTC with milliseconds`);
}

async function main() {
  const { port, exited } = startServer();
  const serverPort = await port;

  // hello -> welcome
  const alice = new Client('alice', serverPort);
  const aliceWelcome = await alice.join('alice');
  assert.equal(aliceWelcome.protocol, 1);
  assert.match(aliceWelcome.server, /^palaver-server\//);
  assert.equal(aliceWelcome.name, 'interop');
  assert.equal(aliceWelcome.nick, 'alice');
  assert.equal(aliceWelcome.room, ROOM);
  assert.equal(typeof aliceWelcome.epoch, 'string');
  assert.ok(aliceWelcome.epoch.length > 0, 'the epoch is empty');
  assert.deepEqual(aliceWelcome.members, [{ nick: 'alice', status: 'online' }]);
  for (const limit of ['maxMessageBytes', 'maxTextLength', 'maxNickLength', 'maxJsonDepth']) {
    assert.ok(Number.isInteger(aliceWelcome.limits[limit]) && aliceWelcome.limits[limit] > 0,
      `limits.${limit} is ${aliceWelcome.limits[limit]}`);
  }

  // A field this server does not know is ignored: peers evolve by adding fields.
  const bob = new Client('bob', serverPort);
  const bobWelcome = await bob.join('bob', { futureField: { anything: [1, 2, 3] } });
  assert.equal(bobWelcome.epoch, aliceWelcome.epoch);
  const byNick = (a, b) => a.nick.localeCompare(b.nick);
  assert.deepEqual([...bobWelcome.members].sort(byNick),
    [{ nick: 'alice', status: 'online' }, { nick: 'bob', status: 'online' }]);

  // rooms: everybody is in general, listed first with its members and read marker
  assert.deepEqual(bobWelcome.rooms.map((r) => r.name), [ROOM]);
  assert.deepEqual(bobWelcome.rooms[0].members, bobWelcome.members);
  assert.ok(bobWelcome.rooms[0].lastSeq <= 1, 'at most the event that says alice joined');
  assert.equal(bobWelcome.rooms[0].unread, 0);

  // presence: alice hears herself and bob arrive
  const joins = await alice.waitFor('presence', 2);
  assert.deepEqual(joins.map((p) => [p.room, p.nick, p.event]),
    [[ROOM, 'alice', 'join'], [ROOM, 'bob', 'join']]);
  joins.forEach((p) => checkTime(p.time, 'presence'));
  // ... and the room's history records it: messages of kind "join", seqs 1 and 2.
  const joined = await alice.waitFor('message', 2);
  assert.deepEqual(joined.map((m) => [m.seq, m.nick, m.kind, m.text]),
    [[1, 'alice', 'join', ''], [2, 'bob', 'join', '']]);

  // send -> message to everyone, ack to the sender
  const id = randomUUID();
  alice.send({ type: 'send', id, room: ROOM, text: 'hello from node' });
  const [toBob] = await bob.waitForSaid();
  const [toAlice] = await alice.waitForSaid();
  assert.deepEqual(toAlice, toBob);
  assert.equal(toBob.room, ROOM);
  assert.equal(toBob.seq, 3);
  assert.equal(toBob.id, id);
  assert.equal(toBob.nick, 'alice');
  assert.equal(toBob.text, 'hello from node');
  checkTime(toBob.time, 'message');
  const ack = await alice.waitForAck(id);
  assert.deepEqual(ack, { type: 'ack', id, room: ROOM, seq: toBob.seq, time: toBob.time });
  assert.ok(alice.messages.indexOf(ack) < alice.messages.indexOf(toAlice),
    'the sender must see its ack before its own message');

  // The same id again: the same ack, and nobody gets the message twice.
  alice.send({ type: 'send', id, room: ROOM, text: 'hello from node' });
  const acks = await alice.waitFor('ack', 2);
  assert.deepEqual(acks[1], ack);
  const bobId = randomUUID();
  bob.send({ type: 'send', id: bobId, room: ROOM, text: 'hi alice' });
  const bobAck = await bob.waitForAck(bobId); // everything sent to bob before is here now
  assert.equal(bobAck.seq, 4, 'the repeated send must not use up a seq');
  assert.deepEqual(bob.said().map((m) => [m.seq, m.text]),
    [[3, 'hello from node'], [4, 'hi alice']]);
  const aliceLines = await alice.waitForSaid(2);
  assert.deepEqual(aliceLines.map((m) => [m.seq, m.nick, m.text]),
    [[3, 'alice', 'hello from node'], [4, 'bob', 'hi alice']]);

  // A frame that is not JSON gets an error, and the connection stays usable.
  alice.sendRaw('this is { not json');
  const [error] = await alice.waitFor('error');
  assert.equal(error.code, 'bad-json');
  assert.equal(typeof error.message, 'string');
  assert.ok(error.message.length > 0, 'the error message is empty');
  assert.equal(error.id, undefined, 'an error about a whole frame names no send');
  const afterId = randomUUID();
  alice.send({ type: 'send', id: afterId, room: ROOM, text: 'still here' });
  assert.equal((await alice.waitForAck(afterId)).seq, 5);

  // Nicknames are unique among connected clients, whatever their case: a suggestion comes back.
  const impostor = new Client('impostor', serverPort);
  await impostor.opened;
  impostor.send({ type: 'hello', protocol: 1, nick: 'BOB' });
  const [taken] = await impostor.waitFor('error');
  assert.equal(taken.code, 'nick-taken');
  assert.equal(typeof taken.suggestion, 'string');
  assert.notEqual(taken.suggestion.toLowerCase(), 'bob');
  assert.equal((await impostor.closed).code, 1002);

  // Search finds stored messages by the start of a word, ignoring case.
  alice.send({ type: 'search', query: 'HELL' });
  const [results] = await alice.waitFor('results');
  assert.deepEqual(results.messages.map((m) => [m.seq, m.text]), [[3, 'hello from node']]);
  assert.equal(results.hasMore, false);

  // bob disconnects: still a member of general, now offline
  bob.socket.close(1000, 'bye');
  assert.equal((await bob.closed).code, 1000);
  const presences = await alice.waitFor('presence', 3);
  assert.deepEqual([presences[2].nick, presences[2].event, presences[2].status],
    ['bob', 'status', 'offline']);
  assert.equal(presences[2].room, undefined);

  // SIGTERM: the open connection is told "going away" and the server exits cleanly.
  server.kill('SIGTERM');
  const aliceClose = await alice.closed;
  assert.equal(aliceClose.code, 1001, `close code ${aliceClose.code} (${aliceClose.reason})`);
  const { code, signal } = await exited;
  assert.equal(signal, null, `the server died of ${signal}`);
  assert.equal(code, 0, `the server exited with ${code}`);
  assert.match(serverLog, / info: stopped\s*$/, 'the server did not log "stopped" last');
}

main().then(
  () => {
    clearTimeout(watchdog);
    cleanUp();
    console.log('interop_node_ws: all checks passed');
  },
  fail,
);
